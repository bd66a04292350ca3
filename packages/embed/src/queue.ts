import { callSafely } from '@assent/core/call-safely';
import type { Consent } from '@assent/core/create-consent-core';

type Command = (assent: Consent) => void;

/**
 * CONTRACT §1: functions pushed to `window.assentQueue` before the bundle loaded run once `assent.ready` resolves;
 * pushes after that run at once. A throwing function is reported as an uncaught error without stopping the others.
 */
export function installQueue(win: { assentQueue?: unknown }, assent: Consent): void {
  let waiting: Command[] | null = Array.isArray(win.assentQueue) ? [...win.assentQueue] : [];
  const run = (fn: Command) => callSafely(fn, assent);
  win.assentQueue = {
    push(...fns: Command[]) {
      if (waiting) waiting.push(...fns);
      else fns.forEach(run);
      return 0;
    },
  };
  assent.ready.then(() => {
    const list = waiting!;
    waiting = null;
    list.forEach(run);
  });
}
