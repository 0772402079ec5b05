export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  /** Calls the listener on every change; returns the unsubscribe. */
  subscribe(listener: Listener<T>): () => void;
}

/** The app's one source of truth (the current time and, later, the reader's choices). */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      const changed = Object.keys(patch).some(
        (k) => !Object.is(next[k as keyof T], previous[k as keyof T]),
      );
      if (!changed) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
