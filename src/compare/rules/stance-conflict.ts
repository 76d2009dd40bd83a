/**
 * stance-conflict: articles disagree about which side someone took on a proposal: one says the
 * union backed the deal, another that it rejected it, or that it has not committed to it. The
 * claims are read by src/align/claims.ts; a proposal is compared only with the same kind told by
 * the same words ("the 30-day truce" and "the 30-day ceasefire"; not "the energy truce").
 */
import { claimsOf, type Claim, type Stance } from '../../align/claims.js';
import type { Camp, Entity, EntityMention, Finding, StanceValue } from '../../types.js';
import { addTo } from '../../util/add-to.js';
import { mostFrequent } from '../../util/most-frequent.js';
import { articlesSay, capitalized } from '../labels.js';
import { docsOf, type CompareInput, type Rule, type RuleContext } from './rule.js';

const SAID: Record<Stance, string> = {
  support: 'supported it',
  oppose: 'opposed it',
  undecided: 'took no side',
};

/** The stances in the order camps are shown. */
const ORDER: Stance[] = ['support', 'oppose', 'undecided'];

interface Held {
  claim: Claim;
  holder: Entity;
}

export const stanceConflict: Rule = {
  meta: {
    id: 'stance-conflict',
    title: 'Stance conflict',
    description:
      'Articles disagree about the side someone took on a proposal: backed it, rejected it, or has not committed.',
    defaultSeverity: 'warning',
    otherSeverities: 'info when the side taken is told only with a hedge ("cautious support")',
    docs: docsOf('stance-conflict'),
  },
  check(input, ctx) {
    const byKey = new Map<string, Held[]>();
    for (const held of heldClaims(input, ctx)) {
      const { proposal } = held.claim;
      addTo(byKey, `${held.holder.id}|${proposal.kind}|${proposal.qualifiers.join(' ')}`, held);
    }
    const findings: Finding[] = [];
    for (const claims of byKey.values()) {
      const finding = disputed(claims, ctx);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** Every claim of the story whose holder is one of its entities. */
function heldClaims(input: CompareInput, ctx: RuleContext): Held[] {
  const names = new Map<string, EntityMention[]>();
  const owner = new Map<string, Entity>();
  for (const e of input.entities)
    for (const m of e.mentions) {
      addTo(names, m.path, m.mention);
      owner.set(`${m.path}:${m.mention.start}`, e);
    }
  return input.articles.flatMap((article) => {
    const path = article.article.path;
    const mentions = (names.get(path) ?? []).sort((a, b) => a.start - b.start);
    return claimsOf(ctx.model, article, mentions).flatMap((claim) => {
      const holder = owner.get(`${path}:${claim.holder.start}`);
      return holder ? [{ claim, holder }] : [];
    });
  });
}

/** A finding when different articles hold different stances on one proposal, else null. */
function disputed(claims: Held[], ctx: RuleContext): Finding | null {
  // each article's stance: the one it states most (ties: its first)
  const byArticle = new Map<string, Held[]>();
  for (const h of claims) addTo(byArticle, h.claim.path, h);
  const side = new Map<string, Stance>();
  for (const [path, held] of byArticle) side.set(path, mostFrequent(held.map((h) => h.claim.stance)) as Stance);
  const stances = ORDER.filter((s) => [...side.values()].includes(s));
  if (stances.length < 2) return null;
  const kept = claims.filter((h) => side.get(h.claim.path) === h.claim.stance);
  const first = kept[0] as Held;
  const proposal = [...first.claim.proposal.qualifiers, first.claim.proposal.kind].join(' ');
  const decided = kept.filter((h) => h.claim.stance !== 'undecided');
  const hedgedOnly =
    !stances.includes('oppose') || !stances.includes('support') ? decided.every((h) => h.claim.hedged) : false;
  const camps: Camp[] = stances.map((s) => {
    const inCamp = kept.filter((h) => h.claim.stance === s);
    const hedged = inCamp.every((h) => h.claim.hedged) && s !== 'undecided';
    return {
      reading: `${SAID[s]}${hedged ? ' (hedged)' : ''}`,
      articles: [...new Set(inCamp.map((h) => h.claim.path))].sort(),
    };
  });
  const evidence = kept
    .sort((a, b) =>
      a.claim.path < b.claim.path ? -1 : a.claim.path > b.claim.path ? 1 : a.claim.span.start - b.claim.span.start,
    )
    .map((h) => {
      const value: StanceValue = {
        kind: 'stance',
        holder: h.holder.name,
        stance: h.claim.stance,
        hedged: h.claim.hedged,
        proposal,
        reading: `${SAID[h.claim.stance]}${h.claim.hedged ? ' (hedged)' : ''}`,
      };
      return ctx.evidenceAt(h.claim.path, h.claim.span, value, stances.indexOf(h.claim.stance));
    });
  const told = camps.map(articlesSay).join('; ');
  return {
    ruleId: 'stance-conflict',
    severity: hedgedOnly ? 'info' : 'warning',
    confidence: hedgedOnly ? 0.5 : 0.6,
    message: `${capitalized(`stance of ${first.holder.name} on the ${proposal}`)}: ${told}`,
    subject: first.holder.name,
    attribute: `stance on the ${proposal}`,
    articlesStating: side.size,
    camps,
    evidence,
  };
}
