/** Everything the CLI needs from the outside world, so main() can run in tests without a process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (for the progress bar); false when not told. */
  stderrIsTTY?: boolean;
  /** The width of the terminal stderr writes to. */
  stderrColumns?: number;
  /** All of standard input, decoded as UTF-8. */
  readStdin(): Promise<string>;
}

export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stderr.columns ? { stderrColumns: process.stderr.columns } : {}),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
    },
  };
}
