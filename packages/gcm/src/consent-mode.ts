import { EEA, type Consent, type ConsentModeOptions, type ConsentState } from '@assent/core';

/** Consent Mode v2's seven consent types, in Google's order. */
export const CONSENT_TYPES = ('ad_storage ad_user_data ad_personalization analytics_storage functionality_storage ' +
  'personalization_storage security_storage').split(' ') as ConsentType[];

export type ConsentType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage'
  | 'functionality_storage' | 'personalization_storage' | 'security_storage';
/** A value for each consent type, as gtag takes them. */
export type ConsentValues = Record<ConsentType, 'granted' | 'denied'>;

/** CONTRACT §6: category → the consent types it grants. `options.mapping` replaces the entries it names. */
export const DEFAULT_MAPPING: Readonly<Record<string, readonly ConsentType[]>> = {
  analytics: CONSENT_TYPES.slice(3, 4),
  marketing: CONSENT_TYPES.slice(0, 3),
  functional: CONSENT_TYPES.slice(4, 6),
};

/**
 * Drives Google Consent Mode v2 from Assent's state. Synchronously, so that every later script sees it: a
 * `gtag('consent', 'default', …)` for each `options.regions` row (with `region`), then one without a region from the
 * visitor's current state (stored choice, or the regime's defaults; all denied while the engine is locked), all with
 * `wait_for_update`; then `gtag('set', 'ads_data_redaction', true)` (unless turned off), `url_passthrough` and
 * `developer_id.<id>` when asked; then, for a returning visitor, `gtag('consent', 'update', …)`. Afterwards every
 * change of the state that changes a consent value (a decision, a withdrawal, another tab, the end of validation)
 * pushes an update, and so does a decision coming or going (the first decision, a withdrawal) even when no value
 * changes, so that the visitor's own choice always overrides region-scoped defaults.
 *
 * A type is granted when every category mapped to it is allowed; a type no category maps to is denied, except
 * `security_storage`, granted. Commands go through the page's `window.gtag` if there is one, else through the classic
 * shim `function gtag() { dataLayer.push(arguments) }`, so every `dataLayer` entry is an `Arguments` object.
 *
 * @param consent the engine (`window.assent`, or what `createConsent()` returned)
 * @param options the config's `googleConsentMode` (`true` for the defaults)
 * @returns a function that stops the updates
 * @see https://developers.google.com/tag-platform/security/guides/consent
 * @example
 * const consent = createConsent(config);
 * consentMode(consent, { waitForUpdate: 500, regions: [{ codes: ['US'], granted: 'all' }] });
 */
export function consentMode(consent: Consent, options?: boolean | ConsentModeOptions): () => void {
  // size: Object() makes any option value (true, undefined, or a config not validated yet) safe to read.
  const o: ConsentModeOptions = Object(options);
  const w = window as any;
  w.dataLayer = w.dataLayer || [];
  const gtag: (...args: unknown[]) => void = (w.gtag ||= function () {
    // gtag.js runs only entries that are Arguments objects: an array pushed instead is silently ignored.
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer.push(arguments);
  });
  const mapping: Record<string, unknown> = { ...DEFAULT_MAPPING, ...o.mapping };
  const values = (allowed: (category: string) => unknown): ConsentValues => {
    const granted: Record<string, unknown> = { security_storage: 1 };
    for (const cat in mapping) {
      for (const type of ([] as unknown[]).concat(mapping[cat])) granted[type as string] = granted[type as string] !== 0 && (allowed(cat) ? 1 : 0);
    }
    const out = {} as ConsentValues;
    for (const type of CONSENT_TYPES) out[type] = granted[type] ? 'granted' : 'denied';
    return out;
  };
  const state = consent.get();
  const wait = { wait_for_update: o.waitForUpdate ?? 500 };
  try {
    for (const row of o.regions || []) {
      gtag('consent', 'default', {
        // A default never grants sale or sharing against Global Privacy Control.
        ...values((cat) => !(state.gpc && cat == 'marketing') && (row.granted == 'all' || row.granted.includes(cat))),
        ...wait,
        region: row.codes.flatMap((code) => (code == 'EEA' || code == 'EU' ? EEA : code)),
      });
    }
  } catch {
    // A config still being validated may be malformed: its rows are skipped, the default below stands.
  }
  const first = values((cat) => state.categories[cat]);
  gtag('consent', 'default', { ...first, ...wait });
  if (o.adsDataRedaction !== false) gtag('set', 'ads_data_redaction', true);
  if (o.urlPassthrough) gtag('set', 'url_passthrough', true);
  if (o.developerId) gtag('set', 'developer_id.' + o.developerId, true);

  // An update goes out when a value changes, and when the visitor's choice comes or goes even if no value changes
  // (it must override region-scoped defaults). The default counts as undecided: a returning visitor gets an update.
  let last = false + JSON.stringify(first);
  const update = (s: ConsentState) => {
    const next = values((cat) => s.categories[cat]);
    if (last != (last = s.decided + JSON.stringify(next))) gtag('consent', 'update', next);
  };
  update(state);
  return consent.on('change', update);
}
