import { timeToIsoDay } from '../core/isoDay.ts';
import type { AppState } from './appState.ts';
import type { Store } from './createStore.ts';

/**
 * Printing shows the pre-rendered picture of the day shown (npm run snapshots) in place of
 * the canvas, which prints blank or stale. Set only when printing, so a reader who never
 * prints loads none; without snapshots, the whole-route picture stands in.
 */
export function attachPrintSnapshot(
  img: HTMLImageElement,
  store: Store<AppState>,
  alt: () => string,
): () => void {
  const set = () => {
    img.alt = alt();
    img.onerror = () => {
      img.onerror = null;
      img.src = 'static-map.png';
    };
    img.src = `snapshots/${timeToIsoDay(store.get().time)}.png`;
  };
  const print = matchMedia('print');
  const onChange = () => {
    if (print.matches) set();
  };
  window.addEventListener('beforeprint', set);
  print.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', set);
    print.removeEventListener('change', onChange);
  };
}
