import { DAY_MS } from '../core/isoDay.ts';
import { stepReportDay, type TimeSpan } from '../core/timeSteps.ts';
import type { AppState } from './appState.ts';
import type { Store } from './createStore.ts';

/** With reduced motion, how long each report day stays before the next. */
export const REDUCED_MOTION_STEP_MS = 1500;

export interface PlaybackOptions {
  store: Store<AppState>;
  span: TimeSpan;
  reportDays: readonly string[];
  reducedMotion: () => boolean;
  /** Each reduced-motion step is announced like a keyboard step. */
  onStep: (time: number) => void;
}

/**
 * Runs while `playing` is true: the time advances at `speed` days a second, smoothly, or
 * with reduced motion from report day to report day without animation. It stops at the
 * last report (no loop). Play from the end starts again from the beginning.
 */
export function attachPlayback(options: PlaybackOptions): () => void {
  const { store, span } = options;
  let frame = 0;
  let timer = 0;
  let lastTick = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = 0;
  };
  const tick = (now: number) => {
    const { time, speed } = store.get();
    const next = Math.min(span.last, time + ((now - lastTick) / 1000) * speed * DAY_MS);
    lastTick = now;
    store.set({ time: Math.round(next), playing: next < span.last });
    if (store.get().playing) frame = requestAnimationFrame(tick);
  };
  const step = () => {
    const next = stepReportDay(store.get().time, 1, options.reportDays);
    if (next === undefined) return store.set({ playing: false });
    store.set({ time: next, playing: next < span.last });
    options.onStep(next);
    if (store.get().playing) timer = window.setTimeout(step, REDUCED_MOTION_STEP_MS);
  };
  const start = () => {
    if (store.get().time >= span.last) store.set({ time: span.first });
    if (options.reducedMotion()) timer = window.setTimeout(step, REDUCED_MOTION_STEP_MS);
    else {
      lastTick = performance.now();
      frame = requestAnimationFrame(tick);
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing === previous.playing) return;
    stop();
    if (state.playing) start();
  });
  return () => {
    unsubscribe();
    stop();
  };
}
