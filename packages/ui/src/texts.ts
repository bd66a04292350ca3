import type { AssentConfig } from '@assent/core';
import { EN_BANNER, type Texts } from './texts-en';

/**
 * A built-in language as shipped: the build packs each file into the array of its texts in the key order of the
 * English texts, first layer then preferences (rollup.config.mjs, `langPack`); the source (and tests) import the
 * typed object itself.
 */
export type LanguagePack = Texts | string[];

/** The built-in translations besides English, each its own file (`assent-lang-<code>.js` beside the UI bundle). */
const LANGUAGES: Record<string, () => Promise<{ default: LanguagePack }>> = {
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

/** The texts of `keys` in a language pack; `offset` skips the keys of the first layer (for the preferences). */
export const unpack = (pack: LanguagePack | undefined, keys: string[], offset = 0): Partial<Texts> =>
  Array.isArray(pack) ? Object.fromEntries(keys.map((k, i) => [k, pack[offset + i]])) : pack || {};

/**
 * The texts in `lang`: English, then the built-in translation, then the config's overrides for that language.
 * Only the visitor's language is downloaded. If it cannot be, the UI speaks English (and says so with `lang`).
 * size: the English texts of the preferences are not here but in their chunk, which also unpacks the rest of the
 * language pack (`pack`).
 */
export async function loadTexts(config: AssentConfig, lang: string): Promise<{ texts: Texts; lang: string; pack?: LanguagePack }> {
  let pack: LanguagePack | undefined;
  try {
    pack = (await LANGUAGES[lang]?.())?.default;
  } catch {
    lang = config.texts?.[lang] ? lang : 'en';
  }
  return { texts: { ...EN_BANNER, ...unpack(pack, Object.keys(EN_BANNER)), ...config.texts?.[lang] } as Texts, lang, pack };
}
