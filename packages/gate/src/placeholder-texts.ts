/** Keys of the placeholder texts; a site overrides any of them per language in the config's `texts`. */
export type PlaceholderTextKey = 'placeholderTitle' | 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow';

/**
 * Built-in placeholder texts. `{provider}` is the service's provider (or label, or the embed's host) and `{category}`
 * the category's label.
 */
export const PLACEHOLDER_TEXTS: Record<string, Record<PlaceholderTextKey, string>> = {
  en: {
    placeholderTitle: 'Content from {provider}',
    placeholderText: 'This content is hidden because it needs your consent to “{category}”. Loading it lets {provider} set cookies and collect data about your visit.',
    placeholderLoadOnce: 'Load this once',
    placeholderAllow: 'Always allow {category}',
  },
  de: {
    placeholderTitle: 'Inhalt von {provider}',
    placeholderText: 'Dieser Inhalt ist ausgeblendet, da er Ihre Einwilligung für „{category}“ erfordert. Wenn Sie ihn laden, kann {provider} Cookies setzen und Daten über Ihren Besuch erheben.',
    placeholderLoadOnce: 'Einmal laden',
    placeholderAllow: '{category} immer erlauben',
  },
  fr: {
    placeholderTitle: 'Contenu de {provider}',
    placeholderText: 'Ce contenu est masqué car il nécessite votre consentement pour « {category} ». En le chargeant, vous permettez à {provider} de déposer des cookies et de collecter des données sur votre visite.',
    placeholderLoadOnce: 'Charger une fois',
    placeholderAllow: 'Toujours autoriser « {category} »',
  },
  es: {
    placeholderTitle: 'Contenido de {provider}',
    placeholderText: 'Este contenido está oculto porque requiere tu consentimiento para «{category}». Al cargarlo, {provider} puede instalar cookies y recopilar datos sobre tu visita.',
    placeholderLoadOnce: 'Cargar una vez',
    placeholderAllow: 'Permitir siempre «{category}»',
  },
  it: {
    placeholderTitle: 'Contenuto di {provider}',
    placeholderText: 'Questo contenuto è nascosto perché richiede il tuo consenso per «{category}». Caricandolo, {provider} può impostare cookie e raccogliere dati sulla tua visita.',
    placeholderLoadOnce: 'Carica una volta',
    placeholderAllow: 'Consenti sempre «{category}»',
  },
  nl: {
    placeholderTitle: 'Inhoud van {provider}',
    placeholderText: 'Deze inhoud is verborgen omdat er toestemming voor ‘{category}’ voor nodig is. Als je hem laadt, kan {provider} cookies plaatsen en gegevens over je bezoek verzamelen.',
    placeholderLoadOnce: 'Eén keer laden',
    placeholderAllow: '‘{category}’ altijd toestaan',
  },
  pt: {
    placeholderTitle: 'Conteúdo de {provider}',
    placeholderText: 'Este conteúdo está oculto porque requer o seu consentimento para «{category}». Ao carregá-lo, {provider} pode definir cookies e recolher dados sobre a sua visita.',
    placeholderLoadOnce: 'Carregar uma vez',
    placeholderAllow: 'Permitir sempre «{category}»',
  },
  pl: {
    placeholderTitle: 'Treść od {provider}',
    placeholderText: 'Ta treść jest ukryta, ponieważ wymaga Twojej zgody na „{category}”. Po jej wczytaniu {provider} może zapisywać pliki cookie i zbierać dane o Twojej wizycie.',
    placeholderLoadOnce: 'Wczytaj jednorazowo',
    placeholderAllow: 'Zawsze zezwalaj na „{category}”',
  },
  sv: {
    placeholderTitle: 'Innehåll från {provider}',
    placeholderText: 'Innehållet är dolt eftersom det kräver ditt samtycke till ”{category}”. Om du läser in det kan {provider} sätta cookies och samla in uppgifter om ditt besök.',
    placeholderLoadOnce: 'Läs in en gång',
    placeholderAllow: 'Tillåt alltid ”{category}”',
  },
  da: {
    placeholderTitle: 'Indhold fra {provider}',
    placeholderText: 'Indholdet er skjult, fordi det kræver dit samtykke til »{category}«. Hvis du indlæser det, kan {provider} sætte cookies og indsamle data om dit besøg.',
    placeholderLoadOnce: 'Indlæs én gang',
    placeholderAllow: 'Tillad altid »{category}«',
  },
  ar: {
    placeholderTitle: 'محتوى من {provider}',
    placeholderText: 'هذا المحتوى مخفي لأنه يتطلب موافقتك على «{category}». عند تحميله، يمكن لـ {provider} وضع ملفات تعريف الارتباط وجمع بيانات عن زيارتك.',
    placeholderLoadOnce: 'تحميل هذه المرة فقط',
    placeholderAllow: 'السماح دائمًا بـ «{category}»',
  },
  he: {
    placeholderTitle: 'תוכן מאת {provider}',
    placeholderText: 'התוכן מוסתר כי הוא דורש את הסכמתך ל„{category}”. טעינתו מאפשרת ל-{provider} לשמור קובצי Cookie ולאסוף נתונים על הביקור שלך.',
    placeholderLoadOnce: 'טעינה חד-פעמית',
    placeholderAllow: 'לאפשר תמיד את „{category}”',
  },
};
