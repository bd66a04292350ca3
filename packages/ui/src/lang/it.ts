import type { Texts } from '../texts-en';

/** Italian. */
export default {
  bannerLabel: 'Consenso ai cookie',
  bannerTitle: 'Rispettiamo la tua privacy',
  bannerDescription:
    'Utilizziamo cookie e tecnologie simili per far funzionare questo sito e, con il tuo consenso, per statistiche e contenuti e annunci personalizzati. Puoi modificare la tua scelta in qualsiasi momento.',
  optOutTitle: 'Le tue scelte sulla privacy',
  optOutDescription:
    'Utilizziamo cookie per statistiche e annunci personalizzati, il che può costituire una vendita o condivisione dei tuoi dati personali. Puoi opporti in qualsiasi momento.',
  noticeTitle: 'Cookie su questo sito',
  noticeDescription:
    'Questo sito utilizza cookie per funzionare e migliorare. Puoi modificare le tue scelte in qualsiasi momento.',
  gpcTitle: 'Richiesta di opposizione rispettata',
  gpcHonoured: 'Il tuo segnale Global Privacy Control è stato rispettato: non vendiamo né condividiamo i tuoi dati personali.',
  gpcExplanation:
    'Il tuo browser ci ha chiesto di non vendere né condividere i tuoi dati personali, quindi il marketing è disattivato. Puoi comunque attivarlo.',
  gpcOptIn: 'Il tuo browser invia un segnale Global Privacy Control, quindi il marketing resta disattivato finché non lo attivi tu.',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  manage: 'Gestisci preferenze',
  ok: 'OK',
  doNotSell: 'Non vendere o condividere i miei dati personali',
  privacyPolicy: 'Informativa sulla privacy',
  preferencesTitle: 'Preferenze sulla privacy',
  preferencesDescription:
    'Scegli quali cookie può utilizzare questo sito. Quelli necessari sono sempre attivi, perché senza di essi il sito non funziona.',
  save: 'Salva preferenze',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  saleSharing: 'Include la vendita o la condivisione di dati personali',
  reloadNote: 'Disattivare una categoria già in uso ({categories}) ricarica la pagina.',
  provider: 'Fornitore',
  purpose: 'Finalità',
  cookies: 'Cookie',
  cookieName: 'Nome',
  duration: 'Durata',
  consentId: 'ID del consenso',
  decidedAt: 'Data della scelta',
  download: 'Scarica la registrazione del mio consenso',
  necessaryLabel: 'Necessari',
  necessaryDescription: 'Indispensabili al sito, ad esempio per mantenere l’accesso e ricordare questa scelta.',
  functionalLabel: 'Funzionali',
  functionalDescription: 'Ricordano impostazioni come la lingua e attivano funzioni aggiuntive.',
  analyticsLabel: 'Statistiche',
  analyticsDescription: 'Ci aiutano a capire come viene utilizzato il sito, per migliorarlo.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Mostrano annunci pertinenti qui e altrove e ne misurano l’efficacia.',
  socialLabel: 'Social media e contenuti incorporati',
  socialDescription: 'Mostrano video, mappe e post di altri siti, che possono tracciarti.',
} satisfies Texts;
