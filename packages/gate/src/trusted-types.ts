import { debug } from '@assent/core';

type Kind = 'createScript' | 'createHTML';
type Policy = Record<Kind, (value: string) => string>;
declare global {
  // Trusted Types are not in TypeScript's DOM library yet.
  // eslint-disable-next-line no-var
  var trustedTypes: { createPolicy(name: string, rules: Policy): Policy } | undefined;
}

let policy: Policy | 0 | undefined;

/**
 * Passes a value through the `assent` Trusted Types policy, created once, on first need, where the browser has Trusted
 * Types. It only ever re-trusts what the page itself wrote: the code of its own gated inline scripts, HTML it passed
 * to a sink as TrustedHTML (rewritten to hold blocked elements), and the empty `srcdoc` of a held iframe. Sites
 * enforcing Trusted Types allow it with `trusted-types assent`. Without a policy the plain string is used.
 */
export function trusted(kind: Kind, value: string): string {
  policy ??= (() => {
    try {
      const same = (s: string) => s;
      return trustedTypes!.createPolicy('assent', { createScript: same, createHTML: same });
    } catch (e) {
      // No Trusted Types, or the page's trusted-types directive does not allow the name (the README says what to add).
      if (__DEV__ && self.trustedTypes) debug('could not create the Trusted Types policy "assent": add it to your trusted-types directive', e);
      return 0;
    }
  })();
  return policy ? policy[kind](value) : value;
}
