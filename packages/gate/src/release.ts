// Part of the lazily loaded markup engine (markup.ts, assent-activate.js beside assent.js): activate.ts finds and marks
// what to release, in document order; this releases it.
import { URL_ATTRIBUTES } from './shared';
import type { trusted as Trusted } from './trusted-types';

/** Releases one gated element (already marked `data-consent-activated`); elements are released in call order. */
export type Release = (el: HTMLElement, category: string, service: string) => void;

/** How long an inline script waits for the external script before it (STANDARDS §9.3 step 3). */
const LOAD_TIMEOUT = 5000;

/**
 * Releases gated elements one after the other (STANDARDS §9.3). A script is activated by inserting a fresh copy after
 * it; externals without `async` keep their order (`async=false`), and an inline script waits for the external one
 * before it. Iframes, images and media get their `data-src`/`data-srcset` back in place.
 *
 * @param ran - told of each gated script about to run.
 * @param trusted - gating's Trusted Types helper (one policy per page: it is created in assent.js).
 * @param nonce - CSP nonce for activated scripts whose own nonce is empty.
 * @param warn - the developer logger, passed by development builds only (this file is shared by both).
 */
export function createRelease(
  ran: (category: string, service: string) => void,
  trusted: typeof Trusted,
  nonce?: string,
  warn?: (message: string, ...details: unknown[]) => void,
): Release {
  let queue: Promise<unknown> = Promise.resolve();
  /** Settles once the last ordered external script ran (or failed, or timed out). */
  let previous: Promise<unknown> | undefined;

  async function release(el: HTMLElement, category: string, service: string): Promise<void> {
    if (el.localName !== 'script') {
      for (const name of URL_ATTRIBUTES) {
        if (name in el.dataset) {
          el.setAttribute(name, el.dataset[name]!);
          delete el.dataset[name];
        }
      }
      // The empty srcdoc automatic blocking gives held iframes (it would win over the src).
      if (el.getAttribute('srcdoc') === '') el.removeAttribute('srcdoc');
      // A <source> changed after its <video>/<audio> chose a resource needs a new resource selection.
      if (el.localName === 'source') (el.parentNode as HTMLMediaElement)?.load?.();
      return;
    }
    const old = el as HTMLScriptElement;
    const external = old.hasAttribute('src');
    // Run after parsing, document.write would reopen the document and wipe the page.
    if (!external && /document\s*(\.|\[)\s*["'`]?write/.test(old.text)) {
      warn?.('a gated inline script calls document.write, which would wipe the loaded page: not run', old);
      return;
    }
    if (!external) await previous;
    // A clone keeps every attribute (the markers too, for the record); it never ran, so it runs once inserted. Its
    // type comes back from data-type (or classic). The nonce is copied through the IDL property: a CSP header hides it
    // from getAttribute.
    const script = old.cloneNode(true) as HTMLScriptElement;
    script.type = old.dataset.type || '';
    script.nonce = old.nonce || nonce || '';
    if (!external) script.text = trusted('createScript', old.text);
    else if (!old.hasAttribute('async')) {
      // Inserted scripts are async unless told otherwise; async=false runs them in insertion order.
      script.async = false;
      previous = new Promise((done) => {
        for (const type of ['load', 'error']) script.addEventListener(type, done);
        setTimeout(done, LOAD_TIMEOUT);
      });
    }
    ran(category, service);
    old.after(script);
  }

  return (el, category, service) => {
    queue = queue.then(() => release(el, category, service)).catch((e) => warn?.('could not activate a gated element', el, e));
  };
}
