import { describe, expect, it, vi } from 'vitest';
import { createStore } from './createStore.ts';

describe('createStore', () => {
  it('notifies subscribers of a change with the previous state, until they unsubscribe', () => {
    const store = createStore({ time: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ time: 1 });
    expect(listener).toHaveBeenCalledWith({ time: 1 }, { time: 0 });
    unsubscribe();
    store.set({ time: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().time).toBe(2);
  });

  it('does not notify when nothing changed', () => {
    const store = createStore({ time: 5 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ time: 5 });
    expect(listener).not.toHaveBeenCalled();
  });
});
