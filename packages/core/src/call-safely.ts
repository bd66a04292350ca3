/**
 * Calls `fn(arg)`; if it throws, the error is reported as an uncaught error (the page's `error` event, the console)
 * without stopping the caller: one broken listener must not break the others, nor the consent flow.
 */
export function callSafely<T>(fn: (arg: T) => void, arg: T): void {
  try {
    fn(arg);
  } catch (e) {
    queueMicrotask(() => {
      throw e;
    });
  }
}
