/** fast-check generators for article text: news-like fragments mixed with hostile characters. */
import fc from 'fast-check';

/**
 * How many runs a property makes: `ci` in `npm test`; FUZZ_RUNS (set by `npm run fuzz`) for the
 * pipeline properties, ten times that for the cheap ones (`cheap`: no NLP).
 */
export function runs(ci: number, cheap = false): number {
  const n = Number(process.env.FUZZ_RUNS);
  if (!process.env.FUZZ_RUNS || !Number.isFinite(n) || n <= 0) return ci;
  return Math.round(cheap ? n * 10 : n);
}

/** fast-check parameters: the run count, and FUZZ_SEED to replay a failure. */
export function params<T>(ci: number, cheap = false): fc.Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(ci, cheap), ...(process.env.FUZZ_SEED && Number.isFinite(seed) ? { seed } : {}) };
}

const NEWS = [
  'The call lasted',
  'more than',
  'nearly',
  'about',
  'over',
  'well beyond',
  'just under',
  'at least',
  'two hours',
  'an hour and a half',
  '90 minutes',
  '30-day',
  'ceasefire',
  'President Donald Trump',
  'former U.S. President',
  'President Trump',
  'Vladimir Putin',
  'Putin',
  'Volodymyr Zelenskyy',
  'Zelensky',
  'Karoline Leavitt',
  'the White House',
  'said',
  'told reporters',
  'according to',
  'stated',
  'in a statement',
  'in Jeddah',
  'in Riyadh',
  'Saudi Arabia',
  'killed',
  'injured',
  '400 people',
  'dozens of',
  'hundreds',
  'half of the',
  'one in five',
  '$5 million',
  '€3.2bn',
  '10:00 a.m.',
  '3 p.m. ET',
  'March 18, 2025',
  'last Tuesday',
  'two weeks ago',
  '5 ft 2 in',
  '-5 degrees',
  'magnitude 6.7',
  '1,200',
  '3.5%',
  '20 to 30',
  'between 20 and 30',
  'a 33-year-old',
  'aged 33',
  'Mr.',
  'Dr.',
  'U.S.',
  'e.g.',
  'No. 5',
];
const MARKS = [
  '“',
  '”',
  '"',
  '«',
  '»',
  '‘',
  '’',
  "'",
  ',',
  '.',
  '!',
  '?',
  ':',
  ';',
  '(',
  ')',
  '-',
  '–',
  '—',
  '…',
  '%',
  '$',
  '#',
  '/',
];
const SPACES = [' ', ' ', ' ', '', '\n', '\r\n', '\n\n', '\r', '\t', '\u00a0', '\u2028'];
const HOSTILE = [
  '\u001b[31m',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'İ',
  'ß',
  'ﬁ',
  '東京',
  'مرحبا',
  '𝟗𝟎',
  '٩٠',
  'Ⅻ',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.double({ noNaN: true, min: -1e12, max: 1e12 }).map(String),
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** News-like text: fragments joined by spaces, line breaks or nothing. */
export const newsText = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SPACES)), { maxLength: 80 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Any text: news-like, or any UTF-16 (lone surrogates too), or ASCII noise. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: newsText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 300 }) },
);

/** A file name: plain, or with spaces, unicode, control characters. */
export const fileName = fc.oneof(
  fc.constantFrom(
    'a.txt',
    'b.txt',
    'wire/ap.txt',
    'with space.txt',
    'ünï cødé.md',
    'new\nline.txt',
    'esc\u001b[31m.txt',
    '<stdin>',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => `${s}.txt`),
);

/** 1 to 4 articles with distinct paths. */
export const articles = fc
  .uniqueArray(
    fc.record({
      path: fileName,
      text: anyText,
      date: fc.option(fc.constantFrom('2025-03-18', '2004-12-26'), { nil: undefined }),
    }),
    {
      minLength: 1,
      maxLength: 4,
      selector: (a) => a.path,
    },
  )
  .map((list) => list.map((a) => (a.date ? a : { path: a.path, text: a.text })));

const HEDGES = ['more than', 'nearly', 'about', 'over', 'just under', 'almost', 'at least', ''];
const DATES = ['Date: 2025-03-18', 'Date: 2025-03-19', 'Published: March 18, 2025', ''];
const sentence = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...HEDGES),
      fc.oneof(fc.integer({ min: 1, max: 200 }).map(String), fc.constantFrom('two', 'ninety', 'an')),
      fc.constantFrom('hours', 'minutes', 'hour'),
    )
    .map(([h, n, u]) => `The call between President Donald Trump and Vladimir Putin lasted ${h} ${n} ${u}.`),
  fc
    .tuple(fc.constantFrom(...HEDGES), fc.integer({ min: 1, max: 5000 }))
    .map(([h, n]) => `${h} ${n} people were killed in the attack, officials said.`),
  fc
    .tuple(
      fc.constantFrom('President', 'former President', 'former U.S. President'),
      fc.constantFrom('Jeddah', 'Riyadh', 'Paris', 'Saudi Arabia'),
    )
    .map(([r, p]) => `${r} Donald Trump spoke about the talks in ${p}.`),
  fc
    .tuple(
      fc.constantFrom('We will win', 'The blood and treasure must end', 'Peace is near'),
      fc.constantFrom('Karoline Leavitt', 'the White House', 'Vladimir Putin', 'Zelensky'),
    )
    .map(([q, s]) => `“${q},” ${s} said.`),
  fc.constantFrom(
    'Volodymyr Zelenskyy welcomed the 30-day ceasefire.',
    'Zelensky welcomed the 30-day ceasefire.',
    'The ceasefire would last 30 days.',
  ),
);
const noise = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fragment });

/** One article of a story: dated, a few sentences about one event, noise between them. */
const storyText = fc
  .tuple(
    fc.constantFrom(...DATES),
    fc.array(fc.tuple(sentence, noise, fc.constantFrom(' ', '\n', '\r\n', '\n\n')), { minLength: 1, maxLength: 6 }),
  )
  .map(([date, parts]) => `${date ? `${date}\n\n` : ''}${parts.map(([s, n, sep]) => s + n + sep).join('')}`);

/** 2 to 4 articles about one event, which often disagree: findings with evidence to check. */
export const story = fc.uniqueArray(fc.record({ path: fileName, text: storyText }), {
  minLength: 2,
  maxLength: 4,
  selector: (a) => a.path,
});
