/**
 * Pathological inputs for the linear-time check of `npm run bench` (scripts/bench.mjs: each at
 * size n and 4n, which must take less than ten times as long: a quadratic step would take
 * sixteen) and for the robustness tests, which check that each is read without error.
 * Each entry: [name, (n) => text of about n characters, n].
 */
const sentence = 'The call lasted two hours and 30 minutes, officials said ';

export const PATHOLOGICAL = [
  ['a single line with no sentence end', (n) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n), 10_000],
  ['digits', (n) => '7'.repeat(n), 100_000],
  ['"more than " repeated', (n) => `${'more than '.repeat(n / 10)}5 people`, 25_000],
  ['nested quotes', (n) => `${'“'.repeat(n / 2)}hello${'”'.repeat(n / 2)}`, 20_000],
  ['unclosed quote marks', (n) => '"a '.repeat(n / 3), 15_000],
  ['one very long word', (n) => 'a'.repeat(n), 250_000],
  ['abbreviations compromise cannot split ("Mr. Mr. …")', (n) => 'Mr. '.repeat(n / 4), 10_000],
  ['control characters', (n) => '\u001b[31m\u0007'.repeat(n / 6), 20_000],
];
