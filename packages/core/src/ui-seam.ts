import type { UIContext } from './create-consent-core';

/** The views the UI can open. */
export type UIView = 'banner' | 'preferences';

/** What a mounted UI lets the core do. */
export interface UIController {
  show(view: UIView, opener?: Element | null): void;
}

/** A UI module: the core imports it lazily and mounts it once. */
export interface UIModule {
  mount(context: UIContext): UIController;
}
