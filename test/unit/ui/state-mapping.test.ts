import { describe, expect, it } from 'vitest';
import type { AssentConfig, ConsentState } from '@assent/core';
import { bannerKind, gpcHonoured, gpcObjection } from '../../../packages/ui/src/banner-state';
import { categoryViews } from '../../../packages/ui/src/category-views';
import { choicesFrom, draftFrom, setCategory, setService } from '../../../packages/ui/src/draft';
import { EN_BANNER } from '../../../packages/ui/src/texts-en';
import { EN_PREFERENCES } from '../../../packages/ui/src/texts-en-preferences';
import type { Texts } from '../../../packages/ui/src/texts-en';

const T = { ...EN_BANNER, ...EN_PREFERENCES } as Texts;
const CONFIG: AssentConfig = {
  revision: 1,
  defaultLanguage: 'fr',
  categories: {
    analytics: {
      label: { en: 'Stats', de: 'Statistik' },
      services: {
        ga: {
          label: 'Google Analytics', provider: { en: 'Google', fr: 'Google France' }, purpose: 'Counting',
          privacyPolicy: 'javascript:alert(1)',
          cookies: ['_gid', { name: '_ga', purpose: { en: 'Visitor ID', fr: 'Identifiant' }, duration: '2 years' }],
        },
        plausible: { privacyPolicy: 'https://plausible.io/privacy' },
      },
    },
    marketing: { description: 'Ads.' },
    custom: {},
  },
};

const state = (over: Partial<ConsentState> = {}): ConsentState => ({
  decided: false, revision: 1, regime: 'opt-in', gpc: false,
  categories: { necessary: true, analytics: false, marketing: false, custom: false },
  services: { necessary: {}, analytics: { ga: false, plausible: false }, marketing: {}, custom: {} },
  ...over,
});

describe('banner state', () => {
  it('the first layer follows the regime; the GPC notice once Assent honoured the signal in opt-out', () => {
    expect(bannerKind(state())).toBe('opt-in');
    expect(bannerKind(state({ regime: 'notice' }))).toBe('notice');
    expect(bannerKind(state({ regime: 'opt-out' }))).toBe('opt-out');
    expect(bannerKind(state({ regime: 'opt-out', gpc: true, decided: true, method: 'gpc' }))).toBe('gpc');
    expect(bannerKind(state({ regime: 'opt-out', gpc: true, decided: true, method: 'accept-all' }))).toBe('opt-out');
  });

  it('GPC: honoured in opt-out while sale/sharing is off; an objection in opt-in unless the config only records it', () => {
    expect(gpcHonoured(state({ regime: 'opt-out', gpc: true }))).toBe(true);
    expect(gpcHonoured(state({ regime: 'opt-out', gpc: true, categories: { marketing: true } }))).toBe(false);
    expect(gpcHonoured(state({ regime: 'opt-in', gpc: true }))).toBe(false);
    expect(gpcObjection(state({ gpc: true }), CONFIG)).toBe(true);
    expect(gpcObjection(state({ gpc: false }), CONFIG)).toBe(false);
    expect(gpcObjection(state({ gpc: true }), { ...CONFIG, gpc: { optIn: 'record' } })).toBe(false);
    expect(gpcObjection(state({ gpc: true }), { revision: 1, categories: { analytics: {} } })).toBe(false);
  });
});

describe('draft: the switches and the choices they make', () => {
  it('a category switch sets all its services; a service switch sets its category when all agree', () => {
    const draft = draftFrom(state());
    setService(draft, 'analytics', 'ga', true);
    expect(draft.categories.analytics).toBe(false);
    setService(draft, 'analytics', 'plausible', true);
    expect(draft.categories.analytics).toBe(true);
    setCategory(draft, 'analytics', false);
    expect(draft.services.analytics).toEqual({ ga: false, plausible: false });
    setCategory(draft, 'marketing', true);
    expect(draft.categories.marketing).toBe(true);
  });

  it('the draft is a copy: editing it leaves the state alone', () => {
    const s = state();
    const draft = draftFrom(s);
    setCategory(draft, 'analytics', true);
    expect(s.categories.analytics).toBe(false);
    expect(s.services.analytics!.ga).toBe(false);
  });

  it('choices name every category but necessary, with the services of those that have any', () => {
    const draft = draftFrom(state());
    setService(draft, 'analytics', 'ga', true);
    setCategory(draft, 'custom', true);
    expect(choicesFrom(draft)).toEqual({ analytics: false, marketing: false, custom: true, services: { analytics: { ga: true, plausible: false } } });
  });
});

describe('categoryViews: what the preferences list', () => {
  it('necessary first and locked; labels from the config in the language, else the translated defaults, else the name', () => {
    const draft = draftFrom(state());
    setService(draft, 'analytics', 'ga', true);
    const views = categoryViews(CONFIG, draft, T, 'de');
    expect(views.map((v) => [v.name, v.label, v.description, v.on, v.mixed, v.locked])).toEqual([
      ['necessary', 'Necessary', T.necessaryDescription, true, false, true],
      ['analytics', 'Statistik', T.analyticsDescription, false, true, false],
      ['marketing', 'Marketing', 'Ads.', false, false, false],
      ['custom', 'custom', undefined, false, false, false],
    ]);
  });

  it('services: label, provider and cookie texts in the language (else defaultLanguage), unsafe privacy links dropped', () => {
    const [, analytics] = categoryViews(CONFIG, draftFrom(state()), T, 'de');
    expect(analytics!.services).toEqual([
      {
        name: 'ga', label: 'Google Analytics', provider: 'Google France', purpose: 'Counting', privacyPolicy: undefined, on: false,
        cookies: [{ name: '_gid' }, { name: '_ga', purpose: 'Identifiant', duration: '2 years' }],
      },
      { name: 'plausible', label: 'plausible', provider: undefined, purpose: undefined, privacyPolicy: 'https://plausible.io/privacy', cookies: [], on: false },
    ]);
  });
});
