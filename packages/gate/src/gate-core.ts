import type { Consent } from '@assent/core';
import { debug } from '@assent/core';
import { createActivator, GATED } from './activate';
import { installAutoBlock } from './auto-block';
import type * as Cleanup from './cleanup';
import { installNetworkBlock } from './network';
import type * as Placeholder from './placeholder';
import type * as Releaser from './release';
import { hostRules, ruleFor, servicesOf } from './rules';
import { trusted } from './trusted-types';

/** Options of `gate()`. */
export interface GateOptions {
  /** CSP nonce given to activated scripts whose own nonce is empty (the script-tag build passes its own). */
  nonce?: string;
  /** Loads what releases allowed gated elements; without it nothing gated ever runs. */
  release?: () => Promise<typeof Releaser>;
  /** Loads the click-to-load placeholders (`gating.placeholders`); without it there are none. */
  placeholders?: () => Promise<typeof Placeholder>;
  /** Loads the cleanup run when services are not allowed after a change (cookies, storage keys, reload). */
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
  const { autoBlock, blockNetwork, reloadOnWithdraw, placeholders } = Object((config as any)?.gating);
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

  let releaser: Promise<Releaser.Release> | undefined;
  let placeholderModule: Promise<typeof Placeholder> | undefined;
  const activate = createActivator(allowed, (el) => {
    if (placeholders !== false && options.placeholders) {
      (placeholderModule ||= Promise.resolve(options.validated).then(options.placeholders))
        .then((m) => m.showPlaceholder(el, { consent, nonce: options.nonce, once, activate }), (e) => {
          if (__DEV__) debug('placeholders could not be shown', e);
        });
    }
  }, (el, category, service) => {
    (releaser ||= Promise.resolve().then(options.release).then((m) => m!.createRelease(noteRun, trusted, options.nonce, ...(__DEV__ ? [debug] : []))))
      .then((release) => release(el, category, service), (e) => {
        if (__DEV__) debug('gated elements could not be released', e);
      });
  }, __DEV__
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
    let gated = false;
    for (const { addedNodes } of records) {
      for (const node of addedNodes) {
        scan(node);
        // Only gated markup needs a pass over the document: DOM churn elsewhere costs one selector test.
        gated ||= node.nodeType === 1 && ((node as Element).matches(GATED) || !!(node as Element).querySelector(GATED));
      }
    }
    if (gated) activate();
  }).observe(document, { childList: true, subtree: true });
  activate();

  // After a change that leaves services not allowed (a withdrawal, a refusal, a reset, another tab), what they stored
  // is deleted (lazily loaded: decisions are rare), and when code of a category no longer allowed already ran, which
  // cannot be unloaded, the page reloads.
  let reloading = false;
  consent.on('change', () => {
    activate();
    const reload = reloadOnWithdraw !== false && [...ran].some((key) => !allowed(...(key.split('/') as [string, string])));
    if (!reloading && (reload || services.some(([category, service]) => !consent.has(category, service)))) {
      reloading = reload;
      options.cleanup?.().then((m) => m.afterWithdrawal(services, allowed, reload), noop);
    }
  });

  return { ran: () => [...new Set([...ran].map((key) => key.split('/')[0]!))] };
}
