/**
 * Marks gated markup that was activated (it never runs again) and the scripts activated from it: automatic blocking
 * lets them through untouched.
 */
export const MARK = 'data-consent-activated';

/** Gated markup (CONTRACT §4) not activated yet. */
export const GATED = `[data-consent]:not([${MARK}])`;

/** The URL attributes Assent holds (as `data-src`, `data-srcset`) and releases. */
export const URL_ATTRIBUTES = ['src', 'srcset'] as const;

/** Is this category (and service, `''` for none) allowed now. */
export type Allowed = (category: string, service: string) => boolean;

/**
 * Replaces methods `names` (space-separated) of `target` with wrappers that call `before(this, args)` first. `before`
 * may change `args`; when it returns an array, its first item is returned instead of calling the original (the call
 * is held). Missing methods are skipped.
 */
export function wrap(target: any, names: string, before: (self: any, args: any[]) => unknown): void {
  for (const name of names.split(' ')) {
    const original = target?.[name];
    if (original) {
      target[name] = function (this: unknown, ...args: unknown[]) {
        const held = before(this, args) as unknown[] | undefined;
        return Array.isArray(held) ? held[0] : original.apply(this, args);
      };
    }
  }
}

/** Routes assignments to property `name` of `proto` through `set(element, value)`, keeping the getter. */
export function onSet(proto: object, name: string, set: (el: any, value: unknown, original: (value: unknown) => void) => void): void {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  if (d?.set) {
    Object.defineProperty(proto, name, {
      set(value) {
        set(this, value, (v) => d.set!.call(this, v));
      },
    });
  }
}
