import type { LocalizedText } from '@assent/core';

/** A config text (a string, or strings by language) in `lang`, else the default language, else English, else any. */
export function localize(text: LocalizedText | undefined, lang: string, fallback?: string): string | undefined {
  if (text == null || typeof text === 'string') return text;
  return text[lang] ?? text[fallback || 'en'] ?? text.en ?? Object.values(text)[0];
}

/** Replaces `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
