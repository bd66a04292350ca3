import { MARK, onSet, URL_ATTRIBUTES, wrap, type Allowed } from './shared';
import { ruleFor, type HostRule } from './rules';
import { trusted } from './trusted-types';

const TAGS = /^(script|iframe|img|source)$/;

/**
 * Automatic blocking: scripts, iframes, images and `<source>`s that point at a host declared in a service's `hosts`
 * make no request while that service is not allowed, however they reach the page. A blocked element is turned into
 * gated markup (`type="text/plain"` or `data-src`/`data-srcset`, plus `data-consent`/`data-service`), so the markup
 * engine releases it, in document order, once allowed. Layers, each catching what the one before cannot:
 *
 * 1. `setAttribute(NS)`, and the `src`/`srcset` setters routed through it: before or after insertion, `new Image()`;
 * 2. insertion methods, when the parent is connected: nodes from other realms, and scripts whose `type` was set back
 *    after their `src`; `importNode`/`adoptNode` (an adopted image loads before it is inserted);
 * 3. HTML sinks (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `createContextualFragment`, `setHTMLUnsafe`,
 *    `document.write(ln)`): HTML naming a declared host is parsed in an inert `<template>`, held, serialised again;
 * 4. the returned `scan(node)`, which the MutationObserver calls for parser-inserted markup before the parser runs a
 *    script.
 *
 * `ran(category, service)` hears of scripts that load from a declared host while it is allowed.
 */
export function installAutoBlock(rules: HostRule[], allowed: Allowed, ran: (category: string, service: string) => void): (node: Node) => void {
  const E = Element.prototype;
  const innerHTML = Object.getOwnPropertyDescriptor(E, 'innerHTML')!;

  /**
   * Holds `el` when `url` (the value of its attribute `name`, or with no name one it already has) points at a host
   * whose service is not allowed: it becomes gated markup, so nothing is fetched and the markup engine releases it once
   * allowed. Returns true when the value of `name` must not be set.
   */
  function hold(el: HTMLElement, url: unknown, name?: string): boolean | void {
    const rule = !el.hasAttribute(MARK) && ruleFor(rules, url);
    if (!rule) return;
    const [, , category, service] = rule;
    const script = el.localName === 'script';
    if (allowed(category, service)) return script && ran(category, service);
    Object.assign(el.dataset, { consent: category, service });
    if (script) {
      // A text/plain script keeps its src: it is neither fetched nor run. Its own type waits in data-type (unless it
      // is already held: its src set again).
      const type = el.getAttribute('type');
      if (type && type !== 'text/plain') el.dataset.type = type;
      el.setAttribute('type', 'text/plain');
      return;
    }
    for (const attribute of URL_ATTRIBUTES) {
      const value = el.getAttribute(attribute);
      if (value != null) {
        el.dataset[attribute] = value;
        el.removeAttribute(attribute);
      }
    }
    if (name) el.dataset[name] = url as string;
    // An iframe without a URL loads about:blank synchronously, which costs Chromium ~3× a navigation; an empty
    // srcdoc navigates later, like a URL would, and fetches nothing. Released with the URL.
    if (el.localName === 'iframe') el.setAttribute('srcdoc', trusted('createHTML', ''));
    return true;
  }

  /** An element about to be connected (or just parsed). */
  const check = (el: HTMLElement) =>
    TAGS.test(el.localName) && el.getAttribute('type') !== 'text/plain' &&
    (hold(el, el.getAttribute('src')) || hold(el, el.getAttribute('srcset')));

  const scan = (node: Node): void => {
    if ((node as ParentNode)?.querySelectorAll) {
      if (node.nodeType === 1) check(node as HTMLElement);
      (node as ParentNode).querySelectorAll<HTMLElement>('script,iframe,img,source').forEach(check);
    }
  };

  /**
   * HTML for a sink: untouched unless it names a declared host whose service is not allowed now (a substring test keeps
   * the common case cheap).
   */
  function clean(value: unknown): unknown {
    const text = String(value).toLowerCase();
    if (!rules.some(([host, , category, service]) => text.includes(host) && !allowed(category, service))) return value;
    const template = document.createElement('template');
    innerHTML.set!.call(template, value);
    scan(template.content);
    const out = innerHTML.get!.call(template);
    // HTML the page passed as TrustedHTML goes back as TrustedHTML: the page's own, with blocked elements held.
    return typeof value === 'string' ? out : trusted('createHTML', out);
  }

  // 1. Attributes; the URL properties reflect them, so they take the same path.
  wrap(E, 'setAttribute setAttributeNS', (el: HTMLElement, args) => {
    const [name, value] = args.slice(-2) as [string, unknown];
    if (/^src(set)?$/i.test(name) && TAGS.test(el.localName) && hold(el, value, name.toLowerCase())) return [];
    return 0;
  });
  for (const C of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement, HTMLSourceElement]) {
    for (const name of URL_ATTRIBUTES) onSet(C.prototype, name, (el, value) => el.setAttribute(name, value));
  }
  // 2. Insertion into the document.
  const insertion = (self: Node, args: Node[]) => {
    if (self.isConnected) args.forEach(scan);
  };
  wrap(Node.prototype, 'appendChild insertBefore replaceChild', insertion);
  wrap(E, 'append prepend before after replaceWith insertAdjacentElement replaceChildren', insertion);
  wrap(CharacterData.prototype, 'before after replaceWith', insertion);
  wrap(Document.prototype, 'importNode adoptNode', insertion);
  // 3. HTML sinks. Multiple arguments of document.write are cleaned one by one: the parser joins them as before.
  for (const proto of [E, ShadowRoot.prototype]) {
    for (const name of ['innerHTML', 'outerHTML']) onSet(proto, name, (_, value, set) => set(clean(value)));
  }
  const html = (_: unknown, args: unknown[]) => {
    args.forEach((value, i) => (args[i] = clean(value)));
  };
  wrap(E, 'setHTMLUnsafe insertAdjacentHTML', html);
  wrap(ShadowRoot.prototype, 'setHTMLUnsafe', html);
  wrap(Range.prototype, 'createContextualFragment', html);
  wrap(Document.prototype, 'write writeln', html);
  return scan;
}
