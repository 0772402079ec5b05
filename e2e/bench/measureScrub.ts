import type { Page } from 'playwright';
import type { Probe } from './pageProbe.ts';

/** Chromium's Event Timing floor: an interaction with no entry took less than this. */
export const EVENT_TIMING_FLOOR_MS = 16;

export interface ScrubResult {
  /** Steps asked for, and pressed before the time budget ran out. */
  planned: number;
  pressed: number;
  /** How many times the steps covered the slider from Home to End. */
  passes: number;
  /** Keydown to the next MapLibre idle, for the steps that had one. */
  stepToIdle: number[];
  /** Steps with no idle within the timeout (the map had nothing to redraw, or hung). */
  timeouts: number;
  /** Input to next paint per step (Event Timing); a step with no entry counts as the floor. */
  inputToPaint: number[];
  /** Steps with no Event Timing entry: faster than the floor. */
  belowFloor: number;
}

export interface ScrubOptions {
  steps: number;
  /** How long to wait for an idle after a step. */
  timeoutMs: number;
  /** Stop pressing after this long, even short of `steps`. */
  budgetMs: number;
}

/**
 * Press ArrowRight up to `steps` times on the slider, each a real key press, waiting for
 * the map's idle (or the timeout) before the next; back to Home at the slider's end.
 */
export async function measureScrub(
  page: Page,
  { steps, timeoutMs, budgetMs }: ScrubOptions,
): Promise<ScrubResult> {
  await page.focus('#time-slider');
  let keydowns = await page.evaluate(() => window.benchProbe.keydowns.length);
  const measured: number[] = [];
  const stepToIdle: number[] = [];
  let timeouts = 0;
  let wraps = 0;
  let slider = await sliderState(page);
  const press = async (key: string) => {
    await page.keyboard.press(key);
    keydowns += 1;
    const waited = await page.evaluate(
      ([index, timeout]) => window.benchProbe.waitIdle(index, timeout),
      [keydowns - 1, timeoutMs] as const,
    );
    slider = await sliderState(page);
    return waited;
  };
  if (slider.value > slider.min) await press('Home');
  const deadline = performance.now() + budgetMs;
  while (measured.length < steps && performance.now() < deadline) {
    if (slider.value >= slider.max) {
      wraps += 1;
      await press('Home');
    }
    measured.push(keydowns);
    const ms = await press('ArrowRight');
    if (ms === null) timeouts += 1;
    else stepToIdle.push(ms);
  }
  const probe = await page.evaluate(() => ({
    keydowns: window.benchProbe.keydowns,
    events: window.benchProbe.events,
  }));
  const latencies = measured.map((index) => interactionLatency(probe, index));
  return {
    planned: steps,
    pressed: measured.length,
    passes: wraps + (slider.value - slider.min) / (slider.max - slider.min || 1),
    stepToIdle,
    timeouts,
    inputToPaint: latencies.map((ms) => ms ?? EVENT_TIMING_FLOOR_MS),
    belowFloor: latencies.filter((ms) => ms === undefined).length,
  };
}

function sliderState(page: Page): Promise<{ value: number; min: number; max: number }> {
  return page.$eval('#time-slider', (el) => {
    const input = el as HTMLInputElement;
    return { value: Number(input.value), min: Number(input.min), max: Number(input.max) };
  });
}

/**
 * The latency of the interaction a keydown started: the longest Event Timing entry
 * sharing its interactionId (as INP counts it); undefined when it had no entry.
 */
function interactionLatency(
  probe: Pick<Probe, 'keydowns' | 'events'>,
  index: number,
): number | undefined {
  const keydown = probe.keydowns[index];
  const entry = probe.events.find(
    (e) => e.name === 'keydown' && keydown && Math.abs(e.startTime - keydown.stamp) < 1,
  );
  if (!entry) return undefined;
  const same = probe.events.filter((e) => e.interactionId === entry.interactionId);
  return entry.interactionId ? Math.max(...same.map((e) => e.duration)) : entry.duration;
}
