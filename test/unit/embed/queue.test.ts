import { describe, expect, it, vi } from 'vitest';
import type { Consent } from '@assent/core';
import { installQueue } from '../../../packages/embed/src/queue';

function fakeConsent() {
  let resolve!: () => void;
  const ready = new Promise<void>((r) => (resolve = r));
  return { consent: { ready } as unknown as Consent, resolve };
}

describe('assentQueue', () => {
  it('runs functions pushed before load once ready resolves, in order, then runs later pushes at once', async () => {
    const calls: string[] = [];
    const win: { assentQueue?: any } = { assentQueue: [] };
    win.assentQueue.push(() => calls.push('a'), () => calls.push('b'));
    const { consent, resolve } = fakeConsent();
    installQueue(win, consent);
    win.assentQueue.push((assent: Consent) => calls.push(assent === consent ? 'c' : 'wrong'));
    expect(calls).toEqual([]);
    resolve();
    await consent.ready;
    await Promise.resolve();
    expect(calls).toEqual(['a', 'b', 'c']);
    win.assentQueue.push(() => calls.push('d'));
    expect(calls).toEqual(['a', 'b', 'c', 'd']); // synchronously
  });

  it('works when nothing was queued and when the queue is not an array', async () => {
    const { consent, resolve } = fakeConsent();
    const win: { assentQueue?: any } = { assentQueue: 'garbage' };
    installQueue(win, consent);
    resolve();
    await consent.ready;
    const fn = vi.fn();
    win.assentQueue.push(fn);
    expect(fn).toHaveBeenCalledWith(consent);
  });

  it('reports a throwing function without stopping the others', async () => {
    const errors: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (cb) => original(() => {
      try {
        cb();
      } catch (e) {
        errors.push(e);
      }
    });
    try {
      const { consent, resolve } = fakeConsent();
      const win: { assentQueue?: any } = { assentQueue: [() => { throw new Error('site bug'); }] };
      const after = vi.fn();
      win.assentQueue.push(after);
      installQueue(win, consent);
      resolve();
      await consent.ready;
      await new Promise((r) => setTimeout(r, 0));
      expect(after).toHaveBeenCalled();
      expect(errors).toEqual([new Error('site bug')]);
    } finally {
      globalThis.queueMicrotask = original;
    }
  });
});
