import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EEA, type AssentConfig } from '@assent/core';
import { consentMode as startConsentMode } from '@assent/gcm';
import { clearCookies, makeConsent, memoryStore, tick } from '../core/helpers';

const CONFIG: AssentConfig = {
  revision: 1,
  categories: { analytics: { services: { stats: {}, ga4: {} } }, marketing: {}, functional: {}, social: {} },
};
const G = 'granted';
const D = 'denied';
/** The seven values in Google's order, from the four that vary. */
const values = (analytics: string, ads: string, functional: string, ads2 = ads) => ({
  ad_storage: ads, ad_user_data: ads2, ad_personalization: ads2, analytics_storage: analytics,
  functionality_storage: functional, personalization_storage: functional, security_storage: G,
});
const DENIED = values(D, D, D);
const GRANTED = values(G, G, G);
const DEFAULT_DENIED = ['consent', 'default', { ...DENIED, wait_for_update: 500 }];
const REDACTION = ['set', 'ads_data_redaction', true];

const w = window as any;
// Engines of earlier tests stay alive and hear later tests' decisions through tab sync: stop their updates.
const stops: Array<() => void> = [];
const consentMode = (...args: Parameters<typeof startConsentMode>) => {
  const stop = startConsentMode(...args);
  stops.push(stop);
  return stop;
};
let gpc: boolean | undefined;

/** Every entry pushed so far, asserting first that each is an Arguments object (gtag.js ignores anything else). */
function pushed(): unknown[][] {
  for (const entry of w.dataLayer) expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
  return w.dataLayer.map((entry: IArguments) => Array.from(entry));
}
/** Entries pushed since the last call. */
let seen = 0;
function fresh(): unknown[][] {
  const all = pushed();
  const out = all.slice(seen);
  seen = all.length;
  return out;
}

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  delete w.dataLayer;
  delete w.gtag;
  seen = 0;
  gpc = undefined;
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpc });
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

describe('consentMode: defaults', () => {
  it('an undecided visitor (opt-in): all denied but security_storage, wait_for_update 500, redaction on', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    consentMode(consent, true);
    expect(pushed()).toEqual([DEFAULT_DENIED, REDACTION]);
    expect(typeof w.gtag).toBe('function');
    await consent.ready;
    expect(pushed()).toHaveLength(2); // ready changes nothing
  });

  it('region-scoped defaults come first, EEA expanded, then the region-less default from the state', () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    consentMode(consent, {
      waitForUpdate: 800,
      regions: [
        { codes: ['EEA', 'GB', 'CH'], granted: [] },
        { codes: ['US', 'CA'], granted: 'all' },
        { codes: ['BR'], granted: ['analytics', 'functional'] },
      ],
      adsDataRedaction: false,
      urlPassthrough: true,
      developerId: 'dNTIxZG',
    });
    expect(EEA).toHaveLength(37);
    expect(EEA.slice(0, 3)).toEqual(['AT', 'BE', 'BG']);
    expect(pushed()).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 800, region: [...EEA, 'GB', 'CH'] }],
      ['consent', 'default', { ...GRANTED, wait_for_update: 800, region: ['US', 'CA'] }],
      ['consent', 'default', { ...values(G, D, G), wait_for_update: 800, region: ['BR'] }],
      ['consent', 'default', { ...DENIED, wait_for_update: 800 }],
      ['set', 'url_passthrough', true],
      ['set', 'developer_id.dNTIxZG', true],
    ]);
  });

  it('opt-out regime (US-CA): the region-less default is granted before any decision', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), region: 'US-CA' });
    consentMode(consent, {});
    expect(fresh()).toEqual([['consent', 'default', { ...GRANTED, wait_for_update: 500 }], REDACTION]);
    await consent.ready;
    expect(fresh()).toEqual([]);
  });

  it('reuses the page’s own gtag and creates no shim', () => {
    const calls: unknown[][] = [];
    w.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      calls.push(Array.from(arguments));
    };
    const own = w.gtag;
    consentMode(makeConsent(CONFIG, { store: memoryStore() }).consent);
    expect(w.gtag).toBe(own);
    expect(calls).toEqual([DEFAULT_DENIED, REDACTION]);
    expect(w.dataLayer).toEqual([]);
  });

  it('a custom mapping replaces the entries it names; a type every category drops is denied, security_storage granted', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    consentMode(consent, { mapping: { analytics: ['analytics_storage', 'ad_storage'], functional: [] } });
    fresh();
    await consent.set({ analytics: true, functional: true });
    // ad_storage needs marketing too; functionality/personalization are mapped by no category any more
    expect(fresh()).toEqual([['consent', 'update', values(G, D, D)]]);
    await consent.set({ marketing: true });
    expect(fresh()).toEqual([['consent', 'update', values(G, G, D)]]);
  });

  it('a config not validated yet may be anything: no throw, the strict default still goes out', () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    for (const garbage of [{ regions: 5, mapping: 'x', waitForUpdate: 100 }, { regions: [null, { codes: 7 }] }, 'yes', 1]) {
      delete w.dataLayer;
      expect(() => consentMode(consent, garbage as any)).not.toThrow();
      expect(pushed()[pushed().length - 2]?.slice(0, 2)).toEqual(['consent', 'default']);
    }
  });
});

describe('consentMode: updates', () => {
  it('accept all → all granted; the first decision goes out even when no value changes; withdraw → all denied', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    consentMode(consent, true);
    await consent.ready;
    fresh();
    await consent.rejectAll();
    expect(fresh()).toEqual([['consent', 'update', DENIED]]); // overrides region-scoped defaults
    await consent.rejectAll();
    expect(fresh()).toEqual([]); // nothing changed
    await consent.acceptAll();
    expect(fresh()).toEqual([['consent', 'update', GRANTED]]);
    await consent.reset();
    expect(fresh()).toEqual([['consent', 'update', DENIED]]);
  });

  it('custom choices: only the mapped types of allowed categories; a category outside the mapping changes nothing', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    consentMode(consent);
    await consent.ready;
    fresh();
    await consent.set({ analytics: true });
    expect(fresh()).toEqual([['consent', 'update', values(G, D, D)]]);
    await consent.set({ social: true });
    expect(fresh()).toEqual([]);
    await consent.set({ services: { analytics: { ga4: false } } });
    expect(fresh()).toEqual([['consent', 'update', DENIED]]); // a category is allowed only when all its services are
    await consent.set({ functional: true, marketing: true, analytics: true });
    expect(fresh()).toEqual([['consent', 'update', GRANTED]]);
  });

  it('a returning visitor: the default already reflects the stored choice, and an update follows at once', async () => {
    const store = memoryStore();
    await makeConsent(CONFIG, { store }).consent.set({ analytics: true, functional: true });
    const { consent } = makeConsent(CONFIG, { store });
    consentMode(consent, true);
    const stored = values(G, D, G);
    expect(pushed()).toEqual([
      ['consent', 'default', { ...stored, wait_for_update: 500 }],
      REDACTION,
      ['consent', 'update', stored],
    ]);
  });

  it('locked while the config is validated: denied, then the update when it unlocks (opt-out regime)', async () => {
    let settle!: () => void;
    const validated = new Promise<void>((r) => (settle = r));
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), validated, region: 'US-CA' });
    consentMode(consent, true);
    expect(fresh()).toEqual([DEFAULT_DENIED, REDACTION]);
    settle();
    await consent.ready;
    expect(fresh()).toEqual([['consent', 'update', GRANTED]]);
  });

  it('an invalid config stays locked: nothing but the denied default', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), validated: Promise.reject(new Error('invalid')), region: 'US-CA' });
    consentMode(consent, true);
    await consent.ready;
    await tick();
    expect(pushed()).toEqual([DEFAULT_DENIED, REDACTION]);
  });

  it('another tab’s decision reaches Consent Mode', async () => {
    const a = makeConsent(CONFIG, { store: memoryStore() }).consent;
    const b = makeConsent(CONFIG, { store: memoryStore() }).consent;
    consentMode(b);
    await Promise.all([a.ready, b.ready]);
    fresh();
    const changed = new Promise((r) => b.on('change', r));
    await a.acceptAll();
    await changed;
    expect(fresh()).toEqual([['consent', 'update', GRANTED]]);
  });

  it('the returned function stops the updates', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    const stop = consentMode(consent);
    fresh();
    stop();
    await consent.acceptAll();
    expect(fresh()).toEqual([]);
  });
});

describe('consentMode: Global Privacy Control', () => {
  it('opt-out regime with GPC: ads types denied from the first command, the recorded gpc decision confirms it', async () => {
    gpc = true;
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), region: 'US-CA' });
    consentMode(consent, { regions: [{ codes: ['US'], granted: 'all' }] });
    const optedOut = values(G, D, G);
    expect(fresh()).toEqual([
      ['consent', 'default', { ...optedOut, wait_for_update: 500, region: ['US'] }],
      ['consent', 'default', { ...optedOut, wait_for_update: 500 }],
      REDACTION,
    ]);
    await consent.ready;
    await tick(10);
    expect(consent.get()).toMatchObject({ decided: true, method: 'gpc' });
    expect(fresh()).toEqual([['consent', 'update', optedOut]]);
    await consent.acceptAll(); // GPC keeps sale and sharing off
    expect(fresh()).toEqual([]);
  });

  it('opt-in regime with GPC (objection): accept all leaves the ads types denied; an explicit switch grants them', async () => {
    gpc = true;
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), region: 'DE' });
    consentMode(consent);
    fresh();
    await consent.acceptAll();
    expect(fresh()).toEqual([['consent', 'update', values(G, D, G)]]);
    await consent.set({ marketing: true });
    expect(fresh()).toEqual([['consent', 'update', GRANTED]]);
  });

  it('a stored "accept all" from before GPC no longer grants the ads types', async () => {
    const store = memoryStore();
    await makeConsent(CONFIG, { store, region: 'US-CA' }).consent.acceptAll();
    gpc = true;
    const { consent } = makeConsent(CONFIG, { store, region: 'US-CA' });
    consentMode(consent);
    const optedOut = values(G, D, G);
    expect(fresh()).toEqual([['consent', 'default', { ...optedOut, wait_for_update: 500 }], REDACTION, ['consent', 'update', optedOut]]);
    await consent.ready;
    await tick(10);
    expect(consent.get()).toMatchObject({ method: 'gpc', categories: { marketing: false, analytics: true } });
    expect(fresh()).toEqual([]);
  });
});

describe('googleConsentMode in the config schema', () => {
  it('accepts EEA as a region code of a Consent Mode row, and rejects other pseudo-codes', async () => {
    const { validateConfig } = await import('@assent/core');
    const config = (codes: string[]) => ({ ...CONFIG, googleConsentMode: { regions: [{ codes, granted: 'all' as const }] } });
    expect(() => validateConfig(config(['EEA', 'GB', 'US-CA']))).not.toThrow();
    expect(() => validateConfig(config(['Europe']))).toThrow(/googleConsentMode\.regions\[0\]\.codes\[0\]/);
  });
});
