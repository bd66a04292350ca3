import type { AssentConfig } from './types';

/** Languages the UI ships translations for. */
export const BUILT_IN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'ar', 'he'];

/** Languages written right to left. */
export const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

/**
 * The language to speak: the configured one, or with `auto` the page's `<html lang>`, then the browser's languages,
 * then `defaultLanguage`; each matched exactly, then by its primary subtag, against the built-in languages and those
 * the config has texts for.
 */
export function resolveLanguage(config: AssentConfig): string {
  const available = [...BUILT_IN_LANGUAGES, ...Object.keys(config.texts || {})].map((l) => l.toLowerCase());
  const wanted = config.language && config.language !== 'auto'
    ? [config.language]
    : [document.documentElement.lang, ...(navigator.languages || [navigator.language])];
  for (const raw of wanted) {
    const lang = (raw || '').toLowerCase();
    for (const candidate of [lang, lang.split('-')[0]!]) if (candidate && available.includes(candidate)) return candidate;
  }
  return (config.defaultLanguage || 'en').toLowerCase();
}
