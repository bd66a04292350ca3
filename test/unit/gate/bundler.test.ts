// The bundler pattern the README documents: createConsent() with a late-bound `ran`, then gate(). The UI context's
// ran() names the categories whose gated code ran, so the preferences can say that withdrawing them reloads the page.
import './quiet-dom';
import { describe, expect, it, vi } from 'vitest';
import { createConsent, type UIContext } from '@assent/core';
import { gate, type Gate } from '@assent/gate';

describe('gate() with createConsent()', () => {
  it('passes ran() through to the UI', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">1</script>';
    let context: UIContext | undefined;
    const mount = vi.fn((c: UIContext) => {
      context = c;
      return { show: () => undefined };
    });
    let gated: Gate | undefined;
    const consent = createConsent({ revision: 1, categories: { analytics: {}, marketing: {} } }, {
      ui: async () => ({ mount }),
      ran: () => gated!.ran(),
      store: { get: async () => undefined, update: async () => undefined },
    });
    gated = gate(consent);
    await consent.ready;
    await vi.waitFor(() => expect(mount).toHaveBeenCalled());
    expect(context!.ran()).toEqual([]);
    await consent.set({ analytics: true });
    await vi.waitFor(() => expect(context!.ran()).toEqual(['analytics']));
  });
});
