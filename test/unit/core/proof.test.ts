import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushProof } from '@assent/core/proof';
import type { DecisionRecord } from '@assent/core';
import { memoryStore } from './helpers';

const record = (id: string): DecisionRecord => ({
  recordId: id, consentId: 'c1', decidedAt: '2026-01-01T00:00:00.000Z', revision: 1, method: 'accept-all',
  categories: { necessary: true, analytics: true }, services: { necessary: {}, analytics: {} }, regime: 'opt-in',
  gpc: false, language: 'en', url: 'https://example.com/',
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('proof sender', () => {
  it('POSTs each pending record as JSON and forgets it once the endpoint answers 2xx', async () => {
    const store = memoryStore();
    await store.update((r) => ({ ...r, pending: [record('a'), record('b')] }));
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await flushProof(store, { endpoint: '/consent', headers: { 'x-site': 's1' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/consent');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json', 'x-site': 's1' } });
    expect(JSON.parse(init.body as string)).toEqual(record('a'));
    expect(store.record?.pending).toEqual([]);
  });

  it('keeps records the endpoint refused and retries them with backoff, same recordId', async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    await store.update((r) => ({ ...r, pending: [record('a')] }));
    const statuses = [503, 500, 201];
    const fetch = vi.fn(async () => new Response(null, { status: statuses.shift() }));
    vi.stubGlobal('fetch', fetch);
    let done = false;
    flushProof(store, { endpoint: '/consent' }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.record?.pending).toHaveLength(1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(2); // the second wait is twice as long
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(store.record?.pending).toEqual([]);
    expect(done).toBe(true);
    const bodies = fetch.mock.calls.map((c) => JSON.parse((c as unknown as [string, RequestInit])[1].body as string).recordId);
    expect(bodies).toEqual(['a', 'a', 'a']);
  });

  it('retries at once when the browser comes back online', async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    await store.update((r) => ({ ...r, pending: [record('a')] }));
    let online = false;
    const fetch = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 200 });
    });
    vi.stubGlobal('fetch', fetch);
    const flushed = flushProof(store, { endpoint: '/consent' });
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    online = true;
    dispatchEvent(new Event('online'));
    await flushed; // no timer advanced: the online event alone retried
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.record?.pending).toEqual([]);
  });

  it('runs one flush at a time', async () => {
    const store = memoryStore();
    await store.update((r) => ({ ...r, pending: [record('a')] }));
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await Promise.all([flushProof(store, { endpoint: '/c' }), flushProof(store, { endpoint: '/c' })]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
