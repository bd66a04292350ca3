/**
 * @assent/ui: the banner and the preferences modal (Preact, in an open shadow root). The core loads this module
 * lazily (`createConsent(config, { ui: () => import('@assent/ui') })`) only when the banner or the preferences must
 * be shown, and calls `mount()` once.
 */
export { mount } from './mount';
export type { Texts, TextKey } from './texts-en';
