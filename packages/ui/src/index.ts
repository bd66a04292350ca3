/**
 * @assent/ui: the banner (plain DOM) and the preferences modal (Preact, a chunk of its own), in an open shadow root.
 * The core loads this module lazily (`createConsent(config, { ui: () => import('@assent/ui') })`) only when the
 * banner or the preferences must be shown, and calls `mount()` once. The floating button is
 * `@assent/ui/floating-button`.
 */
export { mount } from './mount';
export type { Texts, TextKey } from './texts-en';
