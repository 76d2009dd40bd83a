/**
 * src/model/overrides.ts: how the config's additions are merged into model data, and that
 * they cannot be changed once the model is loaded. (This file never loads the real model.)
 */
import { describe, expect, it } from 'vitest';
import { bareCopy as bare, deepMerge, getOverrides, setOverrides, withOverrides } from '../../src/model/overrides.js';
import { modelOverrides, emptyConfig } from '../../src/cli/config.js';

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
      '{"aliases": {"__proto__": {"type": "person", "names": ["x"]}, "constructor": {"type": "place", "names": ["y"]}}}',
    );
    const merged = deepMerge(base, extra) as Record<string, Record<string, unknown>>;
    const aliases = merged.aliases!;
    expect(Object.getPrototypeOf(aliases)).toBeNull();
    expect(Object.keys(aliases).sort()).toEqual(['Kyiv', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(aliases.constructor)).toBeNull();
    expect(({} as Record<string, unknown>).type).toBeUndefined(); // Object.prototype untouched
  });
});

describe('setOverrides and the loader', () => {
  it('maps the config to model files', () => {
    const config = {
      ...emptyConfig(),
      events: { summit: ['summit'] },
      tolerances: { about: 0.2 },
      attributes: { countCues: { killed: ['perished'] } },
    };
    expect(modelOverrides(config)).toEqual({
      events: { events: { summit: ['summit'] } },
      hedges: { tolerance: { about: 0.2 } },
      attributes: { countCues: { killed: ['perished'] } },
    });
    expect(modelOverrides(emptyConfig())).toEqual({});
  });

  it('merges the additions as each file loads, then refuses different ones for this process run', () => {
    setOverrides({ events: { events: { summit: ['summit'] } } });
    expect(Object.keys(getOverrides())).toEqual(['events']);
    const loaded = withOverrides('events', bare({ events: { call: ['call'] } })) as {
      events: Record<string, string[]>;
    };
    expect(JSON.parse(JSON.stringify(loaded))).toEqual({ events: { call: ['call'], summit: ['summit'] } });
    expect(withOverrides('units', bare({ a: 1 }))).toEqual(bare({ a: 1 }));
    // the same additions again are fine (main() may run twice in one process); others are not
    expect(() => setOverrides({ events: { events: { summit: ['summit'] } } })).not.toThrow();
    expect(() => setOverrides({})).toThrow(/after the model was loaded/);
  });
});
