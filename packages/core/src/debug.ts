let enabled = true;
const seen = new Set<string>();

/** Turns developer diagnostics on or off (config `debug`). Production builds strip every call site. */
export const setDebug = (on: boolean): void => {
  enabled = on;
};

/**
 * The one developer logger. Call it only under `if (__DEV__)` so production builds drop the call and its strings.
 * Each distinct message is logged once.
 */
export function debug(message: string, ...details: unknown[]): void {
  if (!enabled || seen.has(message)) return;
  seen.add(message);
  console.warn(`[assent] ${message}`, ...details);
}
