/**
 * The model's additions (src/model/additions.ts): how the config's are merged into model data,
 * and that a model is a value: two models with different additions work side by side in one
 * process, each giving its own answer.
 */
import { describe, expect, it } from 'vitest';
import { modelAdditions } from '../../src/cli/config/additions.js';
import { emptyConfig } from '../../src/cli/config/types.js';
import { bareCopy as bare, deepMerge } from '../../src/model/additions.js';
import { loadModel } from '../../src/model/load.js';
import { check } from '../../src/pipeline.js';
import type { Article, Model } from '../../src/types.js';

describe('deepMerge', () => {
  it('merges objects key by key, concatenates arrays (without repeats), replaces the rest', () => {
    const base = bare({
      events: { call: ['call', 'calls'], speech: ['speech'] },
      tolerance: { about: 0.1, nearly: 0.1 },
    });
    const merged = deepMerge(base, {
      events: { call: ['calls', 'phone conversation'], summit: ['summit'] },
      tolerance: { nearly: 0.2 },
    });
    expect(JSON.parse(JSON.stringify(merged))).toEqual({
      events: { call: ['call', 'calls', 'phone conversation'], speech: ['speech'], summit: ['summit'] },
      tolerance: { about: 0.1, nearly: 0.2 },
    });
  });

  it('keeps the model prototype-free, whatever keys the config holds', () => {
    const base = bare({ aliases: { Kyiv: { type: 'place', names: ['Kiev'] } } }) as Record<
      string,
      Record<string, unknown>
    >;
    const extra = JSON.parse(
      '{"aliases": {"__proto__": {"type": "person", "names": ["x"]}, ' +
        '"constructor": {"type": "place", "names": ["y"]}}}',
    );
    const merged = deepMerge(base, extra) as Record<string, Record<string, unknown>>;
    const aliases = merged.aliases!;
    expect(Object.getPrototypeOf(aliases)).toBeNull();
    expect(Object.keys(aliases).sort()).toEqual(['Kyiv', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(aliases.constructor)).toBeNull();
    expect(({} as Record<string, unknown>).type).toBeUndefined(); // Object.prototype untouched
  });
});

describe('the config as model additions', () => {
  it('maps the config to model files', () => {
    const config = {
      ...emptyConfig(),
      events: { summit: ['summit'] },
      tolerances: { about: 0.2 },
      attributes: { countCues: { killed: ['perished'] } },
    };
    expect(modelAdditions(config)).toEqual({
      events: { events: { summit: ['summit'] } },
      hedges: { tolerance: { about: 0.2 } },
      attributes: { countCues: { killed: ['perished'] } },
    });
    expect(modelAdditions(emptyConfig())).toEqual({});
  });
});

describe('loadModel', () => {
  it('merges the additions into the files they name, and leaves the others as shipped', () => {
    const plain = loadModel();
    const more = loadModel({ events: { events: { summit: ['summit'] } }, hedges: { tolerance: { about: 0.3 } } });
    expect(more.events.events.summit).toEqual(['summit']);
    expect(plain.events.events.summit).toBeUndefined();
    expect(more.hedges.tolerance.about).toBe(0.3);
    expect(more.hedges.tolerance.nearly).toBe(plain.hedges.tolerance.nearly);
    expect(JSON.stringify(more.units)).toBe(JSON.stringify(plain.units));
    expect(Object.getPrototypeOf(more.events.events)).toBeNull();
  });

  it('refuses additions to a file the model does not have', () => {
    expect(() => loadModel({ evnets: {} } as never)).toThrow(/no such model file: evnets/);
  });
});

describe('check() with two models in one process', () => {
  const TOOL = { name: 'factdiff', version: '0' };
  const articles: Article[] = [
    { path: 'a.txt', text: 'About 100 people were killed in the earthquake, officials said.' },
    { path: 'b.txt', text: 'The earthquake killed 112 people, officials said.' },
  ];
  const conflicts = (model: Model) =>
    check(articles, { model, tool: TOOL }).findings.filter((f) => f.ruleId === 'quantity-conflict').length;

  it('gives each model its own answer, in any order, as often as asked', () => {
    const strict = loadModel();
    const loose = loadModel({ hedges: { tolerance: { about: 0.25 } } });
    // "about 100" is 90–110 by default: 112 is outside; with a tolerance of 25 % it is inside
    expect(conflicts(strict)).toBe(1);
    expect(conflicts(loose)).toBe(0);
    expect(conflicts(strict)).toBe(1);
    expect(conflicts(loose)).toBe(0);
  });

  it('reads an event word a model adds, and not with the model that lacks it', () => {
    const story: Article[] = [
      { path: 'a.txt', text: 'The regatta lasted three hours, officials said.' },
      { path: 'b.txt', text: 'The regatta lasted five hours, officials said.' },
    ];
    const subjects = (model: Model) =>
      check(story, { model, tool: TOOL }).findings.map((f) => `${f.ruleId}:${f.subject}`);
    expect(subjects(loadModel({ events: { events: { regatta: ['regatta'] } } }))).toContain(
      'quantity-conflict:regatta',
    );
    expect(subjects(loadModel())).not.toContain('quantity-conflict:regatta');
  });
});
