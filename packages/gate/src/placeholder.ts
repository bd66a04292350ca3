// Loaded lazily (assent-placeholder.js beside assent.js), only when a page has a gated iframe or widget that is not
// allowed. Plain DOM in an open shadow root; styles through a constructable stylesheet (no style-src exception
// needed), with a nonce'd <style> where constructable stylesheets are missing.
import type { Consent } from '@assent/core';
import { resolveLanguage, RTL_LANGUAGES } from '@assent/core';
import { PLACEHOLDER_TEXTS, type PlaceholderTextKey } from './placeholder-texts';
import { MARK } from './shared';

/** What a placeholder needs from gating. */
export interface PlaceholderHost {
  consent: Consent;
  /** Nonce for the fallback `<style>` under a strict CSP. */
  nonce?: string;
  /** Categories (`cat/`) and services (`cat/svc`) allowed for this page view only. */
  once: Set<string>;
  /** Releases what is allowed now, and `force` in any case. */
  activate(force?: Element): void;
}

/** Theming: custom properties on the host element (`[data-assent-placeholder]`) and `::part(placeholder|button)`. */
const CSS = `:host{all:initial;box-sizing:border-box;display:block;max-width:100%;overflow:auto;container-type:inline-size;
--fg:var(--assent-placeholder-color,#1f2328);--bg:var(--assent-placeholder-background,#eceef1);
--accent:var(--assent-placeholder-accent,#1d4ed8);--on-accent:var(--assent-placeholder-on-accent,#fff);
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
border-radius:var(--assent-placeholder-radius,8px)}
@media (prefers-color-scheme:dark){:host(:not([data-theme=light])){--fg:var(--assent-placeholder-color,#e8eaed);
--bg:var(--assent-placeholder-background,#26292e);--accent:var(--assent-placeholder-accent,#8ab4f8);--on-accent:var(--assent-placeholder-on-accent,#111)}}
:host([data-theme=dark]){--fg:var(--assent-placeholder-color,#e8eaed);--bg:var(--assent-placeholder-background,#26292e);
--accent:var(--assent-placeholder-accent,#8ab4f8);--on-accent:var(--assent-placeholder-on-accent,#111)}
section{box-sizing:border-box;height:100%;display:flex;flex-direction:column;justify-content:center;align-items:center;
gap:8px;padding:16px;text-align:center}
p{margin:0;max-width:60ch}.title{font-weight:600}.name{font-size:.9em;opacity:.85}
div{display:flex;flex-wrap:wrap;justify-content:center;gap:8px;margin-top:4px}
button{font:inherit;cursor:pointer;min-height:36px;padding:6px 14px;border-radius:6px;border:1px solid var(--accent);
background:transparent;color:var(--accent)}button.primary{background:var(--accent);color:var(--on-accent)}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
@container (max-width:380px){.text{display:none}}`;

let sheet: CSSStyleSheet | undefined;
/** Placeholders shown, by gated element: the function that removes each. */
const shown = new WeakMap<Element, () => void>();
/** Removes a placeholder as soon as its element is activated (however that happens). */
const activation = new MutationObserver((records) => records.forEach((record) => shown.get(record.target as Element)?.()));

type Texts = Record<PlaceholderTextKey, string>;

/** A config text (one string, or strings by language) in `lang`. */
function localize(text: unknown, lang: string, fallback: string): string | undefined {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') {
    const byLang = text as Record<string, string>;
    return byLang[lang] ?? byLang[lang.split('-')[0]!] ?? byLang[fallback] ?? Object.values(byLang)[0];
  }
  return undefined;
}

/**
 * Shows a click-to-load placeholder for a gated iframe (in its place, same box: its measured size, margins and
 * display, so nothing moves when it loads) or widget (inside the container, e.g. `<blockquote class="twitter-tweet"
 * data-consent="social">`), once per element, until the element is activated. It names the provider and category,
 * and offers "Load this once" and "Always allow <category>".
 */
export function showPlaceholder(el: HTMLElement, host: PlaceholderHost): void {
  if (shown.has(el) || el.hasAttribute(MARK)) return;
  const { consent } = host;
  const config = consent.config;
  const category = el.getAttribute('data-consent')!;
  const service = el.getAttribute('data-service') || '';
  const lang = resolveLanguage(config);
  const fallback = config.defaultLanguage || 'en';
  const texts: Texts = { ...PLACEHOLDER_TEXTS.en!, ...PLACEHOLDER_TEXTS[lang.split('-')[0]!] };
  const overrides = config.texts?.[lang] || {};
  for (const key in texts) if (typeof overrides[key] === 'string') texts[key as PlaceholderTextKey] = overrides[key]!;

  const categorySpec = config.categories[category];
  const spec = categorySpec?.services?.[service] || {};
  let source = '';
  try {
    source = new URL(el.getAttribute('data-src') || '', document.baseURI).hostname;
  } catch {
    // No URL: named by service or category.
  }
  const vars: Record<string, string> = {
    category: localize(categorySpec?.label, lang, fallback) || category,
    provider: localize(spec.provider, lang, fallback) || localize(spec.label, lang, fallback) || service || source || category,
  };
  const fill = (key: PlaceholderTextKey) => texts[key].replace(/\{(provider|category)\}/g, (_, name: string) => vars[name]!);

  const box = document.createElement('div');
  box.setAttribute('data-assent-placeholder', '');
  box.setAttribute('data-theme', config.ui?.theme || 'auto');
  const root = box.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.nonce = host.nonce || '';
    style.textContent = CSS;
    (root as ShadowRoot).append(style);
  }
  const node = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const n = document.createElement(tag);
    if (text) n.textContent = text;
    if (className) n.className = className;
    return n;
  };
  const section = node('section');
  section.setAttribute('part', 'placeholder');
  section.setAttribute('aria-labelledby', 'title');
  section.lang = lang;
  section.dir = RTL_LANGUAGES.includes(lang.split('-')[0]!) ? 'rtl' : 'ltr';
  const title = node('p', fill('placeholderTitle'), 'title');
  title.id = 'title';
  // The embed's own name (an iframe's title) tells two embeds of one provider apart, for everyone.
  const name = node('p', el.title || el.getAttribute('aria-label') || '', 'name');
  name.id = 'name';
  if (name.textContent) section.setAttribute('aria-labelledby', 'title name');
  const actions = node('div');
  const button = (key: PlaceholderTextKey, action: () => void, className?: string) => {
    const b = node('button', fill(key), className);
    b.type = 'button';
    b.setAttribute('part', 'button');
    b.addEventListener('click', action);
    actions.append(b);
  };
  button('placeholderLoadOnce', () => {
    // A widget needs its whole service for this page view (its script, the frames that script adds); an iframe
    // needs only itself.
    if (!el.matches('iframe')) host.once.add(category + '/' + service);
    host.activate(el);
  });
  button('placeholderAllow', () => {
    consent.set({ [category]: true }).catch(() => undefined);
  }, 'primary');
  section.append(title, ...(name.textContent ? [name] : []), node('p', fill('placeholderText'), 'text'), actions);
  root.append(section);

  const inside = el.localName !== 'iframe';
  const display = el.style.display;
  if (inside) el.append(box);
  else {
    // The iframe's own box, measured, with its margins and display: when it loads in its place nothing moves.
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const width = rect.width || Number(el.getAttribute('width')) || 300;
    const height = rect.height || Number(el.getAttribute('height')) || 150;
    Object.assign(box.style, {
      width: width + 'px',
      aspectRatio: `${width} / ${height}`,
      margin: style.margin,
      display: style.display === 'inline' ? 'inline-block' : style.display,
      verticalAlign: style.verticalAlign,
      cssFloat: style.cssFloat,
    });
    el.style.display = 'none';
    el.before(box);
  }
  shown.set(el, () => {
    const focused = !!root.activeElement;
    box.remove();
    if (!inside) el.style.display = display;
    // Keyboard users continue where the content appeared, not at the top of the page.
    if (focused) el.focus({ preventScroll: true });
  });
  activation.observe(el, { attributeFilter: [MARK] });
}
