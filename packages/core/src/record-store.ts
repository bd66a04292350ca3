import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { debug } from './debug';
import { isObject, isStoredDecision, type StoredDecision } from './stored-decision';
import type { DecisionRecord } from './types';

/** The full record kept in IndexedDB: the current decision, the history of decisions and unsent proof. */
export interface ConsentRecord {
  v: 1;
  decision: StoredDecision | null;
  /** Newest last, at most HISTORY_LIMIT entries. */
  history: DecisionRecord[];
  /** Proof records not yet acknowledged by the endpoint. */
  pending: DecisionRecord[];
}

/** Asynchronous store of the consent record; every call settles within the timeout. */
export interface RecordStore {
  get(): Promise<ConsentRecord | undefined>;
  /** Atomic read-modify-write. */
  update(fn: (record: ConsentRecord) => ConsentRecord): Promise<void>;
}

const KEY = 'assent';
/**
 * Set in localStorage once a record was written to IndexedDB. Opening IndexedDB costs a first visit 50–150 ms of a
 * slow phone's CPU (and would create a database for every visitor who never decides): without the marker there is
 * nothing to read. Browsers clear localStorage and IndexedDB together (Safari's 7-day rule included).
 */
const MARKER = 'assent:record';
export const HISTORY_LIMIT = 50;

/**
 * Turns whatever storage returned into a current-format record. Unknown or damaged data becomes an empty record
 * (the visitor is asked again); it never throws.
 */
export function migrateRecord(raw: unknown): ConsentRecord {
  const r = isObject(raw) && raw.v === 1 ? raw : {};
  const list = (x: unknown) => (Array.isArray(x) ? x.filter(isObject) as DecisionRecord[] : []);
  return {
    v: 1,
    decision: isStoredDecision(r.decision) ? r.decision : null,
    history: list(r.history).slice(-HISTORY_LIMIT),
    pending: list(r.pending),
  };
}

const timeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(reject, ms, new Error(`timed out after ${ms} ms`)))]);

/**
 * IndexedDB (via idb-keyval) with a timeout on every call. When IndexedDB is missing, throws or hangs, the record
 * lives in localStorage, and when that fails too, in memory for the page.
 */
export function createRecordStore(timeoutMs: number, idbFactory: () => UseStore | null = defaultIdb): RecordStore {
  let idb: UseStore | null = null;
  try {
    idb = idbFactory();
  } catch (e) {
    if (__DEV__) debug('IndexedDB unavailable, using localStorage', e);
  }
  let memory: ConsentRecord | undefined;
  const local = (): Storage | null => {
    try {
      return localStorage;
    } catch {
      return null;
    }
  };
  const giveUpIdb = (e: unknown) => {
    if (__DEV__) debug('IndexedDB failed, falling back to localStorage', e);
    idb = null;
  };
  const readLocal = (): ConsentRecord | undefined => {
    try {
      const text = local()?.getItem(KEY);
      return text ? migrateRecord(JSON.parse(text)) : memory;
    } catch {
      return memory;
    }
  };

  const marked = (): boolean => {
    try {
      return !!localStorage.getItem(MARKER);
    } catch {
      return true; // unknown: look
    }
  };

  return {
    async get() {
      if (idb && marked()) {
        try {
          const raw = await timeout(idb('readonly', (s) => promisifyRequest(s.get(KEY))), timeoutMs);
          return raw === undefined ? undefined : migrateRecord(raw);
        } catch (e) {
          giveUpIdb(e);
        }
      }
      return readLocal();
    },
    async update(fn) {
      if (idb) {
        try {
          // Read and write in one transaction, so two tabs deciding at once cannot lose a history entry.
          await timeout(idb('readwrite', (s) => promisifyRequest(s.get(KEY)).then((raw) => {
            s.put(fn(migrateRecord(raw)), KEY);
            return promisifyRequest(s.transaction);
          })), timeoutMs);
          try {
            localStorage.setItem(MARKER, '1');
          } catch {
            // Without the marker a later page just skips reading (the cookie still holds the decision).
          }
          return;
        } catch (e) {
          giveUpIdb(e);
        }
      }
      const next = fn(readLocal() || migrateRecord(null));
      memory = next;
      try {
        local()!.setItem(KEY, JSON.stringify(next));
      } catch (e) {
        if (__DEV__) debug('localStorage unavailable, keeping the consent record in memory for this page', e);
      }
    },
  };
}

function defaultIdb(): UseStore | null {
  return typeof indexedDB === 'undefined' || !indexedDB ? null : createStore('assent', 'consent');
}
