import type { Consent } from '@assent/core';
import { startGate, type Gate, type GateOptions } from './gate-core';

/**
 * Gates what the page loads on the visitor's consent (CONTRACT §4): gated markup (`<script type="text/plain"
 * data-consent>`, `<iframe|img data-consent data-src>`) runs once allowed, in document order, each once; scripts,
 * iframes and images that other code adds later are held while they point at a host a service declares and that
 * service is not allowed (`gating.autoBlock`), and so are `fetch`/`XMLHttpRequest`/`sendBeacon` calls
 * (`gating.blockNetwork`); gated iframes and widgets show click-to-load placeholders (`gating.placeholders`); a
 * withdrawal deletes the declared cookies and storage keys, and reloads the page when code of the withdrawn category
 * already ran (`gating.reloadOnWithdraw`).
 *
 * Call it synchronously right after creating the engine, before any script you want gated runs: what runs earlier
 * is not blocked. The script-tag build (`assent.js`) does this itself.
 *
 * @param consent - the engine, from `createConsent()`.
 * @param options - a CSP nonce for activated scripts; loaders of the lazy parts default to dynamic imports.
 * @returns `ran()`, the categories whose gated code already ran on this page; pass it to `createConsent()` as the
 *   `ran` option so the preferences can say that withdrawing them reloads the page.
 * @example
 * let gated;
 * const consent = createConsent(config, { ui: () => import('@assent/ui'), ran: () => gated.ran() });
 * gated = gate(consent);
 */
export function gate(consent: Consent, options: GateOptions = {}): Gate {
  return startGate(consent, {
    markup: () => import('./markup'),
    ...options,
  });
}
