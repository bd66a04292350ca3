import type { RecordStore } from './record-store';
import type { AssentConfig, DecisionRecord } from './types';

type ProofConfig = NonNullable<AssentConfig['proof']>;
const MAX_DELAY = 5 * 60_000;
let running: Promise<void> | undefined;

/**
 * Sends every pending proof record to the site's endpoint, one POST of JSON each, removing a record once the
 * endpoint answers 2xx. Resolves when nothing is left to send. Failures retry with backoff (1 s doubling to 5 min),
 * and at once when the browser comes back online; records still unsent when the page goes stay in storage and are
 * retried on a later page. A Web Lock keeps two tabs from sending at once (the endpoint should still treat
 * `recordId` as idempotent).
 */
export function flushProof(store: RecordStore, proof: ProofConfig): Promise<void> {
  return (running ||= sendUntilDone(store, proof).finally(() => (running = undefined)));
}

async function sendUntilDone(store: RecordStore, proof: ProofConfig): Promise<void> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const sendAll = async () => {
    for (const record of (await store.get())?.pending || []) {
      if (!(await send(record, proof))) return false;
      await store.update((r) => ({ ...r, pending: r.pending.filter((p) => p.recordId !== record.recordId) }));
    }
    return true;
  };
  for (let delay = 1000; !(await (locks ? locks.request('assent-proof', sendAll) : sendAll())); delay = Math.min(delay * 2, MAX_DELAY)) {
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        removeEventListener('online', wake);
        resolve();
      };
      const timer = setTimeout(wake, delay);
      addEventListener('online', wake);
    });
  }
}

async function send(record: DecisionRecord, proof: ProofConfig): Promise<boolean> {
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
    return false; // offline, blocked or refused by CORS: try again later
  }
}
