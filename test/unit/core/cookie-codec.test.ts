import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDecision, encodeDecision, escapeName } from '@assent/core/cookie-codec';
import type { StoredDecision } from '@assent/core/stored-decision';

// Any UTF-16 code unit, lone surrogates included: names must survive whatever they hold.
const anyUnits = (min = 1) => fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: min, maxLength: 12 })
  .map((codes) => String.fromCharCode(...codes))
  .filter((s) => !/^(?:__proto__|constructor|prototype)$/.test(s));
const bools = (keys: fc.Arbitrary<string>) => fc.dictionary(keys, fc.boolean(), { maxKeys: 5 });
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'do-not-sell', 'close'] as const;

const decision: fc.Arbitrary<StoredDecision> = fc.record({
  revision: fc.integer({ min: 1, max: 1e9 }),
  decidedAt: fc.integer({ min: 0, max: 4e12 }).map((ms) => Math.floor(ms / 1000) * 1000),
  id: anyUnits(),
  method: fc.constantFrom(...METHODS),
  categories: bools(anyUnits()),
  services: fc.dictionary(anyUnits(), bools(anyUnits()), { maxKeys: 3 }),
  pending: fc.option(fc.constant(true), { nil: undefined }),
}).map((d) => {
  if (d.pending === undefined) delete d.pending;
  for (const cat in d.services) if (!Object.keys(d.services[cat]!).length) delete d.services[cat];
  return d;
});

describe('cookie codec', () => {
  it('round-trips any decision, whatever bytes its names hold', () => {
    fc.assert(fc.property(decision, (d) => {
      const value = encodeDecision(d);
      // Only cookie-octets (RFC 6265): no controls, whitespace, DQUOTE, comma, semicolon or backslash.
      expect(value).toMatch(/^[\w%.!:/-]*$/);
      expect(decodeDecision(value)).toEqual(d);
    }), { numRuns: 1000 });
  });

  it('never throws on arbitrary input, and rejects what is not a format-1 value', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), anyUnits(0), fc.stringMatching(/^1\.[0-9a-z.!:/%]*$/)), (raw) => {
      const d = decodeDecision(raw);
      if (d) expect(encodeDecision(d)).toBe(raw);
    }), { numRuns: 3000 });
    for (const bad of ['', '1', '2.1.a.id.a.', '1.0.a.id.a.', '1.1.a.id.q.', '1.1.a.id.a.x:2', '1.1.a.id.a.x', '1.1.a.%zz.a.',
      '1.1.a.id.ap.x:1.', '1.1.a.id.a.x;y:1']) {
      expect(decodeDecision(bad)).toBeNull();
    }
  });

  it('is compact and readable for ordinary names', () => {
    const value = encodeDecision({
      revision: 2, decidedAt: 1_700_000_000_000, id: 'AbC-_9', method: 'custom', pending: true,
      categories: { analytics: false, marketing: true }, services: { analytics: { ga4: true } },
    });
    expect(value).toBe('1.2.s44we8.AbC-_9.cp.analytics:0!marketing:1!analytics/ga4:1');
    expect(escapeName('a.b c')).toBe('a%2Eb%20c');
  });

  it('cannot be used to pollute prototypes: such names stay ordinary keys', () => {
    const d = decodeDecision('1.1.a.id.a.__proto__:1!constructor:0!__proto__/x:1!analytics/__proto__:1')!;
    expect(Object.keys(d.categories)).toEqual(['__proto__', 'constructor']);
    expect(d.categories['__proto__']).toBe(true);
    expect(Object.keys(d.services)).toEqual(['__proto__', 'analytics']);
    expect(({} as any).x).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
    expect(typeof ({} as any).constructor).toBe('function');
  });
});
