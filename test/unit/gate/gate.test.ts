// startGate() with a stand-in engine, in happy-dom: which categories ran, when the cleanup loads and asks for a reload,
// and that an unreadable or invalid config neither throws nor lets anything run. Patches and observers stay installed
// for the file: the test that checks the options that install none runs first, and every test withdraws what it allowed.
import './quiet-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Consent } from '@assent/core';
import * as dev from '@assent/core/debug';
import { startGate, type GateOptions } from '@assent/gate/gate-core';

vi.spyOn(dev, 'debug').mockImplementation(() => undefined); // the garbage configs below are warned about, rightly
const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A stand-in engine: `allow(keys)` changes the state ("cat" or "cat/svc") and fires change. */
function engine(config: unknown, allowed: string[] = []) {
  let keys = new Set(allowed);
  const listeners = new Set<() => void>();
  const consent = {
    config,
    ready: Promise.resolve(),
    has: (category: string, service?: string) => category === 'necessary' || keys.has(category) || keys.has(`${category}/${service}`),
    on: (_: string, cb: () => void) => (listeners.add(cb), () => listeners.delete(cb)),
    set: vi.fn(async () => undefined),
  } as unknown as Consent;
  return { consent, allow(next: string[]) { keys = new Set(next); listeners.forEach((l) => l()); } };
}
/** startGate() with the markup engine loaded as the script-tag build would, and the given options. */
// Imported up front: a first dynamic import is transformed on demand, which on a busy machine outlasts the waits below.
const markupModule = await import('@assent/gate/markup');
// The cleanup and the placeholders are stand-ins unless a test passes its own: the real cleanup would reload the page.
const gate = (consent: Consent, options: GateOptions = {}) => startGate(consent, {
  markup: async () => markupModule,
  cleanup: async () => ({ afterWithdrawal: async () => undefined }) as any,
  placeholders: async () => ({ showPlaceholder: () => undefined }) as any,
  ...options,
});
const CONFIG = {
  revision: 1,
  categories: {
    analytics: { services: { stats: { hosts: ['stats.tracker.example'], cookies: ['_st'] } } },
    social: { services: { video: { hosts: ['video.example'] } } },
  },
};

describe('startGate', () => {
  it('autoBlock and blockNetwork false install no patch', () => {
    const before = [Element.prototype.setAttribute, Node.prototype.appendChild, window.fetch, XMLHttpRequest.prototype.open];
    gate(engine({ ...CONFIG, gating: { autoBlock: false, blockNetwork: false } }).consent);
    expect([Element.prototype.setAttribute, Node.prototype.appendChild, window.fetch, XMLHttpRequest.prototype.open]).toEqual(before);
  });

  it('ran() lists the categories whose gated scripts ran, including scripts from declared hosts that passed', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">1</script>';
    const { consent, allow } = engine(CONFIG);
    const gated = gate(consent);
    expect(gated.ran()).toEqual([]);
    allow(['analytics']);
    await flush(20);
    expect(gated.ran()).toEqual(['analytics']);
    allow(['analytics', 'social']);
    document.createElement('script').src = 'https://video.example/player.js'; // allowed: it will run

    expect(gated.ran()).toEqual(['analytics', 'social']);
    allow([]); // this engine's observer stays: it must not release what later tests add
  });

  it('loads the cleanup after a change that leaves services not allowed; asks for a reload when code of one ran', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" data-service="stats">1</script>';
    const afterWithdrawal = vi.fn();
    const cleanup = vi.fn(async () => ({ afterWithdrawal }) as any);
    const { consent, allow } = engine(CONFIG);
    gate(consent, { cleanup });
    allow(['social', 'analytics']);
    await flush(20);
    expect(cleanup).not.toHaveBeenCalled(); // everything allowed: nothing to delete
    allow(['analytics']); // social withdrawn: nothing of it ran
    await flush();
    expect(afterWithdrawal).toHaveBeenLastCalledWith(expect.any(Array), expect.any(Function), false);
    allow([]); // analytics withdrawn: its script ran
    await flush();
    expect(afterWithdrawal).toHaveBeenLastCalledWith(expect.any(Array), expect.any(Function), true);
    expect(afterWithdrawal).toHaveBeenCalledTimes(2);
    allow(['analytics']);
    allow([]);
    await flush();
    expect(afterWithdrawal).toHaveBeenCalledTimes(2); // a reload is under way
  });

  it('gating.reloadOnWithdraw false never asks for a reload', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">1</script>';
    const afterWithdrawal = vi.fn();
    const { consent, allow } = engine({ ...CONFIG, gating: { reloadOnWithdraw: false } }, ['analytics/stats', 'analytics']);
    gate(consent, { cleanup: async () => ({ afterWithdrawal }) as any });
    await flush(20);
    allow([]);
    await flush();
    expect(afterWithdrawal).toHaveBeenCalledWith(expect.any(Array), expect.any(Function), false);
  });

  it('an unreadable config does not throw; an invalid one (validated rejects) shows no placeholder and runs nothing', async () => {
    document.body.innerHTML = `<iframe data-consent="social" data-src="https://video.example/1"></iframe>
      <script type="text/plain" data-consent="analytics">1</script>`;
    for (const config of [undefined, null, 'x', { categories: 'abc', gating: null }, { gating: 'x', categories: { a: { services: 5 } } }]) {
      expect(() => gate(engine(config).consent)).not.toThrow();
    }
    const placeholders = vi.fn(async () => ({ showPlaceholder: vi.fn() }) as any);
    const validated = Promise.reject(new Error('invalid'));
    validated.catch(() => undefined);
    gate(engine({ categories: 5 }).consent, { placeholders, validated });
    await flush(10);
    expect(placeholders).not.toHaveBeenCalled();
    expect(document.querySelector('[data-consent-activated]')).toBeNull();
  });

  it('shows placeholders for blocked iframes once the config is valid', async () => {
    document.body.innerHTML = '<iframe data-consent="social" data-src="https://video.example/1"></iframe>';
    const showPlaceholder = vi.fn();
    gate(engine(CONFIG).consent, { placeholders: async () => ({ showPlaceholder }) as any, validated: Promise.resolve() });
    await flush(10);
    expect(showPlaceholder).toHaveBeenCalledWith(document.querySelector('iframe'), expect.objectContaining({ once: expect.any(Set) }));
  });

  it('a held script whose src is set again keeps its own type for later', () => {
    const { consent } = engine(CONFIG);
    gate(consent);
    const s = document.createElement('script');
    s.type = 'module';
    s.src = 'https://stats.tracker.example/a.js';
    s.src = 'https://stats.tracker.example/b.js';
    s.setAttribute('src', 'https://stats.tracker.example/c.js');
    expect([s.type, s.dataset.type, s.dataset.consent, s.dataset.service, s.getAttribute('src')])
      .toEqual(['text/plain', 'module', 'analytics', 'stats', 'https://stats.tracker.example/c.js']);
    const img = new Image();
    img.src = 'https://stats.tracker.example/p.gif';
    img.srcset = 'https://stats.tracker.example/p2.gif 2x';
    expect([img.getAttribute('src'), img.getAttribute('srcset'), img.dataset.src, img.dataset.srcset])
      .toEqual([null, null, 'https://stats.tracker.example/p.gif', 'https://stats.tracker.example/p2.gif 2x']);
  });

  it('without a markup loader nothing gated runs, and nothing throws into the page', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics">1</script>';
    const { consent, allow } = engine(CONFIG);
    startGate(consent);
    expect(() => allow(['analytics'])).not.toThrow();
    await flush(10);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    allow([]);
  });
});
