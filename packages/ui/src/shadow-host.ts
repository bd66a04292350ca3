/**
 * Adds a stylesheet to a shadow root: a constructable stylesheet (`adoptedStyleSheets`), which a strict CSP without
 * `'unsafe-inline'` allows, or a `<style nonce>` where constructable sheets are missing.
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
}

/** Creates an element with an open shadow root styled by `css`. */
export function shadowHost(tag: string, css: string, nonce?: string): [HTMLElement, ShadowRoot] {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, css, nonce);
  return [host, root];
}
