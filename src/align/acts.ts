/**
 * Whether two verbs may tell one act. Sentences that share many words may still tell two acts
 * ("seven men were tried" and "eleven men were charged"), and two outlets may tell one act in two
 * words ("killed 10" and "10 died", "compete" and "vie"). WordNet's senses decide: two verbs tell
 * one act when a sense of one is a sense of the other or points to it (its hypernym, what it
 * causes or entails, its verb group). A verb WordNet does not know, or a light verb ("have"),
 * is no evidence either way.
 */
import { perModel } from '../model/derived.js';
import type { Model } from '../types.js';

interface Senses {
  own: Map<string, number[]>;
  /** A verb's senses and the synsets they point to. */
  reach: Map<string, Set<number>>;
  light: Set<string>;
}

const sensesOf = perModel((model: Model): Senses => {
  const { verbs, links } = model.verbSenses;
  const own = new Map(Object.entries(verbs));
  const reach = new Map<string, Set<number>>();
  for (const [verb, synsets] of own)
    reach.set(verb, new Set([...synsets, ...synsets.flatMap((s) => links[String(s)] ?? [])]));
  return { own, reach, light: new Set(model.attributes.lightVerbs ?? []) };
});

/** True unless both verbs are known and no sense of one meets a sense of the other. */
export function mayTellOneAct(model: Model, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const { own, reach, light } = sensesOf(model);
  if (light.has(a) || light.has(b)) return true;
  const [senseA, senseB] = [own.get(a), own.get(b)];
  if (!senseA || !senseB) return true;
  const [reachA, reachB] = [reach.get(a) as Set<number>, reach.get(b) as Set<number>];
  return senseA.some((s) => reachB.has(s)) || senseB.some((s) => reachA.has(s));
}
