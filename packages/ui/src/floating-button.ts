// assent-button.js: the floating button that reopens the preferences. Returning visitors never download the UI
// bundle, so this is plain DOM (no Preact) in its own tiny chunk; assent.js loads it when the page is idle.
import { resolveLanguage, type Consent } from '@assent/core';

/** The default label in each built-in language: the preferences' title (the other texts are the UI's). */
const LABELS: Record<string, string> = {
  en: 'Privacy preferences',
  de: 'Datenschutzeinstellungen',
  fr: 'Préférences de confidentialité',
  es: 'Preferencias de privacidad',
  it: 'Preferenze sulla privacy',
  nl: 'Privacyvoorkeuren',
  pt: 'Preferências de privacidade',
  pl: 'Ustawienia prywatności',
  sv: 'Integritetsinställningar',
  da: 'Privatlivsindstillinger',
  ar: 'تفضيلات الخصوصية',
  he: 'העדפות פרטיות',
};

// One neutral look for light and dark pages: a dark disc with a light ring; --assent-btn-bg/-fg retheme it.
const CSS = ':host{all:initial}button{position:fixed;z-index:2147483500;bottom:16px;left:16px;width:44px;height:44px;padding:9px;color:var(--assent-btn-fg,#fff);background:var(--assent-btn-bg,#1b1e23);border:2px solid #fff;border-radius:50%;box-shadow:0 2px 8px #0004;cursor:pointer}.r{left:auto;right:16px}:focus-visible{outline:2px solid var(--assent-focus,#1a5fd0);outline-offset:2px}svg{display:block;fill:none;stroke:currentColor;stroke-width:2}';

const svg = (tag: string, name: string, value: string) => {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  node.setAttribute(name, value);
  return node;
};

/**
 * Adds the floating button (once). Options: `ui.floatingButton: { position: 'bottom-left' | 'bottom-right',
 * label }`; its default label is translated (`texts.<lang>.floatingButton` overrides it too). It hides while the
 * banner is shown. Styled by a constructable stylesheet only: a browser without them gets no floating button
 * (`[data-assent-open]` links still open the preferences).
 */
export function mount(assent: Consent): void {
  if (document.querySelector('assent-button')) return;
  const { config } = assent;
  const options = typeof config.ui?.floatingButton === 'object' ? config.ui.floatingButton : {};
  const lang = resolveLanguage(config);
  const host = document.createElement('assent-button');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  if (options.position === 'bottom-right') button.className = 'r';
  // The title is both the tooltip and the accessible name of this icon-only button.
  const label = options.label;
  // A configured label in the page's language (a string is for every language), else the built-in one.
  button.title = (typeof label === 'string' ? label : label?.[lang]) || config.texts?.[lang]?.floatingButton || LABELS[lang] || LABELS.en!;
  // A shield with a check mark, built with DOM calls (no markup strings, so Trusted Types pages allow it too).
  const icon = svg('svg', 'viewBox', '0 0 24 24');
  icon.append(svg('path', 'd', 'M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6zm-3 9l2 2 4-4'));
  button.append(icon);
  button.addEventListener('click', () => assent.showPreferences(button));
  assent.on('ui', (shown) => {
    host.style.display = shown.banner ? 'none' : '';
  });
  root.append(button);
  document.body.append(host);
}
