import { decodeDecision } from './cookie-codec';
import { readCookies } from './cookie-jar';
import { debug } from './debug';
import { cookieNameOf, lifetimeOf } from './defaults';
import { createEmitter, type Emitter } from './emitter';
import type { ConsentRecord, RecordStore } from './record-store';
import { readPrivacySignal, regimeFor } from './regime';
import type { StoredDecision } from './stored-decision';
import type { StoreOps } from './store-ops';
import { createTabSync } from './tab-sync';
import type { AssentConfig, Choices, ConsentEventMap, ConsentState, DecisionMethod } from './types';
import type { UIController, UIModule } from './ui-seam';

/** The API of CONTRACT §2: `window.assent`, and what `createConsent()` returns. */
export interface Consent {
  /** Resolves once stored consent has been read (or found absent or invalid). */
  readonly ready: Promise<void>;
  /** The config in force. */
  readonly config: Readonly<AssentConfig>;
  /** Is this category (or this service of it) allowed now? `necessary` is always true. */
  has(category: string, service?: string): boolean;
  /** A snapshot of the current state. */
  get(): ConsentState;
  /** Allows every category; resolves when stored. */
  acceptAll(): Promise<void>;
  /** Denies every category but `necessary`; resolves when stored. */
  rejectAll(): Promise<void>;
  /** Opts out of the sale or sharing of personal data (denies `marketing`), keeping the other choices. */
  doNotSell(): Promise<void>;
  /** Sets the named categories (and services); the others keep their value. */
  set(choices: Choices): Promise<void>;
  /** Forgets the decision and shows the banner again. */
  reset(): Promise<void>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof ConsentEventMap>(type: K, callback: (detail: ConsentEventMap[K]) => void): () => void;
  /** Runs `callback` now if the category (or service) is allowed, else once when it becomes allowed. */
  onConsent(category: string, callback: () => void, service?: string): () => void;
  /** Opens the banner (loads the UI if needed). */
  showBanner(): Promise<void>;
  /** Opens the preferences modal; focus returns to `opener` when it closes. */
  showPreferences(opener?: Element | null): Promise<void>;
}

/** What the core hands to the lazily loaded UI: the public API plus the means to record decisions with provenance. */
export interface UIContext {
  consent: Consent;
  config: Readonly<AssentConfig>;
  /** Records a decision made in the UI, with the language the visitor saw. */
  decide(method: DecisionMethod, choices: Choices | undefined, language: string): Promise<void>;
  /** The stored record (history of decisions) for display and download. */
  record(): Promise<ConsentRecord | undefined>;
  /** Nonce for elements the UI creates under a strict CSP. */
  nonce?: string;
  /** Emits an event to `on()` listeners (the UI reports `ui` visibility changes through it). */
  emit: Emitter<ConsentEventMap>['emit'];
  /** Categories whose gated code already ran on this page: withdrawing them cannot unload it (gating reloads). */
  ran(): string[];
}

type ProofModule = { flushProof: (store: RecordStore, proof: NonNullable<AssentConfig['proof']>) => Promise<void> };

/** Loaders and environment for the core; the script-tag build and bundler users fill them differently. */
export interface CoreOptions {
  /** The UI seam: called only when the banner or the preferences must be shown. */
  ui?: () => Promise<UIModule>;
  /** Loads the write side (decisions, IndexedDB record); called on a decision or when no valid cookie was found. */
  storeOps?: () => Promise<{ createStoreOps: (engine: EngineInternals) => StoreOps }>;
  /** Loads the proof-of-consent sender; called only when records wait to be sent. */
  proof?: () => Promise<ProofModule>;
  /** Region code (e.g. from `data-region`); wins over `config.region`. */
  region?: string;
  /** CSP nonce for elements Assent creates. */
  nonce?: string;
  /** A `document.cookie` snapshot taken just before, to spare the start-up a second synchronous cookie read. */
  cookies?: string;
  /** Categories whose gated code already ran on this page (provided by gating). */
  ran?: () => string[];
  /** Storage override (tests, or a custom backend). */
  store?: RecordStore;
  /**
   * Resolves once the config is known to be valid, or rejects with the reason it is not. Until it resolves nothing
   * but `necessary` is allowed and nothing is stored; after a rejection that lasts (fail closed) and every decision
   * method rejects with the same error. Omit for an already validated config.
   */
  validated?: Promise<unknown>;
}

/** The engine's internals, for the lazily loaded write side (store-ops.ts). Not public API. */
export interface EngineInternals {
  config: AssentConfig;
  store?: RecordStore;
  proof?: () => Promise<ProofModule>;
  state(): ConsentState;
  decision(): StoredDecision | null;
  adopt(next: StoredDecision | null): void;
  broadcast(next: StoredDecision | null): void;
  emit: Emitter<ConsentEventMap>['emit'];
  objected(category: string): boolean;
  /** A decision of this config's revision that has not expired (its shape must already be known good). */
  isValid(d: StoredDecision | null | undefined): d is StoredDecision;
}

const DAY = 864e5;

/** Creates the consent engine. The config must be valid, or `options.validated` must say whether it is. */
export function createConsentCore(config: AssentConfig, options: CoreOptions = {}): Consent {
  const categoryNames = Object.keys(config.categories).filter((c) => c !== 'necessary');
  const servicesOf = (cat: string) => Object.keys(config.categories[cat]?.services || {});
  const region = options.region || config.region;
  if (__DEV__ && region && !/^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(region)) debug(`region "${region}" is not an ISO 3166 code such as "DE" or "US-CA": no regime list will match it`);
  const regime = regimeFor(region, config.regimes);
  const gpc = readPrivacySignal(config);
  const cookieName = cookieNameOf(config);
  const lifetime = lifetimeOf(config);
  const emitter = createEmitter<ConsentEventMap>();
  const validated = options.validated || Promise.resolve();
  const valid = validated.then(() => true, () => false);

  let unlocked = false;
  let decision: StoredDecision | null = null;
  let state: ConsentState | undefined;
  let isReady = false;
  let ui: Promise<UIController | undefined> | undefined;
  let ops: Promise<StoreOps> | undefined;

  const internals: EngineInternals = {
    config, store: options.store, proof: options.proof,
    state: () => state!,
    decision: () => decision,
    adopt,
    broadcast: createTabSync((message) => {
      if (unlocked) {
        // Only this origin's own tabs can post here; the shape is ours. Validity still depends on revision and age.
        adopt(internals.isValid(message) ? message : null);
        autoShow();
      }
    }),
    emit: emitter.emit,
    // GPC objects to the sale/sharing category: always in opt-out regimes, elsewhere unless `gpc.optIn` is 'record'.
    objected: (cat) => gpc && cat === 'marketing' && (regime === 'opt-out' || config.gpc?.optIn !== 'record'),
    isValid: (d): d is StoredDecision =>
      !!d && d.revision === config.revision && Date.now() - d.decidedAt < lifetime && d.decidedAt < Date.now() + DAY,
  };

  /** Derives the full state from the stored decision, or the regime's defaults (all denied while locked). */
  function derive(): ConsentState {
    const categories: Record<string, boolean> = {};
    const services: Record<string, Record<string, boolean>> = {};
    for (const cat of ['necessary', ...categoryNames]) {
      // An objection (GPC) outweighs a stored choice unless that choice was made category by category ('custom'):
      // an "accept all" from before the browser sent the signal no longer allows sale or sharing.
      const base = cat === 'necessary' || (!(internals.objected(cat) && decision?.method !== 'custom') &&
        (decision?.categories[cat] ?? (unlocked && regime !== 'opt-in')));
      const map: Record<string, boolean> = (services[cat] = {});
      for (const s of servicesOf(cat)) map[s] = cat === 'necessary' || (decision?.services[cat]?.[s] ?? base);
      const values = Object.values(map);
      categories[cat] = values.length ? values.every(Boolean) : base;
    }
    return {
      decided: !!decision, categories, services, revision: config.revision, regime, gpc,
      ...(region && { region }),
      ...(decision && { decidedAt: new Date(decision.decidedAt).toISOString(), id: decision.id, method: decision.method }),
    };
  }

  /** Adopts a decision (or none): recomputes the state and tells listeners when it changed. */
  function adopt(next: StoredDecision | null): void {
    decision = next;
    const previous = state && JSON.stringify(state);
    state = derive();
    if (previous && previous !== JSON.stringify(state)) {
      emitter.emit('change', api.get());
      dispatchEvent(new CustomEvent('assent:change', { detail: api.get() }));
    }
  }

  /** The newest valid decision among the cookies of our name. */
  function readCookieDecision(jar?: string): StoredDecision | null {
    let best: StoredDecision | null = null;
    for (const value of readCookies(cookieName, jar)) {
      const d = decodeDecision(value);
      if (internals.isValid(d) && (!best || d.decidedAt > best.decidedAt)) best = d;
    }
    return best;
  }

  /** The write side, loaded once on first need. */
  const write = (): Promise<StoreOps> =>
    (ops ||= Promise.all([validated, options.storeOps?.()]).then(([, m]) => m!.createStoreOps(internals)));

  const decide = (method: DecisionMethod, choices?: Choices, language?: string) =>
    write().then((o) => o.decide(method, choices, language));

  function loadUi(): Promise<UIController | undefined> {
    if (__DEV__ && !options.ui) debug('no UI loader given: showBanner()/showPreferences() do nothing');
    // The UI downloads in parallel with validation, but mounts only for a valid config.
    return (ui ||= Promise.all([valid, options.ui?.()]).then(
      ([ok, m]) => (ok ? m?.mount({
        consent: api, config, decide, record: () => write().then((o) => o.record()), nonce: options.nonce,
        emit: emitter.emit, ran: () => options.ran?.() || [],
      }) : undefined),
      (e) => {
        ui = undefined; // let a later call retry
        if (__DEV__) debug('the UI failed to load', e);
        return undefined;
      },
    ));
  }

  function autoShow(): void {
    if (config.ui?.autoShow !== false && !decision) api.showBanner();
  }

  function start(jar?: string): void {
    unlocked = true;
    adopt(readCookieDecision(jar));
  }

  const api: Consent = {
    ready: valid.then(async (ok) => {
      if (!ok) return;
      if (!unlocked) start();
      // Without a valid cookie (first visit, or Safari dropped it) IndexedDB may still hold the decision.
      if (!decision || decision.pending) await write().then((o) => o.ready, () => undefined);
      isReady = true;
      emitter.emit('ready', api.get());
      if (regime === 'opt-out' && gpc && (!decision || (decision.method !== 'custom' && decision.categories.marketing))) {
        // Honour Global Privacy Control without a click (also over an earlier "accept all"), record it, and let the
        // UI say so.
        decide('gpc').then(api.showBanner, () => undefined);
      } else autoShow();
    }),
    config,
    has(category, service) {
      const services = state!.services[category];
      if (__DEV__ && !services) debug(`has(): unknown category "${category}"`);
      return service && services && service in services ? services[service]! : !!state!.categories[category];
    },
    get: () => structuredClone(state!),
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    doNotSell: () => decide('do-not-sell'),
    set: (choices) => decide('custom', choices),
    reset: () => write().then((o) => o.reset()).then(autoShow),
    on(type, callback) {
      if (type === 'ready' && isReady) queueMicrotask(() => callback(api.get() as any));
      return emitter.on(type, callback);
    },
    onConsent(category, callback, service) {
      const run = () => {
        if (api.has(category, service)) {
          off();
          callback();
        }
      };
      const off = emitter.on('change', run);
      run();
      return off;
    },
    async showBanner() {
      (await loadUi())?.show('banner');
    },
    async showPreferences(opener) {
      (await loadUi())?.show('preferences', opener);
    },
  };

  // With a validated config the stored decision is known synchronously, before any later script runs. Otherwise the
  // write side (needed to read IndexedDB unless a cookie decides) downloads while the config is being validated.
  options.validated ? (adopt(null), write().catch(() => undefined)) : start(options.cookies);
  // Start fetching the UI (and the write side) at once for an undecided visitor, in parallel with everything else.
  if (!decision && config.ui?.autoShow !== false && options.ui) loadUi();

  // A decision made on another subdomain sharing the cookie, or in a tab the channel missed.
  document.addEventListener('visibilitychange', () => {
    const fromCookie = unlocked && readCookieDecision();
    if (fromCookie && fromCookie.decidedAt !== decision?.decidedAt) adopt(fromCookie);
  });
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element | null)?.closest?.('[data-assent-open]');
    if (opener) {
      event.preventDefault();
      api.showPreferences(opener);
    }
  });
  return api;
}
