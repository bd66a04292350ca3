import type { Texts } from '../texts-en';

/** Dutch. */
export default {
  bannerLabel: 'Cookietoestemming',
  bannerTitle: 'Wij respecteren je privacy',
  bannerDescription:
    'We gebruiken cookies en vergelijkbare technieken om deze site te laten werken en, met je toestemming, voor statistieken en gepersonaliseerde inhoud en advertenties. Je kunt je keuze altijd wijzigen.',
  optOutTitle: 'Je privacykeuzes',
  optOutDescription:
    'We gebruiken cookies voor statistieken en gepersonaliseerde advertenties. Dat kan gelden als het verkopen of delen van je persoonsgegevens. Je kunt je altijd afmelden.',
  noticeTitle: 'Cookies op deze site',
  noticeDescription: 'Deze site gebruikt cookies om te werken en beter te worden. Je kunt je keuzes altijd wijzigen.',
  gpcTitle: 'Bezwaar gerespecteerd',
  gpcHonoured: 'Je Global Privacy Control-signaal is gerespecteerd: we verkopen of delen je persoonsgegevens niet.',
  gpcExplanation:
    'Je browser heeft ons gevraagd je persoonsgegevens niet te verkopen of te delen, daarom staat marketing uit. Je kunt het toch aanzetten.',
  gpcOptIn: 'Je browser stuurt een Global Privacy Control-signaal, dus marketing blijft uit tenzij je het zelf aanzet.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  manage: 'Voorkeuren beheren',
  ok: 'OK',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  privacyPolicy: 'Privacybeleid',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesDescription:
    'Kies welke cookies deze site mag gebruiken. Noodzakelijke staan altijd aan, omdat de site zonder niet werkt.',
  save: 'Voorkeuren opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  saleSharing: 'Omvat het verkopen of delen van persoonsgegevens',
  reloadNote: 'Een categorie uitzetten die al actief is ({categories}) laadt de pagina opnieuw.',
  provider: 'Aanbieder',
  purpose: 'Doel',
  cookies: 'Cookies',
  cookieName: 'Naam',
  duration: 'Bewaartermijn',
  consentId: 'Toestemmings-ID',
  decidedAt: 'Gekozen op',
  download: 'Mijn toestemmingsgegevens downloaden',
  necessaryLabel: 'Noodzakelijk',
  necessaryDescription:
    'Nodig om de site te laten werken, bijvoorbeeld om je ingelogd te houden en deze keuze te onthouden.',
  functionalLabel: 'Functioneel',
  functionalDescription: 'Onthouden instellingen zoals je taal en maken extra functies mogelijk.',
  analyticsLabel: 'Statistieken',
  analyticsDescription: 'Helpen ons te begrijpen hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Tonen je relevante advertenties hier en elders, en meten hoe goed ze werken.',
  socialLabel: 'Sociale media en ingesloten inhoud',
  socialDescription: 'Tonen video’s, kaarten en berichten van andere sites, die je kunnen volgen.',
} satisfies Texts;
