// The script-tag bundle (dist/assent.js): synchronous, in <head>, before every tag it gates. It holds only what must
// run before consent is known; the UI, the config validator and the proof sender load lazily from files beside it.
import { hashText } from '@assent/core/config-hash';
import { readCookies } from '@assent/core/cookie-jar';
import { cookieNameOf } from '@assent/core/defaults';
import { createConsentCore, type Consent } from '@assent/core/create-consent-core';
import type { AssentConfig } from '@assent/core/types';
import { consentMode } from '@assent/gcm';
import { startGate, type Gate } from '@assent/gate/gate-core';
import { installQueue } from './queue';

declare global {
  interface Window {
    assent: Consent;
    assentQueue: unknown;
  }
}

const VALIDATED_KEY = 'assent:config';
const script = document.currentScript as HTMLScriptElement | null;
const nonce = script?.nonce || undefined;
const base = new URL('.', script?.src || location.href).href;
// Lazy files beside assent.js. import() carries this script's nonce, so a strict CSP needs no extra source. Most are
// started from a task of their own: an import() costs milliseconds synchronously, which must not delay parsing; the
// markup engine, when it releases what a returning visitor allowed (their critical path), starts at once.
const importNow = <T>(file: string): Promise<T> => import(base + file);
const load = <T>(file: string): Promise<T> => new Promise((resolve) => setTimeout(resolve)).then(() => importNow<T>(file));
const text = document.getElementById('assent-config')?.textContent || '';

let config: AssentConfig | undefined;
try {
  config = JSON.parse(text);
} catch {
  // Reported below as a config error.
}

// The full validator (schema, rules and messages) is only downloaded when this browser has not validated this exact
// config text with this version before: returning visitors start synchronously. Until validation succeeds the
// engine is locked (only `necessary` allowed, nothing stored), so an invalid config fails closed. Pages of a visitor
// without a decision cookie skip the check and validate (the banner's files download then anyway, and the validator
// comes from the cache after the first page): reading localStorage costs milliseconds on a cold start.
const hash = hashText(__VERSION__ + text);
let cookies = '';
let decided = false;
let known = false;
try {
  cookies = document.cookie;
  // (Inside the try: the config may be anything, even null, until validated.)
  decided = !!readCookies(cookieNameOf(config!), cookies)[0];
  known = decided && localStorage.getItem(VALIDATED_KEY) === hash;
} catch {
  // Storage blocked: validate on every page.
}
// A first visit (no decision cookie) gets the validator and the write side inside assent-ui.js, with the banner.
let uiChunk: Promise<typeof import('./first-visit')> | undefined;
const ui = () => (uiChunk ||= load('assent-ui.js'));
const firstVisitOr = <T>(file: string) => (decided ? load<T>(file) : (ui() as Promise<T>));
const validated = known ? undefined : firstVisitOr<typeof import('@assent/core/validate-embed')>('assent-validate.js')
  .then((m) => m.validate(config, text))
  .then(() => {
    try {
      // Off the parse path; read back only on pages of visitors who decided (see above).
      localStorage.setItem(VALIDATED_KEY, hash);
    } catch {
      // Not remembered: validated again next time.
    }
  }, (e: Error) => {
    console.error(e.name === 'ConfigError' ? e : '[assent] ' + e);
    throw e;
  });

let assent: Consent;
let gated: Gate | undefined;
let unusable: Promise<unknown> | undefined;
try {
  assent = createConsentCore(config!, {
    // The region: data-region on this tag (pages rendered per request), else the assent_region cookie an edge
    // worker can set on cached pages, else config.region.
    region: script?.dataset.region || readCookies('assent_region', cookies)[0],
    cookies,
    nonce,
    ui,
    storeOps: () => firstVisitOr('assent-store.js'),
    proof: () => load('assent-proof.js'),
    validated,
    ran: () => gated?.ran() || [],
  });
} catch {
  // A config too broken to even start from: a locked engine over an empty one (validation reports the problems).
  unusable = Promise.reject(Error('[assent] unusable config')); // (the validator reports why)
  assent = createConsentCore({ revision: 1, categories: {} }, { validated: unusable });
}
// Gating starts before any later script of the page runs; its parts for rarer moments load from beside assent.js.
gated = startGate(assent, {
  nonce,
  // At once when what it releases is on the page's critical path.
  markup: (now) => (now ? importNow : load)('assent-activate.js'),
  validated: unusable || validated,
});

// Consent Mode's default must be in dataLayer before any later script runs. `config` may be anything here.
const gcm = config?.googleConsentMode;
if (gcm) consentMode(assent, gcm);

window.assent = assent;
installQueue(window, assent);

// The floating button that reopens the preferences (assent-button.js, plain DOM, no Preact): for a visitor who has
// decided, once the page has loaded and is idle, so it never competes with the page's own start-up.
if (config?.ui?.floatingButton !== false) {
  const button = () => {
    if (assent.get().decided) {
      load<typeof import('@assent/ui/floating-button')>('assent-button.js').then((m) => m.mount(assent), () => undefined);
    }
  };
  const idle = () => (window.requestIdleCallback || setTimeout)(() => {
    button();
    assent.on('change', button);
  });
  document.readyState == 'complete' ? idle() : addEventListener('load', idle);
}
