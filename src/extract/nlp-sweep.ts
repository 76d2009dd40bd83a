/**
 * A faster drop-in for compromise 14.17's `methods.one.bulkMatch`, the step of its tagger that picks,
 * for each sentence, which of its hundreds of correction patterns may apply and runs them. The stock
 * step walks every hook word of the pattern net for every sentence and concatenates arrays; this one
 * reaches each pattern from one word or tag it cannot do without, through the sentence's own words and
 * tags (a few dozen), and sorts what it reached into the place the stock walk gives it. It returns the
 * same patterns, in the same order, so compromise tags exactly as before: test/unit/nlp-sweep.test.ts
 * checks that the stock and the swapped step tag texts the same. Handed to compromise as a plugin by the
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

/** Where compromise's walk meets a pattern first: its hook's rank in the net's key order, its place in that hook. */
interface Place {
  key: string;
  rank: number;
  index: number;
}

/** Per net: where to find each pattern from a sentence's words and tags, and where compromise would place it. */
interface Prepared {
  /** Patterns by one hook each surely needs (else by each hook it wants): a sentence reaches each one it may use. */
  reach: Map<string, Pattern[]>;
  /** Each pattern's hooks, in the net's key order. */
  places: Map<Pattern, Place[]>;
  /** Which sentence last reached each pattern: a pattern wanted by two hooks is taken once. */
  reachedIn: Map<Pattern, number>;
  sentence: number;
  /** A net not as compromise's `buildNet` makes it, which this walk cannot order: the stock step runs. */
  unlike: boolean;
}

function prepare(net: PatternNet): Prepared {
  // compromise walks the hooks in `Object.keys` order and takes a pattern where it first meets it
  const places = new Map<Pattern, Place[]>();
  Object.keys(net.hooks).forEach((key, rank) =>
    (net.hooks[key] ?? []).forEach((pattern, index) => {
      const list = places.get(pattern) ?? [];
      list.push({ key, rank, index });
      places.set(pattern, list);
    }),
  );
  const size = (key: string): number => net.hooks[key]?.length ?? 0;
  const reach = new Map<string, Pattern[]>();
  const add = (key: string, pattern: Pattern): void => {
    const list = reach.get(key) ?? [];
    list.push(pattern);
    reach.set(key, list);
  };
  for (const pattern of places.keys()) {
    // a word is rarer in a sentence than a tag, and a tag few patterns hook on is likely rarer too
    const needs = [...pattern.needs].sort(
      (a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || size(a) - size(b),
    );
    if (needs.length > 0) add(needs[0] as string, pattern);
    else for (const want of new Set(pattern.wants)) add(want, pattern);
  }
  // buildNet hooks each pattern on its needs and wants, and one pattern of a text (it keeps the first it meets)
  const texts = new Set([...places.keys()].map((pattern) => pattern.match));
  const hookedAsBuilt = [...places].every(([pattern, at]) => {
    const keys = new Set([...pattern.needs, ...pattern.wants]);
    return at.length === keys.size && at.every((place) => keys.has(place.key));
  });
  return { reach, places, reachedIn: new Map(), sentence: 0, unlike: texts.size < places.size || !hookedAsBuilt };
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
  const sentence = p.sentence++;
  const found: { pattern: Pattern; at: Place }[] = [];
  for (const key of has)
    for (const pattern of p.reach.get(key) ?? []) {
      if (p.reachedIn.get(pattern) === sentence) continue;
      p.reachedIn.set(pattern, sentence);
      if (!mayApply(pattern, has)) continue;
      const at = (p.places.get(pattern) as Place[]).find((place) => has.has(place.key)) as Place;
      found.push({ pattern, at });
    }
  found.sort((a, b) => a.at.rank - b.at.rank || a.at.index - b.at.index);
  return found.map((f) => f.pattern).concat(net.always);
}

type BulkMatch = (
  document: unknown[][],
  net: PatternNet,
  methods: MatchMethods,
  opts?: { matchOne?: boolean },
) => object[];

/**
 * compromise's `bulkMatch(document, net, methods, opts)`: every match of the net's patterns, sentence by
 * sentence. Each call of this makes one, which keeps what it prepared per net (compromise builds its nets
 * once): the state lives with the compromise instance it is plugged into, not in this module. `stock` is the
 * step it replaces, run for a net this walk cannot order (one not made by compromise's `buildNet`).
 */
export function fasterBulkMatch(stock: BulkMatch): BulkMatch {
  const prepared = new WeakMap<PatternNet, Prepared>();
  return function fasterBulkMatch(document, net, methods, opts = {}) {
    let p = prepared.get(net);
    if (!p) prepared.set(net, (p = prepare(net)));
    if (p.unlike) return stock(document, net, methods, opts);
    const cached = methods.one.cacheDoc(document);
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
        if (found.ptrs.length > 0 && opts?.matchOne === true) return results.slice(0, 1);
      }
    }
    return results;
  };
}
