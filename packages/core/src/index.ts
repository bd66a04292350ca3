export { createConsent } from './create-consent';
export { createConsentCore } from './create-consent-core';
export type { Consent, CoreOptions, UIContext } from './create-consent-core';
export { validateConfig } from './validate';
export { ConfigError } from './config-error';
export { regimeFor, EEA, OPT_IN_REGIONS, OPT_OUT_REGIONS, US_PRIVACY_LAW_STATES } from './regime';
export { patternToRegExp } from './validate-config';
export type { ConsentRecord, RecordStore } from './record-store';
export type { UIController, UIModule, UIView } from './ui-seam';
export type * from './types';
export { resolveLanguage, BUILT_IN_LANGUAGES, RTL_LANGUAGES } from './language';
/** The developer logger, for Assent's other packages: call it only inside `if (__DEV__)`. */
export { debug } from './debug';
