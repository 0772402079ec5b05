import type { Page } from 'playwright';

/** What the probe records in the page; times are performance.now() of the page. */
export interface Probe {
  /** When #map first got data-ready="true": navigation start to map ready. */
  readyAt?: number;
  /** Every keydown, seen first (capture phase on window): when, and its event timeStamp. */
  keydowns: { at: number; stamp: number }[];
  /** When #map's data-idle counter changed: one entry per MapLibre 'idle'. */
  idles: number[];
  /** Event Timing entries (only those of 16 ms or more: Chromium's floor). */
  events: { name: string; startTime: number; duration: number; interactionId: number }[];
  /** Resolves with the ms from keydowns[index] to the next idle, or null after timeoutMs. */
  waitIdle(index: number, timeoutMs: number): Promise<number | null>;
}

declare global {
  interface Window {
    benchProbe: Probe;
  }
}

/*
 * tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the
 * functions Playwright serialises into the page then need that helper there too.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Record readiness, keydowns, idles and Event Timing in every document the page opens. */
export async function addProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: `${NAME_SHIM}(${installProbe.toString()})();` });
}

/** Runs in the page before its own scripts. */
function installProbe(): void {
  const waiters = new Set<() => void>();
  const probe: Probe = {
    keydowns: [],
    idles: [],
    events: [],
    waitIdle(index, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          const since = probe.keydowns[index]?.at;
          const idle = since === undefined ? undefined : probe.idles.find((t) => t > since);
          if (since === undefined || idle === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(idle - since);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(null);
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
  window.benchProbe = probe;
  const onKeydown = (event: KeyboardEvent) => {
    probe.keydowns.push({ at: performance.now(), stamp: event.timeStamp });
    for (const waiter of [...waiters]) waiter();
  };
  addEventListener('keydown', onKeydown, { capture: true });
  // #map does not exist yet: watch the whole document for its attributes.
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const map = record.target as HTMLElement;
      if (map.id !== 'map') continue;
      if (record.attributeName === 'data-idle') probe.idles.push(now);
      if (record.attributeName === 'data-ready' && map.dataset.ready === 'true') {
        probe.readyAt ??= now;
      }
    }
    for (const waiter of [...waiters]) waiter();
  }).observe(document, { subtree: true, attributeFilter: ['data-ready', 'data-idle'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      const { name, startTime, duration, interactionId } = entry;
      probe.events.push({ name, startTime, duration, interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}
