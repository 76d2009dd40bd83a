/**
 * A faster drop-in for compromise 14.17's `methods.one.bulkMatch`, the step of its tagger that picks,
 * for each sentence, which of its hundreds of correction patterns may apply and runs them. The stock
 * step walks every hook word of the pattern net for every sentence and concatenates arrays; this one
 * walks the sentence's own words and tags (a few dozen) and visits each pattern once. It returns the
 * same patterns, in the same order, so compromise tags exactly as before: the adapter's test checks
 * that the stock and the swapped step tag texts the same. Handed to compromise as a plugin by the
 * adapter (src/extract/nlp.ts), the only file that imports compromise; compromise is pinned.
 */

/** One correction pattern, as compromise's net holds it (only the fields read here). */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface PatternNet {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

interface MatchMethods {
  one: {
    cacheDoc: (document: unknown[][]) => Set<string>[];
    match: (document: unknown[][], pattern: Pattern) => { ptrs: number[][] };
  };
}

/** Per net: each hook's rank in the net's key order, and a number per distinct pattern text. */
interface Prepared {
  rank: Map<string, number>;
  idOf: Map<Pattern, number>;
  /** Which sentence last took each pattern (by number): a pattern is visited once per sentence. */
  takenIn: Int32Array;
  sentence: number;
}

function prepare(net: PatternNet): Prepared {
  // compromise visits the hooks in `Object.keys` order and keeps a pattern's first appearance
  const keys = Object.keys(net.hooks);
  const numbers = new Map<string, number>();
  const idOf = new Map<Pattern, number>();
  for (const key of keys)
    for (const pattern of net.hooks[key] ?? []) {
      let id = numbers.get(pattern.match);
      if (id === undefined) numbers.set(pattern.match, (id = numbers.size));
      idOf.set(pattern, id);
    }
  return {
    rank: new Map(keys.map((k, i) => [k, i])),
    idOf,
    takenIn: new Int32Array(numbers.size).fill(-1),
    sentence: 0,
  };
}

/** Whether a pattern's stated needs, exclusions and wants hold in a sentence (compromise's own tests). */
function mayApply(pattern: Pattern, has: Set<string>): boolean {
  for (const need of pattern.needs) if (!has.has(need)) return false;
  if (pattern.ifNo) for (const no of pattern.ifNo) if (has.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (has.has(want)) found++;
  return found >= pattern.minWant;
}

/** The patterns that may apply to one sentence, in compromise's order. */
function candidates(p: Prepared, net: PatternNet, has: Set<string>): Pattern[] {
  const keys: string[] = [];
  for (const k of has) if (p.rank.has(k)) keys.push(k);
  keys.sort((a, b) => (p.rank.get(a) as number) - (p.rank.get(b) as number));
  const sentence = p.sentence++;
  const list: Pattern[] = [];
  for (const key of keys)
    for (const pattern of net.hooks[key] ?? []) {
      const id = p.idOf.get(pattern) as number;
      if (p.takenIn[id] === sentence) continue;
      p.takenIn[id] = sentence;
      if (mayApply(pattern, has)) list.push(pattern);
    }
  return list.concat(net.always);
}

/**
 * compromise's `bulkMatch(document, net, methods, opts)`: every match of the net's patterns, sentence by
 * sentence. Each call of this makes one, which keeps what it prepared per net (compromise builds its nets
 * once): the state lives with the compromise instance it is plugged into, not in this module.
 */
export function fasterBulkMatch() {
  const prepared = new WeakMap<PatternNet, Prepared>();
  return function fasterBulkMatch(
    document: unknown[][],
    net: PatternNet,
    methods: MatchMethods,
    opts: { matchOne?: boolean } = {},
  ): object[] {
    const cached = methods.one.cacheDoc(document);
    let p = prepared.get(net);
    if (!p) prepared.set(net, (p = prepare(net)));
    const results: object[] = [];
    for (let n = 0; n < document.length; n++) {
      const terms = document[n] as unknown[];
      for (const pattern of candidates(p, net, cached[n] as Set<string>)) {
        if (terms.length < pattern.minWords) continue;
        const found = methods.one.match([terms], pattern);
        for (const pointer of found.ptrs) {
          pointer[0] = n;
          results.push({ ...pattern, pointer });
        }
        if (opts.matchOne && found.ptrs.length > 0) return results.slice(0, 1);
      }
    }
    return results;
  };
}
