export { consentMode, CONSENT_TYPES, DEFAULT_MAPPING } from './consent-mode';
export type { ConsentType, ConsentValues } from './consent-mode';
export type { ConsentModeOptions } from '@assent/core';
