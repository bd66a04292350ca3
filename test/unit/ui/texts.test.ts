/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { AssentConfig } from '@assent/core';
import { loadTexts } from '../../../packages/ui/src/texts';
import { fill, localize } from '../../../packages/ui/src/localize';
import { EN_BANNER } from '../../../packages/ui/src/texts-en';
import { EN_PREFERENCES } from '../../../packages/ui/src/texts-en-preferences';

const config = (extra: Partial<AssentConfig> = {}): AssentConfig => ({ revision: 1, categories: { analytics: {} }, ...extra });

describe('loadTexts: English, then the built-in language, then the config overrides', () => {
  it('English needs no download and is the base', async () => {
    const { texts, lang } = await loadTexts(config(), 'en');
    expect(lang).toBe('en');
    expect(texts.acceptAll).toBe('Accept all');
    expect(texts.rejectAll).toBe('Reject all');
    expect(texts.manage).toBe('Manage preferences');
  });

  it('a built-in language replaces every text; config texts of that language override single keys', async () => {
    const { texts, lang } = await loadTexts(config({ texts: { de: { bannerTitle: 'Cookies bei Acme' }, en: { acceptAll: 'Sure' } } }), 'de');
    expect(lang).toBe('de');
    expect(texts.bannerTitle).toBe('Cookies bei Acme');
    expect(texts.acceptAll).toBe('Alle akzeptieren');
    expect(texts.save).toBe('Einstellungen speichern');
  });

  it('a language only the config knows: its texts over English', async () => {
    const { texts, lang } = await loadTexts(config({ texts: { ja: { acceptAll: 'すべて同意' } } }), 'ja');
    expect(lang).toBe('ja');
    expect(texts.acceptAll).toBe('すべて同意');
    expect(texts.rejectAll).toBe('Reject all');
  });
});

describe('localize and fill', () => {
  it('picks the language, then the default language, then English, then any', () => {
    expect(localize('Plain', 'de')).toBe('Plain');
    expect(localize(undefined, 'de')).toBeUndefined();
    expect(localize({ en: 'Stats', de: 'Statistik' }, 'de')).toBe('Statistik');
    expect(localize({ en: 'Stats', fr: 'Stats FR' }, 'de', 'fr')).toBe('Stats FR');
    expect(localize({ en: 'Stats', fr: 'Stats FR' }, 'de')).toBe('Stats');
    expect(localize({ it: 'Statistiche' }, 'de')).toBe('Statistiche');
  });

  it('fills {placeholders} and leaves unknown ones', () => {
    expect(fill('Switching off {categories} reloads {page}', { categories: 'Analytics, Marketing' })).toBe('Switching off Analytics, Marketing reloads {page}');
  });
});

describe('the built-in translations', () => {
  const EN: Record<string, string> = { ...EN_BANNER, ...EN_PREFERENCES };
  const keys = Object.keys(EN).sort();
  const files = import.meta.glob('../../../packages/ui/src/lang/*.ts', { eager: true, import: 'default' }) as Record<string, Record<string, string>>;
  const langs = Object.fromEntries(Object.entries(files).map(([path, texts]) => [path.match(/(\w+)\.ts$/)![1]!, texts]));

  it('cover de fr es it nl pt pl sv da ar he', () => {
    expect(Object.keys(langs).sort()).toEqual(['ar', 'da', 'de', 'es', 'fr', 'he', 'it', 'nl', 'pl', 'pt', 'sv']);
  });

  for (const [lang, texts] of Object.entries(langs)) {
    it(`${lang}: every key, non-empty, placeholders and link syntax kept, translated`, () => {
      expect(Object.keys(texts).sort()).toEqual(keys);
      for (const key of keys) {
        expect(texts[key]!.trim().length, key).toBeGreaterThan(0);
        expect(texts[key]!.match(/\{\w+\}/g), key).toEqual(EN[key]!.match(/\{\w+\}/g));
      }
      // The long texts are not left in English.
      for (const key of ['bannerDescription', 'preferencesDescription', 'doNotSell', 'gpcHonoured'] as const) {
        expect(texts[key], key).not.toBe(EN[key]);
      }
    });
  }
});
