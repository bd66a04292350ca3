// `[label](url)`; the URL may hold one level of balanced parentheses, as in Markdown.
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

/**
 * The URL if it is safe for a link in visitor-facing text: http(s), or relative to the page (which resolves to
 * the page's own scheme). `javascript:`, `data:` and every other scheme give `undefined`.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return /^https?:$/.test(new URL(url, location.href).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a rich-text field into text and links: `[label](url)` becomes `link(href, label)` for a safe URL, and
 * its bare label otherwise. Nothing else is interpreted, so no markup from the config ever reaches the DOM.
 * `link` builds the element (the banner builds DOM, the preferences Preact nodes).
 */
export function richText<T>(text: string, link: (href: string, label: string) => T): Array<string | T> {
  const out: Array<string | T> = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const href = safeUrl(m[2]);
    out.push(text.slice(last, m.index), href ? link(href, m[1]!) : m[1]!);
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
