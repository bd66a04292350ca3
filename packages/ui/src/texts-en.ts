import type { EN_PREFERENCES } from './texts-en-preferences';

/**
 * The English texts of the first layer, built into the UI bundle. Every key can be overridden per language in the
 * config (`texts: { en: { bannerTitle: "…" } }`); the other built-in languages live in `lang/<code>.ts` (all keys).
 * Rich text (`[label](https://url)` becomes a link): `bannerDescription`, `optOutDescription`, `noticeDescription`,
 * `gpcHonoured` and `preferencesDescription`; every other text is plain.
 */
export const EN_BANNER = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'We value your privacy',
  bannerDescription:
    'We use cookies and similar technologies to run this site and, with your consent, for analytics and personalised content and ads. You can change your choice at any time.',
  optOutTitle: 'Your privacy choices',
  optOutDescription:
    'We use cookies for analytics and personalised ads, which may count as selling or sharing your personal information. You can opt out at any time.',
  noticeTitle: 'Cookies on this site',
  noticeDescription: 'This site uses cookies to work and to improve. You can change your choices at any time.',
  gpcTitle: 'Opt-out request honoured',
  gpcHonoured: 'Your Global Privacy Control signal was honoured: we do not sell or share your personal information.',
  gpcOptIn: 'Your browser sends a Global Privacy Control signal, so marketing stays off unless you switch it on.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  ok: 'OK',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  privacyPolicy: 'Privacy policy',
};

/** A text key. */
export type TextKey = keyof typeof EN_BANNER | keyof typeof EN_PREFERENCES;

/** A complete set of texts in one language. */
export type Texts = Record<TextKey, string>;
