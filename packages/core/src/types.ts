/** Text shown to visitors: one string, or strings by language code (`{ "en": "…", "de": "…" }`). */
export type LocalizedText = string | Record<string, string>;

/** One cookie a service sets: a name or `/regex/` string, or an object that also describes it in the preferences. */
export type CookieDeclaration =
  | string
  | { name: string; purpose?: LocalizedText; duration?: LocalizedText };

/** A service (a vendor or a tool) inside a category. */
export interface ServiceConfig {
  /** Display name; defaults to the service key. */
  label?: LocalizedText;
  /** The company that runs it. */
  provider?: LocalizedText;
  /** What it is used for. */
  purpose?: LocalizedText;
  /** Link to the provider's privacy policy (http or https). */
  privacyPolicy?: string;
  /** Hostnames whose requests belong to this service; a leading `.` also matches subdomains. */
  hosts?: string[];
  /** Cookies deleted when consent for this service is withdrawn, and listed in the preferences. */
  cookies?: CookieDeclaration[];
  /** `localStorage` / `sessionStorage` keys (names or `/regex/`) removed on withdrawal. */
  storage?: string[];
}

/** A consent category such as `analytics`. */
export interface CategoryConfig {
  label?: LocalizedText;
  description?: LocalizedText;
  services?: Record<string, ServiceConfig>;
}

/** The regime that applies to a visitor: opt-in (EU), opt-out (US) or notice only. */
export type Regime = 'opt-in' | 'opt-out' | 'notice';

/** Options of the first-party cookie that mirrors the decision. */
export interface CookieOptions {
  /** Cookie name (default `assent`). */
  name?: string;
  /** `Domain` attribute, e.g. `.example.com` to share the decision across subdomains. */
  domain?: string;
  /** `Path` attribute (default `/`). */
  path?: string;
  /** `SameSite` attribute (default `Lax`). */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** `Secure` attribute (default: on for https pages). */
  secure?: boolean;
}

/** Google Consent Mode v2 options (`googleConsentMode: true` uses the defaults). */
export interface ConsentModeOptions {
  /** Milliseconds Google tags wait for an update (default 500). */
  waitForUpdate?: number;
  /** Category → consent types; replaces the default mapping for the categories it names. */
  mapping?: Record<string, string[]>;
  /**
   * Region-scoped defaults: ISO 3166 codes (`EEA` expands to the EEA countries) → the categories granted by default
   * there ('all' or a list). Google applies the most specific matching row; the visitor's own choice overrides them.
   */
  regions?: Array<{ codes: string[]; granted: string[] | 'all' }>;
  /** `gtag('set', 'ads_data_redaction', …)` (default true). */
  adsDataRedaction?: boolean;
  /** `gtag('set', 'url_passthrough', …)` (default false). */
  urlPassthrough?: boolean;
  /**
   * `advanced` (default): Google tags load at once and get the signals (cookieless pings while denied); `basic`: the
   * site gates Google tags like any other (`type="text/plain" data-consent=…`). Documentation only: Assent pushes the
   * same commands either way, and in basic mode the tags read them when they load.
   */
  mode?: 'advanced' | 'basic';
  /** `gtag('set', 'developer_id.<id>', true)` for a registered CMP ID. */
  developerId?: string;
}

/** The whole configuration. Only `revision` and `categories` are required. */
export interface AssentConfig {
  /** Raising it invalidates every stored decision. */
  revision: number;
  /** Consent categories besides the implicit `necessary`. */
  categories: Record<string, CategoryConfig>;
  /** Days after which a decision expires and the visitor is asked again (default 182). */
  expiresAfterDays?: number;
  cookie?: CookieOptions;
  /** Storage tuning. */
  storage?: { timeout?: number };
  /** ISO 3166-1/-2 code of the visitor's region (e.g. `DE`, `US-CA`). */
  region?: string;
  /** Region lists per regime, replacing the built-in ones it names. */
  regimes?: { optIn?: string[]; optOut?: string[]; notice?: string[]; default?: Regime };
  /** How Global Privacy Control is treated in opt-in regimes (default `objection`). */
  gpc?: { optIn?: 'objection' | 'record' };
  /** Treat `navigator.doNotTrack === "1"` like Global Privacy Control (default false). */
  doNotTrack?: boolean;
  /** `auto` (default) or a language code. */
  language?: string;
  /** Language used when no other matches (default `en`). */
  defaultLanguage?: string;
  /** UI text overrides by language code. */
  texts?: Record<string, Record<string, string>>;
  /** URL of the site's privacy policy, linked from the banner. */
  privacyPolicy?: string;
  googleConsentMode?: boolean | ConsentModeOptions;
  /** Proof of consent: every decision is POSTed to this endpoint of the site. */
  proof?: { endpoint: string; headers?: Record<string, string> };
  /** Banner and preferences presentation. */
  ui?: UiConfig;
  /** Script, element and network gating. */
  gating?: GatingConfig;
  /** Log developer diagnostics to the console. */
  debug?: boolean;
}

export interface UiConfig {
  layout?: 'bar-bottom' | 'bar-top' | 'box' | 'dialog';
  theme?: 'auto' | 'light' | 'dark';
  /** Floating button that reopens the preferences (default true). */
  floatingButton?: boolean | { position?: 'bottom-left' | 'bottom-right'; label?: LocalizedText };
  /** Show the banner automatically to undecided visitors (default true). */
  autoShow?: boolean;
}

export interface GatingConfig {
  /** Block fetch / XMLHttpRequest / sendBeacon to declared hosts while not allowed (default true). */
  blockNetwork?: boolean;
  /** Block elements added later that point at declared hosts (default true). */
  autoBlock?: boolean;
  /** Reload when a category whose scripts already ran is withdrawn (default true). */
  reloadOnWithdraw?: boolean;
  /** Click-to-load placeholders on gated iframes and widgets (default true). */
  placeholders?: boolean;
}

/** How a decision was made. */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'do-not-sell' | 'close';

/** The consent state (CONTRACT §2), plus the regime facts Assent adds. */
export interface ConsentState {
  /** The visitor made (or a signal made for them) a decision that is still valid. */
  decided: boolean;
  /** Category → allowed now. `necessary` is always true. */
  categories: Record<string, boolean>;
  /** Category → service → allowed now. */
  services: Record<string, Record<string, boolean>>;
  /** The config revision the decision belongs to. */
  revision: number;
  /** ISO time of the decision. */
  decidedAt?: string;
  /** Stable consent ID of this visitor until `reset()`. */
  id?: string;
  /** How the decision was made. */
  method?: DecisionMethod;
  /** The regime in force for this visitor. */
  regime: Regime;
  /** The region code used to pick the regime, if known. */
  region?: string;
  /** The browser sends Global Privacy Control (or DNT when enabled). */
  gpc: boolean;
}

/** Choices for `set()`: categories by name, and optionally services. */
export type Choices = { [category: string]: boolean | Record<string, Record<string, boolean>> | undefined } & {
  services?: Record<string, Record<string, boolean>>;
};

/** One decision as kept in the history and sent to the proof endpoint. */
export interface DecisionRecord {
  recordId: string;
  consentId: string;
  decidedAt: string;
  revision: number;
  method: DecisionMethod | 'reset';
  categories: Record<string, boolean>;
  services: Record<string, Record<string, boolean>>;
  regime: Regime;
  gpc: boolean;
  language: string;
  url: string;
}

/** Events of `on()`. */
export interface ConsentEventMap {
  change: ConsentState;
  ready: ConsentState;
  decision: DecisionRecord;
  ui: { banner: boolean; preferences: boolean };
}
