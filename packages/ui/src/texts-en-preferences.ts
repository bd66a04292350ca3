/**
 * The English texts of the preferences: they ship in the preferences chunk, loaded only when opened.
 * `<category>Label` / `<category>Description` are the defaults for the conventional categories.
 */
export const EN_PREFERENCES = {
  gpcExplanation:
    'Your browser asked us not to sell or share your personal information, so marketing is off. You can still switch it on.',
  preferencesTitle: 'Privacy preferences',
  preferencesDescription:
    'Choose which cookies this site may use. Necessary ones are always on, because the site cannot work without them.',
  save: 'Save preferences',
  close: 'Close',
  alwaysOn: 'Always on',
  saleSharing: 'Includes selling or sharing personal information',
  reloadNote: 'Switching off a category already in use ({categories}) reloads the page.',
  provider: 'Provider',
  purpose: 'Purpose',
  cookies: 'Cookies',
  cookieName: 'Name',
  duration: 'Duration',
  consentId: 'Consent ID',
  decidedAt: 'Decided on',
  download: 'Download my consent record',
  necessaryLabel: 'Necessary',
  necessaryDescription: 'Needed for the site to work, such as keeping you signed in and saving this choice.',
  functionalLabel: 'Functional',
  functionalDescription: 'Remember settings such as your language and enable extra features.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Help us understand how the site is used, so we can improve it.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Show you relevant ads here and elsewhere, and measure how well they work.',
  socialLabel: 'Social media and embeds',
  socialDescription: 'Show videos, maps and posts from other sites, which may track you.',
};
