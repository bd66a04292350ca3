import type { AssentConfig, Regime } from './types';

/** EEA member states plus GB and CH: opt-in by default. */
export const OPT_IN_REGIONS = 'ATBEBGHRCYCZDKEEFIFRDEGRHUIEITLVLTLUMTNLPLPTROSKSIESSEISLINOGBCH'.match(/../g)!;

/**
 * US states with a comprehensive privacy law in force (2026), plus bare `US` (state unknown): opt-out by default.
 */
export const OPT_OUT_REGIONS = ['US', ...'CACOCTDEIAINKYMDMNMTNENHNJORRITNTXUTVA'.match(/../g)!.map((s) => 'US-' + s)];

/**
 * Picks the regime for a region code. The most specific listed code wins (`US-CA` before `US`); with no region
 * known the visitor gets opt-in, the strictest.
 */
export function regimeFor(region: string | undefined, regimes: AssentConfig['regimes'] = {}): Regime {
  if (!region) return 'opt-in';
  const lists: Array<[Regime, string[]]> = [
    ['opt-in', regimes.optIn || OPT_IN_REGIONS],
    ['opt-out', regimes.optOut || OPT_OUT_REGIONS],
    ['notice', regimes.notice || []],
  ];
  for (const code of [region, region.split('-')[0]!]) {
    for (const [regime, list] of lists) if (list.includes(code)) return regime;
  }
  return regimes.default || 'opt-in';
}

/** Global Privacy Control, or Do Not Track when the config asks for it. Read once: it is fixed per navigation. */
export function readPrivacySignal(config: AssentConfig): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || (!!config.doNotTrack && nav.doNotTrack === '1');
}
