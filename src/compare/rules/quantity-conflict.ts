/**
 * quantity-conflict: values for one fact whose intervals (with their hedges and rounding)
 * cannot overlap. One finding per fact, with the articles grouped into camps that agree.
 */
import { gap } from '../../normalize/interval.js';
import type { Camp, FactGroup, FactKey, Finding } from '../../types.js';
import { disputeOf, figuresApart, quantityFinding, type FactCamp } from '../camps.js';
import { articlesSay, capitalized, keyLabel } from '../labels.js';
import { docsOf, type Rule, type RuleContext } from './rule.js';
import { lengthSoFar, risingToll } from './update.js';

/** A gap between camps of at least this share of the smaller value is an error; a narrower one a warning. */
const ERROR_GAP = 0.1;
/** For clock times, in minutes. */
const ERROR_GAP_CLOCK = 30;

export const quantityConflict: Rule = {
  meta: {
    id: 'quantity-conflict',
    title: 'Quantity conflict',
    description: 'Articles give values for the same fact that cannot all be true at once.',
    defaultSeverity: 'error',
    otherSeverities: 'warning for a narrow gap; info when one side says only "dozens"',
    docs: docsOf('quantity-conflict'),
  },
  check(input, ctx) {
    const dates = new Map(input.articles.map((a) => [a.article.path, a.article.date]));
    return input.groups.flatMap((group) => {
      const dispute = disputeOf(ctx.model, group);
      if (!dispute) return figuresDiffer(group, ctx, dates);
      // a toll that rose as later articles came in is an update (./update.ts), not a conflict
      if (risingToll(ctx.model, group, dispute.camps, dates)) return [];
      // a figure that grows while the story goes on, told by an undated article: its time is unknown
      const undated = lengthSoFar(ctx.model, group) && group.facts.some((f) => !dates.get(f.article));
      const severity =
        vagueSide(dispute.camps) || undated ? 'info' : severityOf(dispute.camps, group.key.dimension === 'time-of-day');
      return [
        quantityFinding('quantity-conflict', severity, message(group.key, dispute.described), group, dispute, ctx),
      ];
    });
  },
};

/**
 * "Duration of the call: 1 article says about 81–90 min; 2 articles say more than 120 min"; a `lead`
 * ("the figures differ: ") comes before the camps.
 */
export function message(key: FactKey, camps: Camp[], lead = ''): string {
  const shown = shownQualifier(key);
  const label = keyLabel(key) + (key.era ? ` in ${key.era}` : '') + (shown ? ` (${shown})` : '');
  return `${capitalized(label)}: ${lead}${camps.map(articlesSay).join('; ')}`;
}

/**
 * What of the key's qualifier a title shows: not "unzoned", not a sum's currency, which every camp
 * already names ("Amount of the deal (Angels)", not "(USD, Angels)"), and not what the title names
 * already ("Population of Dalen Island").
 */
function shownQualifier(key: FactKey): string {
  if (!key.qualifier || key.qualifier === 'unzoned') return '';
  const parts = key.qualifier.split(', ');
  const shown = key.dimension === 'money' && /^[A-Z]{3}$/u.test(parts[0] ?? '') ? parts.slice(1) : parts;
  return shown.filter((p) => !key.label?.endsWith(` of ${p}`)).join(', ');
}

/**
 * Figures a reader tells apart though their intervals meet ("at least 30" and "at least 95"): a
 * warning worded as such, not a contradiction.
 */
function figuresDiffer(group: FactGroup, ctx: RuleContext, dates: Map<string, string | undefined>): Finding[] {
  const apart = figuresApart(ctx.model, group);
  if (!apart || risingToll(ctx.model, group, apart.camps, dates)) return [];
  const text = message(group.key, apart.described, 'the figures differ: ');
  return [quantityFinding('quantity-conflict', 'warning', text, group, apart, ctx)];
}

/** A side that says only "dozens" or "several" makes no precise claim: a note, not a conflict. */
function vagueSide(camps: FactCamp[]): boolean {
  return camps.some((c) => c.facts.every((f) => f.mention.value.hedge === 'vague'));
}

function severityOf(camps: FactCamp[], clock: boolean): Finding['severity'] {
  let widest = 0;
  for (let i = 1; i < camps.length; i++) {
    const a = (camps[i - 1] as FactCamp).common;
    const b = (camps[i] as FactCamp).common;
    const g = gap(a, b);
    const scale = Math.min(Math.abs(a.high), Math.abs(b.low)) || 1;
    widest = Math.max(widest, clock ? g / ERROR_GAP_CLOCK : g / scale / ERROR_GAP);
  }
  return widest >= 1 ? 'error' : 'warning';
}
