import type { Texts } from '../texts-en';

/** Polish. */
export default {
  bannerLabel: 'Zgoda na pliki cookie',
  bannerTitle: 'Dbamy o Twoją prywatność',
  bannerDescription:
    'Używamy plików cookie i podobnych technologii, aby strona działała, a za Twoją zgodą także do statystyk oraz personalizacji treści i reklam. Wybór możesz zmienić w każdej chwili.',
  optOutTitle: 'Twoje wybory dotyczące prywatności',
  optOutDescription:
    'Używamy plików cookie do statystyk i spersonalizowanych reklam, co może stanowić sprzedaż lub udostępnianie Twoich danych osobowych. Możesz zrezygnować w każdej chwili.',
  noticeTitle: 'Pliki cookie na tej stronie',
  noticeDescription: 'Ta strona używa plików cookie, aby działać i się rozwijać. Wybór możesz zmienić w każdej chwili.',
  gpcTitle: 'Uwzględniliśmy Twój sprzeciw',
  gpcHonoured: 'Uwzględniliśmy Twój sygnał Global Privacy Control: nie sprzedajemy ani nie udostępniamy Twoich danych.',
  gpcExplanation:
    'Twoja przeglądarka poprosiła, byśmy nie sprzedawali ani nie udostępniali Twoich danych, dlatego marketing jest wyłączony. Możesz go jednak włączyć.',
  gpcOptIn:
    'Twoja przeglądarka wysyła sygnał Global Privacy Control: marketing pozostaje wyłączony, dopóki go nie włączysz.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  manage: 'Zarządzaj ustawieniami',
  ok: 'OK',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  privacyPolicy: 'Polityka prywatności',
  preferencesTitle: 'Ustawienia prywatności',
  preferencesDescription:
    'Wybierz, których plików cookie może używać strona. Niezbędne są zawsze włączone, bo strona ich potrzebuje.',
  save: 'Zapisz ustawienia',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  saleSharing: 'Obejmuje sprzedaż lub udostępnianie danych osobowych',
  reloadNote: 'Wyłączenie kategorii, która już działa ({categories}), przeładuje stronę.',
  provider: 'Dostawca',
  purpose: 'Cel',
  cookies: 'Pliki cookie',
  cookieName: 'Nazwa',
  duration: 'Okres przechowywania',
  consentId: 'Identyfikator zgody',
  decidedAt: 'Data decyzji',
  download: 'Pobierz zapis moich zgód',
  necessaryLabel: 'Niezbędne',
  necessaryDescription: 'Potrzebne do działania strony, np. do logowania i zapamiętania tego wyboru.',
  functionalLabel: 'Funkcjonalne',
  functionalDescription: 'Zapamiętują ustawienia, np. język, i włączają dodatkowe funkcje.',
  analyticsLabel: 'Analityczne',
  analyticsDescription: 'Pokazują nam, jak korzystasz ze strony, byśmy mogli ją ulepszać.',
  marketingLabel: 'Marketingowe',
  marketingDescription: 'Trafne reklamy tutaj i w innych miejscach oraz pomiar ich skuteczności.',
  socialLabel: 'Media społecznościowe i treści osadzone',
  socialDescription: 'Filmy, mapy i posty z innych stron, które mogą Cię śledzić.',
} satisfies Texts;
