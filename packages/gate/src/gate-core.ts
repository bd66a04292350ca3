import type { Consent } from '@assent/core/create-consent-core';
import { debug } from '@assent/core/debug';
import { createActivator } from './activate';
import { installAutoBlock } from './auto-block';
import type * as Cleanup from './cleanup';
import { installNetworkBlock } from './network';
import type * as Placeholder from './placeholder';
import { hostRules, ruleFor, servicesOf } from './rules';

/** Options of `gate()`. */
export interface GateOptions {
  /** CSP nonce given to activated scripts whose own nonce is empty (the script-tag build passes its own). */
  nonce?: string;
  /** Loads the click-to-load placeholders (`gating.placeholders`); without it there are none. */
  placeholders?: () => Promise<typeof Placeholder>;
  /** Loads the cleanup run on withdrawal (cookies, storage keys, reload); without it there is none. */
  cleanup?: () => Promise<typeof Cleanup>;
  /**
   * Resolves once the config is known to be valid. Until then no placeholder (whose "Load this once" would run gated
   * code) is shown; when it rejects, never.
   */
  validated?: Promise<unknown>;
}

/** What `gate()` returns. */
export interface Gate {
  /** Categories whose gated code already ran on this page (withdrawing them cannot unload it). */
  ran(): string[];
}

const noop = () => undefined;

/** `gate()` with the lazily loaded parts passed in (the script-tag build loads them by URL): see gate.ts. */
export function startGate(consent: Consent, options: GateOptions = {}): Gate {
  const config = consent.config;
  // The config may be anything while the engine is locked: every read here is defensive.
  const { autoBlock, blockNetwork, reloadOnWithdraw, placeholders } = Object(Object(config).gating);
  const services = servicesOf(config);
  const rules = hostRules(services);
  /** Categories (`cat/`) and services (`cat/svc`) the visitor loaded once, for this page view. */
  const once = new Set<string>();
  /** `cat/svc` of the scripts that ran. */
  const ran = new Set<string>();
  const allowed = (category: string, service: string) =>
    consent.has(category, service) || once.has(category + '/') || once.has(category + '/' + service);
  const noteRun = (category: string, service: string) => {
    ran.add(category + '/' + service);
  };

  let placeholderModule: Promise<typeof Placeholder> | undefined;
  const activate = createActivator(allowed, noteRun, (el) => {
    if (placeholders !== false && options.placeholders) {
      (placeholderModule ||= Promise.all([consent.ready, options.validated]).then(options.placeholders))
        .then((m) => m.showPlaceholder(el, { consent, nonce: options.nonce, once, activate }), (e) => {
          if (__DEV__) debug('placeholders could not be shown', e);
        });
    }
  }, options.nonce, __DEV__
    ? (category, service) => {
        const categories = Object(Object(config).categories);
        if (category !== 'necessary' && !(category in categories)) return `unknown category "${category}"`;
        if (service && !(service in Object(categories[category]?.services))) return `unknown service "${category}/${service}"`;
        return undefined;
      }
    : undefined);

  const scan = autoBlock !== false && rules.length ? installAutoBlock(rules, allowed, noteRun) : noop;
  if (blockNetwork !== false && rules.length) {
    installNetworkBlock((url) => {
      const rule = ruleFor(rules, url);
      return !!rule && !allowed(rule[2], rule[3]);
    });
  }

  // Parser-inserted markup (the observer runs before the parser runs a script, so a held script never runs), and
  // gated markup that client-side rendering adds later: no call from the app needed.
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
    activate();
  }).observe(document, { childList: true, subtree: true });
  activate();

  // Withdrawal: what withdrawn services stored is deleted (lazily loaded: it is rare), and the page reloads when code
  // of a withdrawn category already ran, since running code cannot be unloaded.
  const granted = () => services.filter(([category, service]) => consent.has(category, service)).map(([category, service]) => category + '/' + service);
  let before = granted();
  let reloading = false;
  consent.on('change', () => {
    activate();
    const now = granted();
    const reload = reloadOnWithdraw !== false && [...ran].some((key) => !allowed(...(key.split('/') as [string, string])));
    if (!reloading && (reload || before.some((key) => !now.includes(key)))) {
      reloading = reload;
      options.cleanup?.().then((m) => m.afterWithdrawal(services, allowed, reload), noop);
    }
    before = now;
  });

  return { ran: () => [...new Set([...ran].map((key) => key.split('/')[0]!))] };
}
