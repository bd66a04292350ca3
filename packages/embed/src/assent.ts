// The script-tag bundle (dist/assent.js): synchronous, in <head>, before every tag it gates. It holds only what must
// run before consent is known; the UI, the config validator and the proof sender load lazily from files beside it.
import { ConfigError } from '@assent/core/config-error';
import { hashText } from '@assent/core/config-hash';
import { createConsentCore, type Consent } from '@assent/core/create-consent-core';
import type { AssentConfig } from '@assent/core/types';
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
const base = new URL('.', script?.src || location.href).href;
// Lazy files beside assent.js. import() carries this script's nonce, so a strict CSP needs no extra source.
const load = <T>(file: string): Promise<T> => import(base + file);
const text = document.getElementById('assent-config')?.textContent || '';
const hash = hashText(__VERSION__ + text);

let config: AssentConfig | undefined;
try {
  config = JSON.parse(text);
} catch {
  // Reported below as a config error.
}

// The full validator (schema, rules and messages) is only downloaded when this browser has not validated this exact
// config text with this version before: returning visitors start synchronously. Until validation succeeds the
// engine is locked (only `necessary` allowed, nothing stored), so an invalid config fails closed.
let known = false;
try {
  known = localStorage.getItem(VALIDATED_KEY) === hash;
} catch {
  // Storage blocked: validate on every page.
}
const validated = known ? undefined : load<typeof import('@assent/core/validate-embed')>('assent-validate.js').then(
  ({ check }) => {
    const problems = config ? check(config) : [`#assent-config: expected a JSON object, got ${JSON.stringify(text.slice(0, 40))}`];
    if (problems.length) throw new ConfigError(problems);
    try {
      localStorage.setItem(VALIDATED_KEY, hash);
    } catch {
      // Not remembered: validated again next time.
    }
  },
).catch((e: unknown) => {
  const error = e instanceof ConfigError ? e : new ConfigError([`could not load assent-validate.js beside assent.js (${e})`]);
  console.error(error);
  throw error;
});

let assent: Consent;
let gated: Gate | undefined;
let unusable: Promise<unknown> | undefined;
try {
  assent = createConsentCore(config!, {
    region: script?.dataset.region,
    nonce: script?.nonce || undefined,
    ui: () => load('assent-ui.js'),
    storeOps: () => load('assent-store.js'),
    proof: () => load('assent-proof.js'),
    validated,
    ran: () => gated?.ran() || [],
  });
} catch {
  // A config too broken to even start from: a locked engine over an empty one (validation reports the problems).
  unusable = Promise.resolve(validated).then(() => Promise.reject(new ConfigError(['the config cannot be used'])));
  assent = createConsentCore({ revision: 1, categories: {} }, { validated: unusable });
}
// Gating starts before any later script of the page runs; its parts for rarer moments load from beside assent.js.
gated = startGate(assent, {
  nonce: script?.nonce || undefined,
  release: () => load('assent-activate.js'),
  placeholders: () => load('assent-placeholder.js'),
  cleanup: () => load('assent-cleanup.js'),
  validated: unusable || validated,
});

window.assent = assent;
installQueue(window, assent);
