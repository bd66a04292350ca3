import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRecordStore, migrateRecord, type ConsentRecord } from '@assent/core/record-store';

const DECISION = { revision: 1, decidedAt: 1000, id: 'x', method: 'accept-all' as const, categories: { a: true }, services: {} };
const put = (r: ConsentRecord) => ({ ...r, decision: DECISION });

beforeEach(() => localStorage.clear());

describe('record store', () => {
  it('keeps the record in IndexedDB', async () => {
    const name = `db-${Math.random()}`;
    const store = createRecordStore(1000, () => createStore(name, 'consent'));
    expect(await store.get()).toBeUndefined();
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
    expect(localStorage.getItem('assent')).toBeNull();
    // A second store on the same database (a reload) reads it back.
    const again = createRecordStore(1000, () => createStore(name, 'consent'));
    expect((await again.get())?.decision).toEqual(DECISION);
  });

  it('does not open IndexedDB before anything was written to it (a first visit, or storage cleared)', async () => {
    let opened = 0;
    const name = `db-${Math.random()}`;
    const counting = () => {
      const real = createStore(name, 'consent');
      return ((mode: IDBTransactionMode, cb: any) => (opened++, real(mode, cb))) as ReturnType<typeof createStore>;
    };
    const store = createRecordStore(1000, counting);
    expect(await store.get()).toBeUndefined();
    expect(opened).toBe(0);
    await store.update(put);
    expect(opened).toBe(1);
    expect(localStorage.getItem('assent:record')).toBe('1');
    const again = createRecordStore(1000, counting);
    expect((await again.get())?.decision).toEqual(DECISION);
    expect(opened).toBe(2);
  });

  it('falls back to localStorage when IndexedDB is missing', async () => {
    const store = createRecordStore(1000, () => null);
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
    expect(JSON.parse(localStorage.getItem('assent')!).decision).toEqual(DECISION);
  });

  it('falls back when opening IndexedDB throws', async () => {
    const store = createRecordStore(1000, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
  });

  it('falls back when every IndexedDB call throws (private mode, corrupt database)', async () => {
    const store = createRecordStore(1000, () => () => Promise.reject(new DOMException('x', 'UnknownError')));
    expect(await store.get()).toBeUndefined();
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
  });

  it('times out an IndexedDB that hangs (Safari), then serves from localStorage', async () => {
    const hanging = () => () => new Promise<never>(() => undefined);
    const store = createRecordStore(50, hanging);
    const t0 = Date.now();
    expect(await store.get()).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1000);
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
  });

  it('falls back on QuotaExceededError', async () => {
    let calls = 0;
    const quota = () => (mode: IDBTransactionMode) => {
      calls++;
      return mode === 'readwrite' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : Promise.resolve(undefined);
    };
    const store = createRecordStore(1000, quota as any);
    await store.update(put);
    expect(calls).toBe(1);
    expect((await store.get())?.decision).toEqual(DECISION);
  });

  it('keeps the record in memory when localStorage is blocked too', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get() { throw new DOMException('no', 'SecurityError'); } });
    try {
      const store = createRecordStore(1000, () => null);
      await store.update(put);
      expect((await store.get())?.decision).toEqual(DECISION);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', original);
    }
  });

  it('treats unreadable or unknown data as an empty record, never throwing', async () => {
    for (const raw of [null, 5, 'x', [], { v: 2 }, { v: 1, decision: { revision: '1' } }, { v: 1, history: 'no' }]) {
      expect(migrateRecord(raw)).toEqual({ v: 1, decision: null, history: [], pending: [] });
    }
    localStorage.setItem('assent', '{not json');
    const store = createRecordStore(1000, () => null);
    expect(await store.get()).toBeUndefined();
    await store.update(put);
    expect((await store.get())?.decision).toEqual(DECISION);
  });

  it('keeps a bounded history', () => {
    const history = Array.from({ length: 80 }, (_, i) => ({ recordId: String(i) }));
    expect(migrateRecord({ v: 1, history, pending: [] }).history).toHaveLength(50);
  });
});
