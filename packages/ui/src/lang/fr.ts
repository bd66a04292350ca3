import type { Texts } from '../texts-en';

/** French. */
export default {
  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Nous respectons votre vie privée',
  bannerDescription:
    'Nous utilisons des cookies et technologies similaires pour faire fonctionner ce site et, avec votre accord, pour mesurer l’audience et personnaliser contenus et publicités. Vous pouvez changer d’avis à tout moment.',
  optOutTitle: 'Vos choix de confidentialité',
  optOutDescription:
    'Nous utilisons des cookies pour mesurer l’audience et personnaliser les publicités, ce qui peut constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  noticeTitle: 'Cookies sur ce site',
  noticeDescription:
    'Ce site utilise des cookies pour fonctionner et s’améliorer. Vous pouvez modifier vos choix à tout moment.',
  gpcTitle: 'Demande d’opposition respectée',
  gpcHonoured: 'Votre signal Global Privacy Control a été respecté : nous ne vendons ni ne partageons vos données.',
  gpcExplanation:
    'Votre navigateur nous a demandé de ne pas vendre ni partager vos données : le marketing est donc désactivé. Vous pouvez quand même l’activer.',
  gpcOptIn: 'Votre navigateur envoie un signal Global Privacy Control : le marketing reste désactivé, sauf si vous l’activez.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  manage: 'Gérer les préférences',
  ok: 'OK',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  privacyPolicy: 'Politique de confidentialité',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesDescription:
    'Choisissez les cookies que ce site peut utiliser. Les cookies nécessaires sont toujours actifs, car le site ne fonctionne pas sans eux.',
  save: 'Enregistrer les préférences',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  saleSharing: 'Comprend la vente ou le partage d’informations personnelles',
  reloadNote: 'Désactiver une catégorie déjà utilisée ({categories}) recharge la page.',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  cookies: 'Cookies',
  cookieName: 'Nom',
  duration: 'Durée',
  consentId: 'Identifiant de consentement',
  decidedAt: 'Choix effectué le',
  download: 'Télécharger mon registre de consentement',
  necessaryLabel: 'Nécessaires',
  necessaryDescription: 'Indispensables au site, par exemple pour rester connecté et mémoriser ce choix.',
  functionalLabel: 'Fonctionnels',
  functionalDescription: 'Mémorisent vos réglages, comme la langue, et activent des fonctions en plus.',
  analyticsLabel: 'Mesure d’audience',
  analyticsDescription: 'Nous aident à comprendre comment le site est utilisé, afin de l’améliorer.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Affichent des publicités pertinentes ici et ailleurs, et mesurent leur efficacité.',
  socialLabel: 'Réseaux sociaux et contenus intégrés',
  socialDescription: 'Vidéos, cartes et publications d’autres sites, qui peuvent vous suivre.',
} satisfies Texts;
