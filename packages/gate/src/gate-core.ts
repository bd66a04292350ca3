import type { Consent } from '@assent/core';
import { debug } from '@assent/core';
import { installAutoBlock } from './auto-block';
import type * as Markup from './markup';
import { installNetworkBlock } from './network';
import { hostRules, servicesOf } from './rules';
import { GATED } from './shared';
import { trusted } from './trusted-types';

/** Options of `gate()`. */
export interface GateOptions extends Pick<Markup.MarkupContext, 'placeholders' | 'cleanup'> {
  /** CSP nonce given to activated scripts whose own nonce is empty (the script-tag build passes its own). */
  nonce?: string;
  /**
   * Loads the markup engine (releasing gated markup, placeholders, cleanup); without it nothing gated ever runs. `now`:
   * something gated is allowed, so it is on the page's critical path.
   */
  markup?: (now: boolean) => Promise<typeof Markup>;
  /**
   * Resolves once the config is known to be valid: the markup engine starts then (so no placeholder, whose "Load this
   * once" would run gated code, is shown before); when it rejects, never.
   */
  validated?: Promise<unknown>;
}

/** What `gate()` returns. */
export interface Gate {
  /** Categories whose gated code already ran on this page (withdrawing them cannot unload it). */
  ran(): string[];
}

const noop = () => undefined;

/** Development builds: warns about names in gated markup that the config does not declare. */
function check(config: unknown, el: HTMLElement): void {
  const { consent: category = '', service = '' } = el.dataset;
  const categories = Object(Object(config).categories);
  const problem = category !== 'necessary' && !(category in categories) ? `unknown category "${category}"`
    : service && !(service in Object(categories[category]?.services)) ? `unknown service "${category}/${service}"` : '';
  if (problem) debug(`${problem} in data-consent/data-service: the element stays blocked until that is allowed`, el);
}

/**
 * `gate()` with the markup engine's loader passed in (see gate.ts). Only what must run before any later script of
 * the page is here: automatic and network blocking, and the observer that notices gated markup. The markup engine
 * loads once the page has gated markup it has work for, or after a decision.
 */
export function startGate(consent: Consent, options: GateOptions = {}): Gate {
  const config = consent.config;
  // The config may be anything while the engine is locked: every read here is defensive.
  const { autoBlock, blockNetwork } = Object((config as any)?.gating);
  const services = servicesOf(config);
  const rules = hostRules(services);
  const once = new Set<string>();
  const ran = new Set<string>();
  const allowed = (category: string, service: string) =>
    consent.has(category, service) || once.has(category + '/') || once.has(category + '/' + service);
  const noteRun = (category: string, service: string) => {
    ran.add(category + '/' + service);
  };
  const scan = autoBlock !== false && rules.length ? installAutoBlock(rules, allowed, noteRun) : noop;
  if (blockNetwork !== false && rules.length) installNetworkBlock(rules, allowed);

  let engine: Promise<(changed?: boolean) => void> | undefined;
  const checked = __DEV__ ? new WeakSet<Element>() : undefined;
  const isAllowed = (el: HTMLElement) => allowed(el.dataset.consent!, el.dataset.service!);
  const markup = (changed?: boolean) => {
    const gated = [...document.querySelectorAll<HTMLElement>(GATED)];
    if (__DEV__) for (const el of gated) if (!checked!.has(el)) checked!.add(el), check(config, el);
    // The engine has work when gated markup is allowed, when gated markup may be a blocked iframe or widget (a
    // placeholder), and after a change when services may have stored something to delete. Scripts and images that
    // stay blocked do not download it (a first visit, a refusal), nor does a decision on a page that gates nothing.
    if (engine || (changed && services.length) || gated.some((el) => isAllowed(el) || !/^(script|img|source)$/.test(el.localName))) {
      // Not for an invalid config (nothing gated runs): it would only download. Allowed markup puts it on the
      // page's critical path: loaded at once.
      (engine ||= Promise.resolve(options.validated)
        .then(() => options.markup!(gated.some(isAllowed)))
        .then((m) => m!.startMarkup({ ...options, consent, once, ran, allowed, noteRun, trusted, ...(__DEV__ && { warn: debug }) })))
        .then((run) => run(changed), (e) => {
          if (__DEV__) debug('gated markup could not be handled', e);
        });
    }
  };

  // Parser-inserted markup (the observer runs before the parser runs a script, so a held script never runs), and
  // gated markup that client-side rendering adds later: no call from the app needed.
  new MutationObserver((records) => {
    let gated = false;
    for (const { addedNodes } of records) {
      for (const node of addedNodes) {
        scan(node);
        // DOM churn without gated markup costs one selector test.
        gated ||= node.nodeType === 1 && ((node as Element).matches(GATED) || !!(node as Element).querySelector(GATED));
      }
    }
    if (gated) markup();
  }).observe(document, { childList: true, subtree: true });
  markup();
  // A change releases what it allows, and deletes what services no longer allowed stored.
  consent.on('change', () => markup(true));

  return { ran: () => [...new Set([...ran].map((key) => key.split('/')[0]!))] };
}
