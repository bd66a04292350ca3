import { vi } from 'vitest';
import { createConsent, type AssentConfig, type ConsentRecord, type CoreOptions, type RecordStore } from '@assent/core';
import { migrateRecord } from '@assent/core/record-store';

export function clearCookies(): void {
  for (const pair of document.cookie.split(/;\s*/)) {
    const name = pair.split('=')[0];
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** An in-memory record store shared by the engines of one test ("reloads" of one browser). */
export function memoryStore(): RecordStore & { record?: ConsentRecord } {
  const s: RecordStore & { record?: ConsentRecord } = {
    async get() {
      return s.record && structuredClone(s.record);
    },
    async update(fn) {
      s.record = fn(migrateRecord(s.record && structuredClone(s.record)));
    },
  };
  return s;
}

export function makeConsent(config: AssentConfig, options: CoreOptions = {}) {
  const ui = { show: vi.fn() };
  const mount = vi.fn(() => ui);
  const consent = createConsent(config, { ui: async () => ({ mount }), ...options });
  return { consent, ui, mount };
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
