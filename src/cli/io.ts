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
  // a reader that closes the pipe ("factdiff corpus/ | head -3") is normal: stop writing, no stack trace
  const closed = { stdout: false, stderr: false };
  for (const name of ['stdout', 'stderr'] as const)
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed[name] = true;
    });
  return {
    stdout: (text) => void (closed.stdout || process.stdout.write(text)),
    stderr: (text) => void (closed.stderr || process.stderr.write(text)),
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
