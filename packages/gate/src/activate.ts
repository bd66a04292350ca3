import { GATED, MARK, type Allowed } from './shared';
import type { Release } from './release';

/**
 * The markup engine (CONTRACT §4, STANDARDS §9.3). Returns `activate(force?)`, which hands every gated element of the
 * document that is allowed now (and `force`, for "load this once") to `release`, in document order, each once (marked
 * `data-consent-activated` at once), and reports gated iframes and widgets that stay blocked.
 *
 * @param allowed - is this category (and service) allowed now.
 * @param blocked - a gated iframe or widget stays blocked (its placeholder is shown).
 * @param release - releases an element (release.ts).
 */
export function createActivator(
  allowed: Allowed,
  blocked: (el: HTMLElement) => void,
  release: Release,
): (force?: Element) => void {
  /** Released already: the marker attribute could be removed by page code, this cannot. */
  const done = new WeakSet<Element>();
  return (force) => {
    for (const el of document.querySelectorAll<HTMLElement>(GATED)) {
      if (done.has(el)) continue;
      const { consent: category = '', service = '' } = el.dataset;
      const script = el.localName === 'script';
      if (script && (el as HTMLScriptElement).type !== 'text/plain') continue;
      if (el === force || allowed(category, service)) {
        done.add(el);
        el.setAttribute(MARK, '');
        release(el, category, service);
      } else if (!script && (el.localName === 'iframe' || !('src' in el.dataset || 'srcset' in el.dataset))) {
        blocked(el);
      }
    }
  };
}
