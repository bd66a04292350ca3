import type { Texts } from '../texts-en';

/** Spanish. */
export default {
  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Valoramos tu privacidad',
  bannerDescription:
    'Usamos cookies y tecnologías similares para que este sitio funcione y, con tu consentimiento, para analítica y contenidos y anuncios personalizados. Puedes cambiar tu elección en cualquier momento.',
  optOutTitle: 'Tus opciones de privacidad',
  optOutDescription:
    'Usamos cookies para analítica y anuncios personalizados, lo que puede considerarse una venta o un intercambio de tu información personal. Puedes excluirte en cualquier momento.',
  noticeTitle: 'Cookies en este sitio',
  noticeDescription:
    'Este sitio usa cookies para funcionar y mejorar. Puedes cambiar tus opciones en cualquier momento.',
  gpcTitle: 'Solicitud de exclusión respetada',
  gpcHonoured: 'Hemos respetado tu señal Global Privacy Control: no vendemos ni compartimos tu información personal.',
  gpcExplanation:
    'Tu navegador nos pidió que no vendiéramos ni compartiéramos tu información personal, por eso el marketing está desactivado. Aun así, puedes activarlo.',
  gpcOptIn: 'Tu navegador envía una señal Global Privacy Control, así que el marketing seguirá desactivado salvo que lo actives.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  manage: 'Gestionar preferencias',
  ok: 'Entendido',
  doNotSell: 'No vender ni compartir mi información personal',
  privacyPolicy: 'Política de privacidad',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesDescription:
    'Elige qué cookies puede usar este sitio. Las necesarias están siempre activas, porque el sitio no funciona sin ellas.',
  save: 'Guardar preferencias',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  saleSharing: 'Incluye la venta o el intercambio de información personal',
  reloadNote: 'Desactivar una categoría que ya se usa ({categories}) recarga la página.',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  cookies: 'Cookies',
  cookieName: 'Nombre',
  duration: 'Duración',
  consentId: 'ID de consentimiento',
  decidedAt: 'Fecha de la elección',
  download: 'Descargar mi registro de consentimiento',
  necessaryLabel: 'Necesarias',
  necessaryDescription: 'Imprescindibles para el sitio, por ejemplo para mantener tu sesión y recordar esta elección.',
  functionalLabel: 'Funcionales',
  functionalDescription: 'Recuerdan ajustes como tu idioma y activan funciones adicionales.',
  analyticsLabel: 'Analíticas',
  analyticsDescription: 'Nos ayudan a entender cómo se usa el sitio para poder mejorarlo.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Muestran anuncios relevantes aquí y en otros sitios, y miden su eficacia.',
  socialLabel: 'Redes sociales y contenido integrado',
  socialDescription: 'Muestran vídeos, mapas y publicaciones de otros sitios, que pueden rastrearte.',
} satisfies Texts;
