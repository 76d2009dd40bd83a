/**
 * Whether two verbs may tell one act. Sentences that share many words may still tell two acts
 * (one group "was tried", another "was charged"), and two outlets may tell one act in two words
 * ("killed 10" and "10 died", "compete" and "vie"). WordNet's senses decide: two verbs tell one
 * act when a sense of one is a sense of the other, points to it (its hypernym, what it causes or
 * entails, its verb group), or both point to one sense. A verb WordNet does not know, a light
 * verb ("have"), or one that only reports or leads to the value ("said", "left": model/
 * attributes.json) is no evidence either way; model/attributes.json `alikeActs` adds what news
 * uses as one act and WordNet keeps apart ("arrest", "detain").
 */
import { perModel } from '../model/derived.js';
import type { Model } from '../types.js';

interface Senses {
  own: Map<string, number[]>;
  /** A verb's senses and the synsets they point to. */
  reach: Map<string, Set<number>>;
  /** Verbs that are no evidence: light, reporting or outcome verbs. */
  silent: Set<string>;
  /** A verb → the verbs model/attributes.json `alikeActs` lists with it. */
  kin: Map<string, Set<string>>;
}

const sensesOf = perModel((model: Model): Senses => {
  const { verbs, links } = model.verbSenses;
  const own = new Map(Object.entries(verbs));
  const reach = new Map<string, Set<number>>();
  for (const [verb, synsets] of own)
    reach.set(verb, new Set([...synsets, ...synsets.flatMap((s) => links[String(s)] ?? [])]));
  const { lightVerbs = [], noEvidenceVerbs = [], alikeActs = [] } = model.attributes;
  const kin = new Map<string, Set<string>>();
  for (const group of alikeActs) for (const verb of group) kin.set(verb, new Set([...(kin.get(verb) ?? []), ...group]));
  return { own, reach, silent: new Set([...lightVerbs, ...noEvidenceVerbs]), kin };
});

/** True unless both verbs are known and no sense of one meets a sense of the other. */
export function mayTellOneAct(model: Model, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const { own, reach, silent, kin } = sensesOf(model);
  if (silent.has(a) || silent.has(b) || kin.get(a)?.has(b)) return true;
  if (!own.has(a) || !own.has(b)) return true;
  const [reachA, reachB] = [reach.get(a) as Set<number>, reach.get(b) as Set<number>];
  for (const s of reachA) if (reachB.has(s)) return true;
  return false;
}
