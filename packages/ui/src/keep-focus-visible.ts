/** Where the banner sits: against the top or bottom edge of the viewport, or floating (centred). */
export type Edge = 'top' | 'bottom' | undefined;

/**
 * Keeps a fixed banner from hiding the focused page element (WCAG 2.2 SC 2.4.11) without shifting the page:
 * - against the bottom edge: `scroll-padding-bottom` on `<html>` and extra `padding-bottom` on `<body>` equal to the
 *   banner's height (the page gains room at its end; nothing visible moves);
 * - against the top edge: `scroll-padding-top`, and the matching `padding-top` only once a covered element gets
 *   focus (a shift right after the visitor's key press does not count as layout shift);
 * - floating: `onCovered()` (the centred banner docks to a corner).
 * Returns `refresh` (call after the banner changed) and `release` (restores the page's own styles).
 */
export function keepFocusVisible(banner: () => Element, edge: () => Edge, onCovered: () => void) {
  const html = document.documentElement.style;
  const body = document.body.style;
  const saved = [html.scrollPaddingTop, html.scrollPaddingBottom, body.paddingTop, body.paddingBottom] as const;
  const { paddingTop, paddingBottom } = getComputedStyle(document.body);
  let padTop = false;

  const refresh = () => {
    const r = banner().getBoundingClientRect();
    const e = edge();
    // Whole pixels, plus room for the focus outline around the element.
    const size = Math.ceil(e === 'top' ? r.bottom : innerHeight - r.top) + 8 + 'px';
    html.scrollPaddingTop = e === 'top' ? size : saved[0];
    html.scrollPaddingBottom = e === 'bottom' ? size : saved[1];
    body.paddingTop = e === 'top' && padTop ? `calc(${paddingTop} + ${size})` : saved[2];
    body.paddingBottom = e === 'bottom' ? `calc(${paddingBottom} + ${size})` : saved[3];
  };

  const onFocus = ({ target }: FocusEvent) => {
    const b = banner().getBoundingClientRect();
    // Focus inside the UI's shadow root is retargeted to its host: not a page element.
    const a = target !== (banner().getRootNode() as ShadowRoot).host && (target as Element).getBoundingClientRect?.();
    if (a && a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right) {
      if (edge() === 'top') padTop = true;
      else if (!edge()) onCovered();
      refresh();
      (target as Element).scrollIntoView({ block: 'nearest' });
    }
  };

  // The banner's height changes with the viewport's width, the zoom and the text.
  const observer = new ResizeObserver(refresh);
  observer.observe(banner());
  document.addEventListener('focusin', onFocus);
  return {
    refresh,
    release() {
      observer.disconnect();
      document.removeEventListener('focusin', onFocus);
      [html.scrollPaddingTop, html.scrollPaddingBottom, body.paddingTop, body.paddingBottom] = saved;
    },
  };
}
