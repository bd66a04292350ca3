// Maps the config and the visitor's draft to what the preferences list, and applies the visitor's switches to the
// draft. Pure functions, unit-tested without a DOM.
import type { AssentConfig, CookieDeclaration } from '@assent/core';
import type { Draft } from './draft';
import { safeUrl } from './rich-text';
import { localize } from './localize';
import type { Texts } from './texts-en';

export interface ServiceView {
  name: string;
  label: string;
  provider?: string;
  purpose?: string;
  privacyPolicy?: string;
  cookies: Array<{ name: string; purpose?: string; duration?: string }>;
  on: boolean;
}

export interface CategoryView {
  name: string;
  label: string;
  description?: string;
  on: boolean;
  /** Some services on, some off. */
  mixed: boolean;
  /** `necessary`: always on, cannot be switched. */
  locked: boolean;
  services: ServiceView[];
}

const cookieView = (c: CookieDeclaration, lang: string, fallback?: string) =>
  typeof c === 'string'
    ? { name: c }
    : { name: c.name, purpose: localize(c.purpose, lang, fallback), duration: localize(c.duration, lang, fallback) };

/** The categories as the preferences list them: `necessary` first, labels and descriptions in `lang`. */
export function categoryViews(config: AssentConfig, draft: Draft, texts: Texts, lang: string): CategoryView[] {
  const fallback = config.defaultLanguage;
  const names = ['necessary', ...Object.keys(config.categories).filter((c) => c !== 'necessary')];
  return names.map((name) => {
    const cat = config.categories[name] || {};
    const locked = name === 'necessary';
    const services = Object.entries(cat.services || {}).map(([s, svc]): ServiceView => ({
      name: s,
      label: localize(svc.label, lang, fallback) || s,
      provider: localize(svc.provider, lang, fallback),
      purpose: localize(svc.purpose, lang, fallback),
      privacyPolicy: safeUrl(svc.privacyPolicy),
      cookies: (svc.cookies || []).map((c) => cookieView(c, lang, fallback)),
      on: locked || !!draft.services[name]?.[s],
    }));
    const on = locked || !!draft.categories[name];
    return {
      name,
      label: localize(cat.label, lang, fallback) || (texts as Record<string, string>)[name + 'Label'] || name,
      description: localize(cat.description, lang, fallback) || (texts as Record<string, string>)[name + 'Description'],
      on,
      mixed: !on && services.some((s) => s.on),
      locked,
      services,
    };
  });
}
