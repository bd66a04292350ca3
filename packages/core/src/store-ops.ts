import { encodeDecision } from './cookie-codec';
import { writeCookie } from './cookie-jar';
import { debug } from './debug';
import { cookieNameOf, lifetimeOf } from './defaults';
import type { EngineInternals } from './create-consent-core';
import { randomId } from './ids';
import { createRecordStore, HISTORY_LIMIT, type ConsentRecord } from './record-store';
import { isStoredDecision, type StoredDecision } from './stored-decision';
import type { Choices, DecisionMethod, DecisionRecord } from './types';

/** What the engine delegates to this lazily loaded module: everything that writes. */
export interface StoreOps {
  /** Settles once the IndexedDB record has been read and reconciled with the cookie (newer decision wins). */
  ready: Promise<void>;
  decide(method: DecisionMethod, choices?: Choices, language?: string): Promise<void>;
  reset(): Promise<void>;
  record(): Promise<ConsentRecord | undefined>;
}

/**
 * The write side of the engine: computes decisions, mirrors them to the cookie, keeps the IndexedDB record (history
 * and pending proof) and reconciles it with the cookie. Loaded only when a decision is made, when no valid cookie
 * was found at start-up, or while proof records wait to be sent.
 */
export function createStoreOps(engine: EngineInternals): StoreOps {
  const { config } = engine;
  const categoryNames = Object.keys(config.categories).filter((c) => c !== 'necessary');
  const store = engine.store || createRecordStore(config.storage?.timeout || 1000);
  const SALE = 'marketing';

  /** Writes the decision (and the proof-pending flag) to the cookie, then adopts it. */
  function commit(next: StoredDecision | null): void {
    const ok = writeCookie(
      cookieNameOf(config),
      next ? encodeDecision(next) : '',
      next ? Math.floor((next.decidedAt + lifetimeOf(config) - Date.now()) / 1000) : 0,
      config.cookie,
    );
    if (__DEV__ && !ok) debug('cookies are blocked: the decision lives in IndexedDB (or localStorage, or memory) only');
    engine.adopt(next);
  }

  const flushProof = (): void => {
    if (config.proof && engine.proof) {
      engine.proof().then((m) => m.flushProof(store, config.proof!)).then(() => {
        const current = engine.decision();
        if (current?.pending) commit({ ...current, pending: false });
      }, (e) => {
        // The sender itself could not load (offline): try again once the browser is back online.
        if (__DEV__) debug('the proof sender could not load yet', e);
        addEventListener('online', flushProof, { once: true });
      });
    }
  };

  /** The categories and (differing) services a decision stores. */
  function choose(method: DecisionMethod, choices: Choices = {}): Pick<StoredDecision, 'categories' | 'services'> {
    const state = engine.state();
    const categories: Record<string, boolean> = {};
    const services: Record<string, Record<string, boolean>> = {};
    for (const cat of categoryNames) {
      const current = { ...state.services[cat] };
      const value = method === 'accept-all' ? !engine.objected(cat)
        : method === 'reject-all' || method === 'close' ? false
        : method === 'custom' ? choices[cat]
        : cat === SALE ? false : undefined; // 'gpc' and 'do-not-sell' deny sale/sharing and keep the rest
      if (typeof value === 'boolean') for (const s in current) current[s] = value;
      else if (__DEV__ && value !== undefined) debug(`set(): "${cat}" must be true or false`);
      const overrides = method === 'custom' ? choices.services?.[cat] : undefined;
      for (const s in overrides) if (s in current && typeof overrides[s] === 'boolean') current[s] = overrides[s]!;
      const list = Object.values(current);
      const on = list.length ? list.every(Boolean) : typeof value === 'boolean' ? value : state.categories[cat]!;
      categories[cat] = on;
      for (const s in current) if (current[s] !== on) (services[cat] ||= {})[s] = current[s]!;
    }
    if (__DEV__) {
      for (const key in choices) if (key !== 'services' && !categoryNames.includes(key)) debug(`set(): unknown category "${key}"`);
    }
    return { categories, services };
  }

  const ready = store.get().then(async (record) => {
    const stored = record?.decision;
    const current = engine.decision();
    if (isStoredDecision(stored) && engine.isValid(stored) && (!current || stored.decidedAt > current.decidedAt)) {
      commit(stored); // IndexedDB is newer (e.g. Safari dropped the cookie): restore the mirror
    } else if (current && (!stored || stored.decidedAt < current.decidedAt)) {
      await store.update((r) => ({ ...r, decision: current }));
    }
    if (record?.pending.length) flushProof();
  }).catch((e) => {
    if (__DEV__) debug('could not read or reconcile the stored consent record', e);
  });

  return {
    ready,
    record: () => store.get(),
    async decide(method, choices, language) {
      await ready;
      const previous = engine.decision();
      const next: StoredDecision = {
        // Whole seconds, as the cookie keeps them: the state reads the same before and after a reload.
        revision: config.revision, decidedAt: Math.floor(Date.now() / 1000) * 1000, id: previous?.id || randomId(12), method,
        ...choose(method, choices),
        ...(config.proof && { pending: true }),
      };
      commit(next);
      engine.broadcast(next);
      const { categories, services, decidedAt, regime, gpc } = engine.state();
      const record: DecisionRecord = {
        recordId: randomId(), consentId: next.id, decidedAt: decidedAt!, revision: config.revision, method,
        categories, services, regime, gpc,
        language: language || document.documentElement.lang || navigator.language, url: location.href,
      };
      engine.emit('decision', record);
      await store.update((r) => ({
        ...r,
        decision: next,
        history: [...r.history, record].slice(-HISTORY_LIMIT),
        pending: config.proof ? [...r.pending, record] : r.pending,
      })).catch(() => undefined);
      flushProof();
    },
    async reset() {
      await ready;
      commit(null);
      engine.broadcast(null);
      await store.update((r) => ({ ...r, decision: null, history: [] })).catch(() => undefined);
    },
  };
}
