import { callSafely } from './call-safely';

/** A typed event emitter (mitt-style): `on()` returns the function that unsubscribes. */
export interface Emitter<Events> {
  on<K extends keyof Events>(type: K, callback: (detail: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, detail: Events[K]): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  // size: one list of [type, callback] pairs; listeners are few.
  let listeners: Array<[keyof Events, (detail: any) => void]> = [];
  return {
    on(type, callback) {
      const entry: [keyof Events, (detail: any) => void] = [type, callback];
      listeners.push(entry);
      return () => void (listeners = listeners.filter((l) => l !== entry));
    },
    emit(type, detail) {
      for (const [t, callback] of listeners) if (t === type) callSafely(callback, detail);
    },
  };
}
