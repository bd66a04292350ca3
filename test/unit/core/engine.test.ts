import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssentConfig, ConsentState } from '@assent/core';
import { decodeDecision } from '@assent/core/cookie-codec';
import { CONTRACT_CONFIG } from './fixtures';
import { clearCookies, makeConsent, memoryStore, tick } from './helpers';

const CONFIG: AssentConfig = {
  revision: 1,
  categories: {
    analytics: { services: { stats: {}, ga4: {} } },
    marketing: {},
    functional: {},
  },
};
const cookieValue = (name = 'assent') => document.cookie.split(/;\s*/).find((p) => p.startsWith(name + '='))?.slice(name.length + 1);
let gpc: boolean | undefined;

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  gpc = undefined;
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpc });
});
afterEach(() => vi.useRealTimers());

describe('consent engine', () => {
  it('starts undecided in the opt-in regime: only necessary allowed', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    expect(consent.has('necessary')).toBe(true);
    expect(consent.has('analytics')).toBe(false);
    expect(consent.has('analytics', 'ga4')).toBe(false);
    await consent.ready;
    expect(consent.get()).toEqual({
      decided: false, revision: 1, regime: 'opt-in', gpc: false,
      categories: { necessary: true, analytics: false, marketing: false, functional: false },
      services: { necessary: {}, analytics: { stats: false, ga4: false }, marketing: {}, functional: {} },
    });
  });

  it('acceptAll stores the decision, mirrors it to the cookie and tells listeners', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    await consent.ready;
    const changes: ConsentState[] = [];
    const events: ConsentState[] = [];
    consent.on('change', (s) => changes.push(s));
    const onWindow = (e: Event) => events.push((e as CustomEvent).detail);
    addEventListener('assent:change', onWindow);
    await consent.acceptAll();
    removeEventListener('assent:change', onWindow);
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('analytics', 'ga4')).toBe(true);
    const state = consent.get();
    expect(state).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: true } });
    expect(state.id).toMatch(/^[\w-]{16}$/);
    expect(new Date(state.decidedAt!).getTime()).toBeGreaterThan(Date.now() - 5000);
    expect(changes).toEqual([state]);
    expect(events).toEqual([state]);
    expect(decodeDecision(cookieValue()!)).toMatchObject({ revision: 1, id: state.id, categories: { analytics: true } });
  });

  it('restores the decision synchronously on the next page, before ready', async () => {
    const store = memoryStore();
    const first = makeConsent(CONFIG, { store }).consent;
    await first.ready;
    await first.set({ analytics: true });
    const { consent, mount } = makeConsent(CONFIG, { store });
    expect(consent.get()).toMatchObject({ decided: true, method: 'custom', categories: { analytics: true, marketing: false } });
    await consent.ready;
    expect(mount).not.toHaveBeenCalled(); // a returning visitor never loads the UI
  });

  it('asks again when the revision is raised', async () => {
    const store = memoryStore();
    const first = makeConsent(CONFIG, { store }).consent;
    await first.acceptAll();
    const { consent, ui } = makeConsent({ ...CONFIG, revision: 2 }, { store });
    expect(consent.get().decided).toBe(false);
    expect(consent.has('analytics')).toBe(false);
    await consent.ready;
    expect(consent.get().decided).toBe(false); // the IndexedDB record of revision 1 does not count either
    await tick();
    expect(ui.show).toHaveBeenCalledWith('banner');
  });

  it('asks again once the decision expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const store = memoryStore();
    await makeConsent({ ...CONFIG, expiresAfterDays: 30 }, { store }).consent.acceptAll();
    vi.setSystemTime(new Date('2026-01-30T00:00:00Z'));
    expect(makeConsent({ ...CONFIG, expiresAfterDays: 30 }, { store }).consent.get().decided).toBe(true);
    vi.setSystemTime(new Date('2026-02-01T00:00:00Z'));
    const later = makeConsent({ ...CONFIG, expiresAfterDays: 30 }, { store }).consent;
    expect(later.get().decided).toBe(false);
    await later.ready;
    expect(later.get().decided).toBe(false);
  });

  it('set() changes the named categories only, and services one by one', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    await consent.set({ analytics: true });
    expect(consent.get().categories).toEqual({ necessary: true, analytics: true, marketing: false, functional: false });
    await consent.set({ marketing: true });
    expect(consent.get().categories).toMatchObject({ analytics: true, marketing: true });
    await consent.set({ services: { analytics: { ga4: false } } });
    expect(consent.has('analytics', 'stats')).toBe(true);
    expect(consent.has('analytics', 'ga4')).toBe(false);
    expect(consent.has('analytics')).toBe(false); // partly allowed is not allowed as a whole
    await consent.set({ analytics: false, services: { analytics: { stats: true } } });
    expect(consent.get().services.analytics).toEqual({ stats: true, ga4: false });
    // The partial choice survives a reload (it is in the cookie).
    const reloaded = makeConsent(CONFIG, { store: memoryStore() }).consent;
    expect(reloaded.get().services.analytics).toEqual({ stats: true, ga4: false });
  });

  it('rejectAll denies everything but necessary', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    await consent.acceptAll();
    await consent.rejectAll();
    expect(consent.get()).toMatchObject({ decided: true, method: 'reject-all', categories: { necessary: true, analytics: false, marketing: false } });
  });

  it('keeps one consent ID per visitor until reset(), which forgets the decision and shows the banner', async () => {
    const store = memoryStore();
    const { consent, ui } = makeConsent(CONFIG, { store });
    await consent.ready;
    await consent.acceptAll();
    const id = consent.get().id;
    await consent.rejectAll();
    expect(consent.get().id).toBe(id);
    ui.show.mockClear();
    await consent.reset();
    expect(consent.get().decided).toBe(false);
    expect(consent.has('analytics')).toBe(false);
    expect(cookieValue()).toBeUndefined();
    expect(store.record?.decision).toBeNull();
    await tick();
    expect(ui.show).toHaveBeenCalledWith('banner');
    await consent.acceptAll();
    expect(consent.get().id).not.toBe(id);
  });

  it('keeps the history of decisions and emits one record per decision', async () => {
    const store = memoryStore();
    const { consent } = makeConsent(CONFIG, { store });
    const records: unknown[] = [];
    consent.on('decision', (r) => records.push(r));
    await consent.acceptAll();
    await consent.set({ marketing: false });
    expect(store.record?.history.map((r) => r.method)).toEqual(['accept-all', 'custom']);
    expect(records).toEqual(store.record?.history);
    expect(store.record?.history[1]).toMatchObject({
      consentId: consent.get().id, revision: 1, regime: 'opt-in', gpc: false, url: location.href,
      categories: { analytics: true, marketing: false },
    });
    expect(store.record?.history[0]!.recordId).not.toBe(store.record?.history[1]!.recordId);
  });

  it('onConsent runs now when allowed, else once when allowed; on() unsubscribes', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    const later = vi.fn();
    const never = vi.fn();
    consent.onConsent('analytics', later);
    consent.onConsent('analytics', never, 'ga4')();
    const off = consent.on('change', never);
    off();
    await consent.set({ marketing: true });
    expect(later).not.toHaveBeenCalled();
    await consent.acceptAll();
    await consent.rejectAll();
    await consent.acceptAll();
    expect(later).toHaveBeenCalledTimes(1);
    expect(never).not.toHaveBeenCalled();
    const now = vi.fn();
    consent.onConsent('analytics', now);
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('fires ready listeners, also those added after ready', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore() });
    const early = vi.fn();
    consent.on('ready', early);
    await consent.ready;
    const late = vi.fn();
    consent.on('ready', late);
    await tick();
    expect(early).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('restores from IndexedDB when the cookie is gone (newer wins) and rewrites the cookie', async () => {
    const store = memoryStore();
    await makeConsent(CONFIG, { store }).consent.acceptAll();
    clearCookies();
    const { consent } = makeConsent(CONFIG, { store });
    expect(consent.get().decided).toBe(false);
    await consent.ready;
    expect(consent.get()).toMatchObject({ decided: true, method: 'accept-all' });
    expect(decodeDecision(cookieValue()!)?.method).toBe('accept-all');
  });

  it('lets a newer cookie win over an older IndexedDB record', async () => {
    const store = memoryStore();
    const a = makeConsent(CONFIG, { store }).consent;
    await a.acceptAll();
    const stale = structuredClone(store.record!);
    await new Promise((r) => setTimeout(r, 1100)); // cookie times have one-second resolution
    await a.rejectAll();
    store.record = stale;
    const { consent, mount } = makeConsent(CONFIG, { store });
    await consent.ready;
    expect(consent.get().method).toBe('reject-all');
    // A returning visitor with a valid cookie does not touch IndexedDB at start-up; the record is brought up to
    // date as soon as the write side loads (here: the preferences read the record).
    expect(store.record?.decision?.method).toBe('accept-all');
    await consent.showPreferences();
    const context = (mount.mock.calls[0] as any)[0];
    expect((await context.record())?.decision?.method).toBe('reject-all');
    expect(consent.get().method).toBe('reject-all');
  });

  it('works when cookies are blocked: the decision lives in the record store', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => undefined });
    try {
      const store = memoryStore();
      const { consent } = makeConsent(CONFIG, { store });
      await consent.acceptAll();
      expect(consent.has('analytics')).toBe(true);
      const next = makeConsent(CONFIG, { store }).consent;
      await next.ready;
      expect(next.has('analytics')).toBe(true);
    } finally {
      delete (document as any).cookie;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(descriptor);
    }
  });

  it('loads the UI only for undecided visitors, and opens the preferences from [data-assent-open]', async () => {
    const { consent, ui, mount } = makeConsent(CONFIG, { store: memoryStore() });
    await consent.ready;
    await tick();
    expect(mount).toHaveBeenCalledTimes(1);
    expect(ui.show).toHaveBeenCalledWith('banner');
    const link = document.createElement('a');
    link.setAttribute('data-assent-open', '');
    link.innerHTML = '<span>Privacy settings</span>';
    document.body.append(link);
    (link.firstChild as HTMLElement).click();
    await tick();
    expect(ui.show).toHaveBeenLastCalledWith('preferences', link);
    link.remove();
  });

  it('does not show the banner when autoShow is off', async () => {
    const { consent, mount } = makeConsent({ ...CONFIG, ui: { autoShow: false } }, { store: memoryStore() });
    await consent.ready;
    await tick();
    expect(mount).not.toHaveBeenCalled();
  });

  it('stays locked while the config is being validated, and for good when it is invalid', async () => {
    let settle!: () => void;
    const validated = new Promise<void>((r) => (settle = r));
    const store = memoryStore();
    await makeConsent(CONFIG, { store }).consent.acceptAll();
    const { consent } = makeConsent(CONFIG, { store, validated, region: 'US-CA' });
    expect(consent.get().decided).toBe(false);
    expect(consent.has('analytics')).toBe(false);
    const changes = vi.fn();
    consent.on('change', changes);
    settle();
    await consent.ready;
    expect(consent.has('analytics')).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);

    const closed = makeConsent(CONFIG, { store, validated: Promise.reject(new Error('config is invalid')), region: 'US-CA' });
    await closed.consent.ready;
    expect(closed.consent.has('analytics')).toBe(false);
    await expect(closed.consent.acceptAll()).rejects.toThrow(/invalid/);
    await expect(closed.consent.reset()).rejects.toThrow(/invalid/);
    expect(decodeDecision(cookieValue()!)?.method).toBe('accept-all');
    expect(closed.mount).not.toHaveBeenCalled();
  });

  it('sends pending proof through the lazily loaded sender', async () => {
    const flushProof = vi.fn(async (store: any) => {
      await store.update((r: any) => ({ ...r, pending: [] }));
    });
    const store = memoryStore();
    const { consent } = makeConsent({ ...CONFIG, proof: { endpoint: '/proof' } }, { store, proof: async () => ({ flushProof }) });
    await consent.acceptAll();
    expect(decodeDecision(cookieValue()!)?.pending).toBe(true);
    await tick(10);
    expect(flushProof).toHaveBeenCalledTimes(1);
    expect(store.record?.pending).toEqual([]);
    expect(decodeDecision(cookieValue()!)?.pending).toBeUndefined();
  });

  it('reaches the other tabs of the site', async () => {
    const a = makeConsent(CONFIG, { store: memoryStore() }).consent;
    const b = makeConsent(CONFIG, { store: memoryStore() }).consent;
    await Promise.all([a.ready, b.ready]);
    const changed = new Promise<ConsentState>((r) => b.on('change', r));
    await a.acceptAll();
    expect((await changed).categories.analytics).toBe(true);
    const reset = new Promise<ConsentState>((r) => b.on('change', r));
    await a.reset();
    expect((await reset).decided).toBe(false);
  });
});

describe('catching up without BroadcastChannel', () => {
  it('adopts a decision written to the cookie elsewhere (another subdomain, a tab the channel missed) when the tab becomes visible', async () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error: simulate a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const { consent } = makeConsent(CONFIG, { store: memoryStore() });
      await consent.ready;
      expect(consent.get().decided).toBe(false);
      const seconds = Math.floor(Date.now() / 1000);
      document.cookie = `assent=1.1.${seconds.toString(36)}.OtherTabId12.a.analytics:1!marketing:1!functional:1; Path=/`;
      const changed = vi.fn();
      consent.on('change', changed);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(consent.get()).toMatchObject({ decided: true, id: 'OtherTabId12', categories: { analytics: true } });
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});

describe('regimes and Global Privacy Control', () => {
  it('opt-out (US-CA): allowed until the visitor opts out; doNotSell denies marketing only', async () => {
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), region: 'US-CA' });
    await consent.ready;
    expect(consent.get()).toMatchObject({ decided: false, regime: 'opt-out', region: 'US-CA' });
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('marketing')).toBe(true);
    await consent.doNotSell();
    expect(consent.get()).toMatchObject({ decided: true, method: 'do-not-sell', categories: { analytics: true, marketing: false } });
  });

  it('opt-out with GPC: marketing denied with no click, recorded as a gpc decision', async () => {
    gpc = true;
    const store = memoryStore();
    const { consent, ui } = makeConsent(CONFIG, { store, region: 'US-CA' });
    expect(consent.has('marketing')).toBe(false);
    expect(consent.has('analytics')).toBe(true);
    await consent.ready;
    await tick(10);
    expect(consent.get()).toMatchObject({ decided: true, method: 'gpc', gpc: true, categories: { marketing: false, analytics: true } });
    expect(store.record?.history[0]).toMatchObject({ method: 'gpc', gpc: true, regime: 'opt-out' });
    expect(ui.show).toHaveBeenCalledWith('banner'); // the banner says the signal was honoured
    await consent.acceptAll();
    expect(consent.has('marketing')).toBe(false); // GPC keeps sale/sharing off
  });

  it('opt-in with GPC: recorded; an objection to marketing by default, or only recorded', async () => {
    gpc = true;
    const { consent } = makeConsent(CONFIG, { store: memoryStore(), region: 'DE' });
    expect(consent.get()).toMatchObject({ regime: 'opt-in', gpc: true });
    await consent.acceptAll();
    expect(consent.get().categories).toMatchObject({ analytics: true, marketing: false });
    await consent.set({ marketing: true }); // an explicit switch still wins
    expect(consent.has('marketing')).toBe(true);
    const record = makeConsent({ ...CONFIG, gpc: { optIn: 'record' } }, { store: memoryStore(), region: 'DE' }).consent;
    await record.acceptAll();
    expect(record.has('marketing')).toBe(true);
  });

  it('Do Not Track counts only when the config asks', () => {
    Object.defineProperty(navigator, 'doNotTrack', { configurable: true, get: () => '1' });
    expect(makeConsent(CONFIG, { store: memoryStore() }).consent.get().gpc).toBe(false);
    expect(makeConsent({ ...CONFIG, doNotTrack: true }, { store: memoryStore() }).consent.get().gpc).toBe(true);
    delete (navigator as any).doNotTrack;
  });

  it('notice regions allow everything; the contract config behaves the same', async () => {
    const { consent } = makeConsent({ ...CONTRACT_CONFIG, regimes: { notice: ['JP'] } }, { store: memoryStore(), region: 'JP' });
    expect(consent.get()).toMatchObject({ regime: 'notice', categories: { analytics: true, marketing: true } });
  });
});
