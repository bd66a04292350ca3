import type { Texts } from '../texts-en';

/** Portuguese (European; override `texts["pt-BR"]` for Brazilian wording). */
export default {
  bannerLabel: 'Consentimento de cookies',
  bannerTitle: 'Respeitamos a sua privacidade',
  bannerDescription:
    'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site e, com o seu consentimento, para estatísticas e conteúdos e anúncios personalizados. Pode alterar a sua escolha a qualquer momento.',
  optOutTitle: 'As suas escolhas de privacidade',
  optOutDescription:
    'Utilizamos cookies para estatísticas e anúncios personalizados, o que pode constituir venda ou partilha das suas informações pessoais. Pode opor-se a qualquer momento.',
  noticeTitle: 'Cookies neste site',
  noticeDescription:
    'Este site utiliza cookies para funcionar e melhorar. Pode alterar as suas escolhas a qualquer momento.',
  gpcTitle: 'Pedido de oposição respeitado',
  gpcHonoured: 'O seu sinal Global Privacy Control foi respeitado: não vendemos nem partilhamos as suas informações pessoais.',
  gpcExplanation:
    'O seu navegador pediu-nos que não vendêssemos nem partilhássemos as suas informações pessoais, por isso o marketing está desativado. Pode ativá-lo na mesma.',
  gpcOptIn: 'O seu navegador envia um sinal Global Privacy Control, por isso o marketing fica desativado, a menos que o ative.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  manage: 'Gerir preferências',
  ok: 'OK',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  privacyPolicy: 'Política de privacidade',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription:
    'Escolha que cookies este site pode utilizar. Os necessários estão sempre ativos, porque o site não funciona sem eles.',
  save: 'Guardar preferências',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  saleSharing: 'Inclui a venda ou partilha de informações pessoais',
  reloadNote: 'Desativar uma categoria já em uso ({categories}) recarrega a página.',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  cookies: 'Cookies',
  cookieName: 'Nome',
  duration: 'Duração',
  consentId: 'ID de consentimento',
  decidedAt: 'Data da escolha',
  download: 'Transferir o meu registo de consentimento',
  necessaryLabel: 'Necessários',
  necessaryDescription: 'Essenciais para o site, por exemplo para manter a sessão iniciada e guardar esta escolha.',
  functionalLabel: 'Funcionais',
  functionalDescription: 'Guardam definições como o idioma e ativam funcionalidades adicionais.',
  analyticsLabel: 'Estatísticas',
  analyticsDescription: 'Ajudam-nos a perceber como o site é utilizado, para o podermos melhorar.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Mostram anúncios relevantes aqui e noutros sites, e medem a sua eficácia.',
  socialLabel: 'Redes sociais e conteúdos incorporados',
  socialDescription: 'Mostram vídeos, mapas e publicações de outros sites, que podem segui-lo.',
} satisfies Texts;
