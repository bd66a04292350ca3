import type { Texts } from '../texts-en';

/** Swedish. */
export default {
  bannerLabel: 'Samtycke till kakor',
  bannerTitle: 'Vi värnar om din integritet',
  bannerDescription:
    'Vi använder kakor och liknande tekniker för att webbplatsen ska fungera och, med ditt samtycke, för statistik och anpassat innehåll och annonser. Du kan ändra ditt val när som helst.',
  optOutTitle: 'Dina integritetsval',
  optOutDescription:
    'Vi använder kakor för statistik och anpassade annonser, vilket kan räknas som försäljning eller delning av dina personuppgifter. Du kan avböja när som helst.',
  noticeTitle: 'Kakor på webbplatsen',
  noticeDescription: 'Webbplatsen använder kakor för att fungera och bli bättre. Du kan ändra dina val när som helst.',
  gpcTitle: 'Din invändning har respekterats',
  gpcHonoured: 'Din Global Privacy Control-signal har respekterats: vi säljer eller delar inte dina personuppgifter.',
  gpcExplanation:
    'Din webbläsare bad oss att inte sälja eller dela dina personuppgifter, därför är marknadsföring avstängd. Du kan ändå slå på den.',
  gpcOptIn: 'Din webbläsare skickar en Global Privacy Control-signal, så marknadsföring förblir avstängd om du inte själv slår på den.',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  manage: 'Hantera inställningar',
  ok: 'OK',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  privacyPolicy: 'Integritetspolicy',
  preferencesTitle: 'Integritetsinställningar',
  preferencesDescription:
    'Välj vilka kakor webbplatsen får använda. Nödvändiga är alltid på, eftersom webbplatsen inte fungerar utan dem.',
  save: 'Spara inställningar',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  saleSharing: 'Omfattar försäljning eller delning av personuppgifter',
  reloadNote: 'Om du stänger av en kategori som redan används ({categories}) laddas sidan om.',
  provider: 'Leverantör',
  purpose: 'Syfte',
  cookies: 'Kakor',
  cookieName: 'Namn',
  duration: 'Lagringstid',
  consentId: 'Samtyckes-ID',
  decidedAt: 'Valt den',
  download: 'Ladda ned mitt samtyckesunderlag',
  necessaryLabel: 'Nödvändiga',
  necessaryDescription:
    'Krävs för att webbplatsen ska fungera, till exempel för att hålla dig inloggad och spara det här valet.',
  functionalLabel: 'Funktionella',
  functionalDescription: 'Kommer ihåg inställningar som ditt språk och möjliggör extra funktioner.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
  marketingLabel: 'Marknadsföring',
  marketingDescription: 'Visar relevanta annonser här och på andra ställen och mäter hur bra de fungerar.',
  socialLabel: 'Sociala medier och inbäddat innehåll',
  socialDescription: 'Visar videor, kartor och inlägg från andra webbplatser, som kan spåra dig.',
} satisfies Texts;
