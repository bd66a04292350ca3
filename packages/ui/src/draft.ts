// The visitor's choices while they edit the preferences, and their conversion to `set()` choices. Pure functions,
// unit-tested without a DOM.
import type { Choices, ConsentState } from '@assent/core';

/** The choices being edited: the shape of the state's own maps. */
export interface Draft {
  categories: Record<string, boolean>;
  services: Record<string, Record<string, boolean>>;
}

/** A copy of the state's choices to edit. */
export const draftFrom = (state: ConsentState): Draft =>
  JSON.parse(JSON.stringify({ categories: state.categories, services: state.services }));

/** Switches a whole category (and every service in it). */
export function setCategory(draft: Draft, category: string, on: boolean): void {
  draft.categories[category] = on;
  const services = draft.services[category] || {};
  for (const s in services) services[s] = on;
}

/** Switches one service; its category is on when all its services are. */
export function setService(draft: Draft, category: string, service: string, on: boolean): void {
  const services = (draft.services[category] ||= {});
  services[service] = on;
  draft.categories[category] = Object.values(services).every(Boolean);
}

/** The draft as `set()` choices (every category but `necessary`, with its services). */
export function choicesFrom(draft: Draft): Choices {
  const choices: Choices = { services: {} };
  for (const c in draft.categories) {
    if (c === 'necessary') continue;
    choices[c] = draft.categories[c];
    if (Object.keys(draft.services[c] || {}).length) choices.services![c] = { ...draft.services[c] };
  }
  return choices;
}
