/** A typed event emitter (mitt-style): `on()` returns the function that unsubscribes. */
export interface Emitter<Events> {
  on<K extends keyof Events>(type: K, callback: (detail: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, detail: Events[K]): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(detail: any) => void>>();
  return {
    on(type, callback) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(callback);
      return () => void listeners.get(type)!.delete(callback);
    },
    emit(type, detail) {
      // A throwing listener must not stop the others, nor the consent flow that emitted.
      for (const callback of [...(listeners.get(type) || [])]) {
        try {
          callback(detail);
        } catch (e) {
          queueMicrotask(() => {
            throw e;
          });
        }
      }
    },
  };
}
