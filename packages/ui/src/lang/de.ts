import type { Texts } from '../texts-en';

/** German. */
export default {
  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Wir respektieren Ihre Privatsphäre',
  bannerDescription:
    'Wir nutzen Cookies und ähnliche Technologien für den Betrieb der Website und, mit Ihrer Einwilligung, für Statistik und personalisierte Inhalte und Werbung. Sie können Ihre Auswahl jederzeit ändern.',
  optOutTitle: 'Ihre Datenschutzoptionen',
  optOutDescription:
    'Wir nutzen Cookies für Statistik und personalisierte Werbung. Das kann als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können jederzeit widersprechen.',
  noticeTitle: 'Cookies auf dieser Website',
  noticeDescription:
    'Diese Website nutzt Cookies, um zu funktionieren und besser zu werden. Sie können Ihre Auswahl jederzeit ändern.',
  gpcTitle: 'Widerspruch berücksichtigt',
  gpcHonoured:
    'Ihr Global-Privacy-Control-Signal wurde berücksichtigt: Wir verkaufen Ihre Daten nicht und geben sie nicht weiter.',
  gpcExplanation:
    'Ihr Browser bat uns, Ihre Daten nicht zu verkaufen oder weiterzugeben, daher ist Marketing aus. Sie können es trotzdem einschalten.',
  gpcOptIn:
    'Ihr Browser sendet ein Global-Privacy-Control-Signal: Marketing bleibt aus, bis Sie es selbst einschalten.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  manage: 'Einstellungen verwalten',
  ok: 'OK',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  privacyPolicy: 'Datenschutzerklärung',
  preferencesTitle: 'Datenschutzeinstellungen',
  preferencesDescription:
    'Wählen Sie, welche Cookies diese Website nutzen darf. Notwendige sind immer aktiv, da die Website sie braucht.',
  save: 'Einstellungen speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  saleSharing: 'Umfasst Verkauf oder Weitergabe personenbezogener Daten',
  reloadNote: 'Das Ausschalten einer bereits aktiven Kategorie ({categories}) lädt die Seite neu.',
  provider: 'Anbieter',
  purpose: 'Zweck',
  cookies: 'Cookies',
  cookieName: 'Name',
  duration: 'Speicherdauer',
  consentId: 'Einwilligungs-ID',
  decidedAt: 'Entschieden am',
  download: 'Meinen Einwilligungsnachweis herunterladen',
  necessaryLabel: 'Notwendig',
  necessaryDescription: 'Für den Betrieb nötig, etwa für die Anmeldung und das Speichern dieser Auswahl.',
  functionalLabel: 'Funktional',
  functionalDescription: 'Merken sich Einstellungen wie die Sprache und ermöglichen Zusatzfunktionen.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Zeigen uns, wie die Website genutzt wird, damit wir sie verbessern können.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Für passende Werbung hier und auf anderen Websites und die Messung ihres Erfolgs.',
  socialLabel: 'Soziale Medien und eingebettete Inhalte',
  socialDescription: 'Videos, Karten und Beiträge anderer Websites, die Sie verfolgen können.',
} satisfies Texts;
