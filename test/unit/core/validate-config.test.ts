import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '@assent/core';
import { CONFIG_SCHEMA } from '@assent/core/config-schema';
import { formatIssues } from '@assent/core/config-messages';
import { validateAgainst } from '@assent/core/validate-config';
import { CONTRACT_CONFIG, FULL_CONFIG } from './fixtures';

const problemsOf = (config: unknown): string[] => {
  try {
    validateConfig(config);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
};

describe('validateConfig', () => {
  it('accepts the contract config and a config using every field', () => {
    expect(validateConfig(CONTRACT_CONFIG)).toBe(CONTRACT_CONFIG);
    expect(problemsOf(FULL_CONFIG)).toEqual([]);
  });

  it('names each bad field by path with what was expected', () => {
    const config = structuredClone(FULL_CONFIG) as any;
    config.categories.analytics.services.ga4.cookies = ['_ga', 'bad cookie;'];
    expect(problemsOf(config)).toEqual([
      'categories.analytics.services.ga4.cookies[1]: expected a cookie name or /regex/ string, or an object with "name"',
    ]);
  });

  it('lists every problem at once, never half-applying', () => {
    const problems = problemsOf({
      revision: 0,
      categories: { 'bad name!': {}, analytics: { services: { s: { hosts: ['ok.example', 'http://x'], cookies: ['/(/'] } } } },
      expiresAfterDays: 1000,
      cookie: { sameSite: 'lax' },
      region: 'germany',
      revison: 2,
      googleConsentMode: { mapping: { analytics: ['analytics'] } },
      proof: {},
    });
    expect(problems).toEqual([
      'revision: expected an integer from 1 to 1000000000',
      `categories["bad name!"]: expected a name of letters, digits, '_' or '-' (1 to 40 characters)`,
      'categories.analytics.services.s.hosts[1]: expected a hostname such as "stats.example.com", or ".example.com" for it and its subdomains',
      'categories.analytics.services.s.cookies[0]: expected a cookie name or /regex/ string, or an object with "name"',
      'expiresAfterDays: expected an integer from 1 to 400',
      'cookie.sameSite: expected one of "Lax", "Strict", "None"',
      'region: expected an ISO 3166-1 or 3166-2 code such as "DE" or "US-CA"',
      'revison: unknown field (check its spelling; see the config JSON Schema)',
      expect.stringMatching(/^googleConsentMode\.mapping\.analytics\[0\]: expected one of "ad_storage", /),
      'proof.endpoint: expected an http(s) URL or a path starting with "/"',
    ]);
  });

  it('reports missing required fields and non-objects', () => {
    expect(problemsOf({})).toEqual([
      'revision: expected an integer from 1 to 1000000000',
      'categories: expected an object',
    ]);
    expect(problemsOf(null)).toEqual(['config: expected an object with "revision" and "categories"']);
    expect(problemsOf([])).toEqual(['config: expected an object with "revision" and "categories"']);
  });

  it('points into localized texts instead of rejecting the whole field', () => {
    const config = { ...CONTRACT_CONFIG, categories: { analytics: { label: { en: 'A', de: 5 } } } };
    expect(problemsOf(config)).toEqual(['categories.analytics.label.de: expected a string']);
    const config2 = { ...CONTRACT_CONFIG, categories: { analytics: { label: 5 } } };
    expect(problemsOf(config2)).toEqual([
      'categories.analytics.label: expected a string, or an object of strings by language code',
    ]);
  });

  it('refuses names that would reach Object.prototype', () => {
    const config = JSON.parse('{"revision":1,"categories":{"__proto__":{}}}');
    expect(problemsOf(config)).toEqual([expect.stringMatching(/^categories\.__proto__: expected a name/)]);
  });

  it('survives hostile input: throwing getters, proxies, cycles', () => {
    const getter = { revision: 1, get categories() { throw new Error('boom'); } };
    expect(problemsOf(getter).length).toBeGreaterThan(0);
    const proxy = new Proxy({}, { ownKeys: () => { throw new TypeError('nope'); } });
    expect(problemsOf(proxy).length).toBeGreaterThan(0);
    const cyclic: any = { revision: 1, categories: {} };
    cyclic.categories.analytics = { services: { s: cyclic } };
    expect(problemsOf(cyclic).length).toBeGreaterThan(0);
  });

  it('property: no input makes validation throw anything but ConfigError', () => {
    const anyValue = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withDate: true, withBigInt: true });
    // Generated configs near the real shape reach deep into the schema, not just the top level.
    const nearConfig = fc.record({
      revision: fc.oneof(fc.integer(), anyValue),
      categories: fc.dictionary(fc.oneof(fc.constantFrom('analytics', '__proto__', 'a b'), fc.string()), fc.oneof(
        fc.record({ services: fc.dictionary(fc.string(), fc.record({ hosts: fc.array(fc.oneof(fc.domain(), anyValue)), cookies: fc.array(anyValue) }, { requiredKeys: [] })) }, { requiredKeys: [] }),
        anyValue,
      )),
      googleConsentMode: anyValue,
      ui: anyValue,
      texts: anyValue,
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(anyValue, nearConfig), (input) => {
      try {
        validateConfig(input);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        expect(e.problems.length).toBeGreaterThan(0);
        for (const line of e.problems) expect(line).toMatch(/^[^\n]+: (expected |unknown field)/);
      }
    }), { numRuns: 2000 });
  }, 30_000); // 2000 generated configs take ~3 s alone; more on a loaded machine

  it('the schema checks and the lazily loaded words give the same lines as validateConfig', () => {
    const config = { revision: 'x', categories: { analytics: { services: { s: { cookies: [5] } } } } };
    expect(formatIssues(validateAgainst(config, CONFIG_SCHEMA))).toEqual(problemsOf(config));
    expect(CONFIG_SCHEMA[0]).toBe(5);
  });
});
