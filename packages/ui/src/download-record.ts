import type { ConsentRecord, ConsentState } from '@assent/core';

/**
 * Saves the visitor's consent record (the current state and the history of decisions) as a JSON file. A Blob
 * download: nothing is sent anywhere.
 */
export function downloadRecord(state: ConsentState, record: ConsentRecord | undefined): void {
  const json = JSON.stringify({ consentId: state.id, state, history: record?.history || [] }, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `consent-record-${state.id || 'none'}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
