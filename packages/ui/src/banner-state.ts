// What the first layer shows for a state. Pure functions, unit-tested without a DOM.
import type { AssentConfig, ConsentState } from '@assent/core';

/** Which first layer to show. */
export type BannerKind = 'opt-in' | 'opt-out' | 'notice' | 'gpc';

/** The first layer for this state: the GPC notice once Assent honoured the signal, else the regime's banner. */
export const bannerKind = (state: ConsentState): BannerKind =>
  state.regime === 'opt-out' && state.method === 'gpc' ? 'gpc' : state.regime;

/** Opt-in regime with GPC treated as an objection: marketing stays off unless switched on explicitly. */
export const gpcObjection = (state: ConsentState, config: AssentConfig): boolean =>
  state.regime === 'opt-in' && state.gpc && config.gpc?.optIn !== 'record' && 'marketing' in config.categories;

/** Opt-out regime and the browser's GPC signal keeps sale/sharing off: the UI says it was honoured. */
export const gpcHonoured = (state: ConsentState): boolean =>
  state.regime === 'opt-out' && state.gpc && !state.categories.marketing;
