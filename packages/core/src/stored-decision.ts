import type { DecisionMethod } from './types';

/** A decision as persisted (cookie mirror and IndexedDB record). Times are epoch milliseconds. */
export interface StoredDecision {
  revision: number;
  decidedAt: number;
  id: string;
  method: DecisionMethod;
  /** Category → allowed, for every category the decision covered. */
  categories: Record<string, boolean>;
  /** Category → service → allowed, only where a service differs from its category. */
  services: Record<string, Record<string, boolean>>;
  /** Proof records of this browser wait to be sent (mirrored so a returning visitor knows without IndexedDB). */
  pending?: boolean;
}

export const isObject = (x: unknown): x is Record<string, any> => !!x && typeof x === 'object' && !Array.isArray(x);
const isBoolMap = (x: unknown): boolean => isObject(x) && Object.values(x).every((v) => typeof v === 'boolean');

/** A stored decision read back from storage, checked field by field. */
export const isStoredDecision = (d: any): d is StoredDecision =>
  isObject(d) && Number.isInteger(d.revision) && typeof d.decidedAt === 'number' && typeof d.id === 'string' &&
  typeof d.method === 'string' && isBoolMap(d.categories) && isObject(d.services) &&
  Object.values(d.services).every(isBoolMap);

