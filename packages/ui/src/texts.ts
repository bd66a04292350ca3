import type { AssentConfig } from '@assent/core';
import { EN_BANNER, type Texts } from './texts-en';

/** The built-in translations besides English, each its own file (`assent-lang-<code>.js` beside the UI bundle). */
const LANGUAGES: Record<string, () => Promise<{ default: Partial<Texts> }>> = {
  de: () => import('./lang/de'),
  fr: () => import('./lang/fr'),
  es: () => import('./lang/es'),
  it: () => import('./lang/it'),
  nl: () => import('./lang/nl'),
  pt: () => import('./lang/pt'),
  pl: () => import('./lang/pl'),
  sv: () => import('./lang/sv'),
  da: () => import('./lang/da'),
  ar: () => import('./lang/ar'),
  he: () => import('./lang/he'),
};

/**
 * The texts in `lang`: English, then the built-in translation, then the config's overrides for that language.
 * Only the visitor's language is downloaded. If it cannot be, the UI speaks English (and says so with `lang`).
 * size: the English texts of the preferences are not here but in their chunk, which fills them in
 * (`withPreferenceTexts`); every other language file holds all keys.
 */
export async function loadTexts(config: AssentConfig, lang: string): Promise<{ texts: Texts; lang: string }> {
  let builtIn: Partial<Texts> = {};
  try {
    builtIn = LANGUAGES[lang] ? (await LANGUAGES[lang]!()).default : {};
  } catch {
    lang = config.texts?.[lang] ? lang : 'en';
  }
  return { texts: { ...EN_BANNER, ...builtIn, ...config.texts?.[lang] } as Texts, lang };
}
