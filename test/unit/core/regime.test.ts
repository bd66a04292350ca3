import { beforeEach, describe, expect, it } from 'vitest';
import { EEA, OPT_IN_REGIONS, regimeFor, US_PRIVACY_LAW_STATES } from '@assent/core';
import { clearCookies, makeConsent, memoryStore, tick } from './helpers';

describe('regimeFor', () => {
  it('built-in lists: EEA, GB, CH opt-in; the whole US opt-out; no region or an unlisted one opt-in', () => {
    for (const code of ['DE', 'FR', 'NO', 'IS', 'LI', 'GB', 'CH', 'RE', 'FR-75', 'ES-CN']) expect(regimeFor(code)).toBe('opt-in');
    for (const code of ['US', 'US-CA', 'US-VA', 'US-FL', 'US-NY']) expect(regimeFor(code)).toBe('opt-out');
    expect(regimeFor(undefined)).toBe('opt-in');
    expect(regimeFor('JP')).toBe('opt-in');
    expect(regimeFor('JP', { default: 'notice' })).toBe('notice');
    expect(regimeFor('DE', { default: 'notice' })).toBe('opt-in'); // the EEA stays opt-in whatever the default
    expect(OPT_IN_REGIONS).toEqual([...EEA, 'GB', 'CH']);
  });

  it('a site list replaces the built-in list of its regime and wins over the others at equal specificity', () => {
    const lawsOnly = { optOut: US_PRIVACY_LAW_STATES, notice: ['US'] };
    expect(regimeFor('US-CA', lawsOnly)).toBe('opt-out');
    expect(regimeFor('US-TX', lawsOnly)).toBe('opt-out');
    expect(regimeFor('US-FL', lawsOnly)).toBe('notice');
    expect(regimeFor('US', { notice: ['US'] })).toBe('notice'); // beats the built-in opt-out list
    expect(regimeFor('US-CA', { notice: ['US'] })).toBe('notice');
    expect(regimeFor('GB', { optIn: ['DE'], notice: ['GB'] })).toBe('notice');
    expect(regimeFor('FR', { optIn: ['DE'] })).toBe('opt-in'); // unlisted → the default, opt-in
    expect(regimeFor('FR', { optIn: ['DE'], default: 'notice' })).toBe('notice');
    expect(regimeFor('US-CA', { optIn: ['US-CA'] })).toBe('opt-in'); // the more specific code wins
  });

  it('US_PRIVACY_LAW_STATES lists the 19 states with a comprehensive law in force', () => {
    expect(US_PRIVACY_LAW_STATES).toHaveLength(19);
    expect(US_PRIVACY_LAW_STATES).toContain('US-CA');
  });
});

describe('Global Privacy Control over a stored decision', () => {
  const CONFIG = { revision: 1, categories: { analytics: {}, marketing: {} } };
  let gpc = false;
  beforeEach(() => {
    clearCookies();
    localStorage.clear();
    gpc = false;
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpc });
  });

  it('opt-out: an "accept all" from before the signal no longer allows marketing, and a gpc decision is recorded', async () => {
    const store = memoryStore();
    await makeConsent(CONFIG, { store, region: 'US-CA' }).consent.acceptAll();
    gpc = true;
    const { consent } = makeConsent(CONFIG, { store, region: 'US-CA' });
    expect(consent.get()).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: false } });
    await consent.ready;
    await tick(10);
    expect(consent.get()).toMatchObject({ method: 'gpc', categories: { analytics: true, marketing: false } });
    expect(store.record?.history.at(-1)).toMatchObject({ method: 'gpc', gpc: true, regime: 'opt-out' });
  });

  it('an explicit per-category choice (custom) still wins over the signal', async () => {
    const store = memoryStore();
    gpc = true;
    await makeConsent(CONFIG, { store, region: 'US-CA' }).consent.set({ marketing: true });
    const { consent } = makeConsent(CONFIG, { store, region: 'US-CA' });
    await consent.ready;
    await tick(10);
    expect(consent.get()).toMatchObject({ method: 'custom', categories: { marketing: true } });
    expect(store.record?.history).toHaveLength(1);
  });

  it('opt-in, objection (default): a stored "accept all" no longer allows marketing; "record" leaves it', async () => {
    const store = memoryStore();
    await makeConsent(CONFIG, { store, region: 'DE' }).consent.acceptAll();
    gpc = true;
    expect(makeConsent(CONFIG, { store, region: 'DE' }).consent.has('marketing')).toBe(false);
    expect(makeConsent({ ...CONFIG, gpc: { optIn: 'record' as const } }, { store, region: 'DE' }).consent.has('marketing')).toBe(true);
  });
});
