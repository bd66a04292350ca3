import type { RecordStore } from './record-store';
import type { AssentConfig, DecisionRecord } from './types';

const MAX_DELAY = 5 * 60_000;
let running: Promise<void> | undefined;
let delay = 1000;

/**
 * Sends every pending proof record to the site's endpoint, one POST of JSON each, removing a record once the
 * endpoint answers 2xx. Failures retry with backoff (1 s doubling to 5 min) and when the browser comes back online;
 * records left unsent stay in storage and are retried on the next page load. A Web Lock keeps two tabs from
 * sending at once (the endpoint should still treat `recordId` as idempotent).
 */
export function flushProof(store: RecordStore, proof: NonNullable<AssentConfig['proof']>): Promise<void> {
  return (running ||= run(store, proof).finally(() => (running = undefined)));
}

async function run(store: RecordStore, proof: NonNullable<AssentConfig['proof']>): Promise<void> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const sendAll = async () => {
    const pending = (await store.get())?.pending || [];
    for (const record of pending) {
      if (!(await send(record, proof))) return false;
      await store.update((r) => ({ ...r, pending: r.pending.filter((p) => p.recordId !== record.recordId) }));
    }
    return true;
  };
  const done = locks ? await locks.request('assent-proof', sendAll) : await sendAll();
  if (done) {
    delay = 1000;
    return;
  }
  const retry = () => {
    clearTimeout(timer);
    removeEventListener('online', retry);
    flushProof(store, proof);
  };
  const timer = setTimeout(retry, delay);
  delay = Math.min(delay * 2, MAX_DELAY);
  addEventListener('online', retry);
}

async function send(record: DecisionRecord, proof: NonNullable<AssentConfig['proof']>): Promise<boolean> {
  try {
    const response = await fetch(proof.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...proof.headers },
      body: JSON.stringify(record),
      keepalive: true,
      credentials: 'same-origin',
    });
    return response.ok;
  } catch {
    return false; // offline, blocked or CORS: try again later
  }
}
