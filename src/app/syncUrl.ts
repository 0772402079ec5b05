import type { AppState } from './appState.ts';
import type { Store } from './createStore.ts';
import { type UrlState, writeUrlState } from './urlState.ts';

const THROTTLE_MS = 300;

/**
 * Keep the address in step with the state, with replaceState (scrubbing must not flood
 * the history), at most every THROTTLE_MS and once more when the reader stops.
 */
export function syncUrl(store: Store<AppState>, defaults: UrlState): () => void {
  let timer = 0;
  let lastWrite = 0;
  const write = () => {
    timer = 0;
    lastWrite = Date.now();
    const url = `${location.pathname}${writeUrlState(store.get(), defaults)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin frame may refuse; the map works the same without it.
    }
  };
  const unsubscribe = store.subscribe(() => {
    if (timer) return;
    timer = window.setTimeout(write, Math.max(0, THROTTLE_MS - (Date.now() - lastWrite)));
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
