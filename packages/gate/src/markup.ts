// The markup engine, loaded lazily (assent-activate.js beside assent.js, a dynamic import in npm builds) once the
// page has gated markup or a decision changed something: finding what to release, releasing it, placeholders, and the
// cleanup after a withdrawal. assent.js keeps only what must run before any later script (automatic and network
// blocking, the observer that notices gated markup).
import type { Consent } from '@assent/core';
import { createActivator } from './activate';
import type * as Cleanup from './cleanup';
import type * as Placeholder from './placeholder';
import { createRelease } from './release';
import { servicesOf } from './rules';
import type { Allowed } from './shared';
import type { trusted as Trusted } from './trusted-types';

/** What gate-core (in assent.js) shares with the markup engine. */
export interface MarkupContext {
  consent: Consent;
  /** Categories (`cat/`) and services (`cat/svc`) the visitor loaded once, for this page view. */
  once: Set<string>;
  /** `cat/svc` of the scripts that ran. */
  ran: Set<string>;
  allowed: Allowed;
  /** Notes a script about to run (`ran`). */
  noteRun: (category: string, service: string) => void;
  /** gate-core's Trusted Types helper: one policy per page. */
  trusted: typeof Trusted;
  nonce?: string;
  /** Loader overrides (tests); by default the chunks beside this one. */
  placeholders?: () => Promise<typeof Placeholder>;
  cleanup?: () => Promise<typeof Cleanup>;
  /** The developer logger, passed by development builds only (this file is shared by both). */
  warn?: (message: string, ...details: unknown[]) => void;
}

/**
 * Starts the markup engine; returns `run(changed)`, which releases what is allowed now (and shows placeholders for
 * what is not), and after a change (`changed`) deletes what services no longer allowed stored, reloading the page
 * when code of a category no longer allowed already ran (`gating.reloadOnWithdraw`, default on).
 */
export function startMarkup(ctx: MarkupContext): (changed?: boolean) => void {
  const { consent, once, ran, allowed, nonce, warn } = ctx;
  const config = consent.config;
  const { reloadOnWithdraw, placeholders } = Object((config as any)?.gating);
  const services = servicesOf(config);
  let placeholderModule: Promise<typeof Placeholder> | undefined;
  const activate = createActivator(allowed, (el) => {
    if (placeholders !== false) {
      (placeholderModule ||= (ctx.placeholders || (() => import('./placeholder')))())
        .then((m) => m.showPlaceholder(el, { consent, nonce, once, activate }), (e) => warn?.('placeholders could not be shown', e));
    }
  }, createRelease(ctx.noteRun, ctx.trusted, nonce, warn));

  let reloading = false;
  return (changed) => {
    activate();
    if (!changed) return;
    // Scripts that ran cannot be unloaded: when their category is no longer allowed the page reloads.
    const reload = reloadOnWithdraw !== false && [...ran].some((key) => !allowed(...(key.split('/') as [string, string])));
    if (!reloading && (reload || services.some(([category, service]) => !consent.has(category, service)))) {
      reloading = reload;
      (ctx.cleanup || (() => import('./cleanup')))().then((m) => m.afterWithdrawal(services, allowed, reload), (e) => warn?.('cleanup failed', e));
    }
  };
}
