import { debug } from '@assent/core/debug';
import { MARK, URL_ATTRIBUTES, type Allowed } from './shared';
import { trusted } from './trusted-types';

/** Gated markup (CONTRACT §4) not activated yet. */
export const GATED = `[data-consent]:not([${MARK}])`;
/** How long an inline script waits for the external script before it (STANDARDS §9.3 step 3). */
const LOAD_TIMEOUT = 5000;

/**
 * The markup engine (CONTRACT §4, STANDARDS §9.3). Returns `activate(force?)`, which releases every gated element of
 * the document that is allowed now (and `force`, for "load this once"), in document order, each once (marked
 * `data-consent-activated`). A script is activated by inserting a fresh copy after it; externals without `async` keep
 * their order (`async=false`), and an inline script waits for the external one before it. Iframes, images and media
 * get their `data-src`/`data-srcset` back in place.
 *
 * @param allowed - is this category (and service) allowed now.
 * @param ran - a gated script of this category and service is about to run.
 * @param blocked - a gated iframe or widget stays blocked (its placeholder is shown).
 * @param nonce - CSP nonce for activated scripts whose own nonce is empty.
 * @param known - developer builds: what is wrong with these names, if anything.
 */
export function createActivator(
  allowed: Allowed,
  ran: (category: string, service: string) => void,
  blocked: (el: HTMLElement) => void,
  nonce?: string,
  known?: (category: string, service: string) => string | undefined,
): (force?: Element) => void {
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
      if (__DEV__) debug('a gated inline script calls document.write, which would wipe the loaded page: not run', old);
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

  return (force) => {
    for (const el of document.querySelectorAll<HTMLElement>(GATED)) {
      const { consent: category = '', service = '' } = el.dataset;
      const script = el.localName === 'script';
      if (__DEV__) {
        const problem = known?.(category, service);
        if (problem) debug(`${problem} in data-consent/data-service: the element stays blocked until that is allowed`, el);
      }
      if (script && (el as HTMLScriptElement).type !== 'text/plain') continue;
      if (el === force || allowed(category, service)) {
        // Marked at once, so a later pass never queues it twice; released strictly one after the other.
        el.setAttribute(MARK, '');
        queue = queue.then(() => release(el, category, service)).catch((e) => {
          if (__DEV__) debug('could not activate a gated element', el, e);
        });
      } else if (!script && (el.localName === 'iframe' || !('src' in el.dataset || 'srcset' in el.dataset))) {
        blocked(el);
      }
    }
  };
}
