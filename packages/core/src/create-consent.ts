import { createConsentCore, type Consent, type CoreOptions } from './create-consent-core';
import { validateConfig } from './validate';

/**
 * Creates the consent engine for bundler users.
 *
 * Validates the config first (throws `ConfigError` listing every bad field, applying nothing), then reads the stored
 * decision synchronously from the cookie mirror. The write side (decisions, the IndexedDB record) and the proof
 * sender are split into chunks your bundler loads on first need.
 *
 * @example
 * const consent = createConsent(config, { ui: () => import('@assent/ui') });
 * consent.onConsent('analytics', () => loadAnalytics());
 */
export function createConsent(config: unknown, options: CoreOptions = {}): Consent {
  return createConsentCore(validateConfig(config), {
    storeOps: () => import('./store-ops'),
    proof: () => import('./proof'),
    ...options,
  });
}
