import type { AssentConfig } from '@assent/core';

/** A config that uses every field, valid. */
export const FULL_CONFIG: AssentConfig = {
  revision: 3,
  categories: {
    necessary: { label: 'Essential', services: { session: { cookies: ['sid'] } } },
    analytics: {
      label: { en: 'Analytics', de: 'Statistik' },
      description: 'Counts visits.',
      services: {
        stats: { hosts: ['stats.tracker.example'], cookies: ['_st', '/^_st_/'], storage: ['st-id'] },
        ga4: {
          label: 'Google Analytics',
          provider: 'Google Ireland Ltd.',
          purpose: 'Statistics',
          privacyPolicy: 'https://policies.google.com/privacy',
          hosts: ['.google-analytics.com', 'www.googletagmanager.com'],
          cookies: [{ name: '/^_ga/', purpose: 'Visitor ID', duration: '2 years' }],
        },
      },
    },
    marketing: { services: { pixel: { hosts: ['pixel.example'] } } },
    social: {},
  },
  expiresAfterDays: 180,
  cookie: { name: 'consent', domain: '.example.com', path: '/', sameSite: 'Lax', secure: true },
  storage: { timeout: 500 },
  region: 'US-CA',
  regimes: { optIn: ['DE'], optOut: ['US-CA'], notice: ['JP'], default: 'opt-in' },
  gpc: { optIn: 'record' },
  doNotTrack: false,
  language: 'auto',
  defaultLanguage: 'en',
  texts: { de: { bannerTitle: 'Cookies' } },
  privacyPolicy: '/privacy',
  googleConsentMode: { waitForUpdate: 500, mapping: { analytics: ['analytics_storage'] }, adsDataRedaction: true },
  proof: { endpoint: 'https://example.com/consent', headers: { 'x-site': 'a' } },
  ui: { layout: 'box', theme: 'dark', floatingButton: { position: 'bottom-right' }, autoShow: true },
  gating: { blockNetwork: true, autoBlock: true, reloadOnWithdraw: false, placeholders: true },
  debug: false,
};

/** The minimal config of CONTRACT §3. */
export const CONTRACT_CONFIG: AssentConfig = {
  revision: 1,
  categories: {
    analytics: { services: { stats: { hosts: ['stats.tracker.example'], cookies: ['_st', '/^_st_/'] } } },
    marketing: { services: { ads: { hosts: ['ads.example'] } } },
  },
};
