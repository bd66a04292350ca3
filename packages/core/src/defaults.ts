import type { AssentConfig } from './types';

/** The mirror cookie's name. */
export const cookieNameOf = (config: AssentConfig): string => config.cookie?.name || 'assent';

/** How long a decision stays valid, in milliseconds (default 182 days: CNIL's six months). */
export const lifetimeOf = (config: AssentConfig): number => (config.expiresAfterDays || 182) * 864e5;
