import type { AssentConfig, Regime } from './types';

/**
 * Where the GDPR and the ePrivacy Directive apply: the 30 EEA states, then the EU territories that have their own
 * ISO 3166-1 code (Åland, French Guiana, Guadeloupe, Martinique, Mayotte, Réunion, Saint-Martin). Google Consent
 * Mode's region defaults take no pseudo-code such as `EU`, so `EEA` in them expands to this list.
 */
export const EEA = 'ATBEBGHRCYCZDKEEFIFRDEGRHUIEITLVLTLUMTNLPLPTROSKSIESSEISLINOAXGFGPMQYTREMF'.match(/../g)!;

/** Opt-in by default: the EEA, GB and CH. (Unlisted regions are opt-in too unless `regimes.default` says otherwise.) */
export const OPT_IN_REGIONS = [...EEA, 'GB', 'CH'];

/**
 * Opt-out by default: the whole US, so a visitor whose state is unknown, or in a state without a comprehensive privacy
 * law, still gets the Do Not Sell choice and Global Privacy Control honoured. A `US-XX` code falls back to `US`.
 */
export const OPT_OUT_REGIONS = ['US'];

/**
 * US states with a comprehensive consumer privacy law in force in 2026 (all with an opt-out of sale, sharing or
 * targeted advertising). Not a built-in list (`US` covers them); for sites that want opt-out only there:
 * `regimes: { optOut: US_PRIVACY_LAW_STATES, notice: ['US'] }`.
 */
export const US_PRIVACY_LAW_STATES = ['US-CA', 'US-CO', 'US-CT', 'US-DE', 'US-IA', 'US-IN', 'US-KY', 'US-MD', 'US-MN',
  'US-MT', 'US-NE', 'US-NH', 'US-NJ', 'US-OR', 'US-RI', 'US-TN', 'US-TX', 'US-UT', 'US-VA'];

/**
 * Picks the regime for a region code (upper case). The most specific code wins (`US-CA` before `US`); at equal
 * specificity the site's lists win over the built-in ones they do not replace. With no region known the visitor gets
 * opt-in, the strictest; a region in no list gets `regimes.default` (default opt-in).
 */
export function regimeFor(region: string | undefined, regimes: AssentConfig['regimes'] = {}): Regime {
  if (!region) return 'opt-in';
  const lists: Array<[Regime, string[] | undefined | false]> = [
    ['opt-in', regimes.optIn],
    ['opt-out', regimes.optOut],
    ['notice', regimes.notice],
    ['opt-in', !regimes.optIn && OPT_IN_REGIONS],
    ['opt-out', !regimes.optOut && OPT_OUT_REGIONS],
  ];
  for (const code of [region, region.split('-')[0]!]) {
    for (const [regime, list] of lists) if (list && list.includes(code)) return regime;
  }
  return regimes.default || 'opt-in';
}

/** Global Privacy Control, or Do Not Track when the config asks for it. Read once: it is fixed per navigation. */
export function readPrivacySignal(config: AssentConfig): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || (!!config.doNotTrack && nav.doNotTrack === '1');
}
