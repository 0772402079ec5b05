import { HOUR_MS } from '../../core/reportTime.ts';
import { clampTime, stepDays, type TimeSpan } from '../../core/timeSteps.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';

export interface SliderOptions {
  span: TimeSpan;
  store: Store<AppState>;
  messages: Messages;
  format: Formatters;
  valueText: (time: number) => string;
  /** Called after a keyboard step (not while dragging), for the live region. */
  onStep: (time: number) => void;
}

/** Keys of the WAI-ARIA slider pattern, as steps in days (Home and End are the ends). */
const KEY_DAYS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 7,
  PageDown: -7,
};

/**
 * The time slider: a native range input in hours, so dragging (mouse or finger) reaches
 * any hour and the browser supplies the slider role. Keys step by day, a week with Page
 * keys, to the ends with Home and End, each landing on a report's noon.
 */
export function mountSlider(container: HTMLElement, options: SliderOptions): () => void {
  const { span, store, messages, format } = options;
  const input = document.createElement('input');
  Object.assign(input, {
    type: 'range',
    id: 'time-slider',
    className: 'slider',
    step: '1',
    min: '0',
  });
  input.max = String(Math.round((span.last - span.first) / HOUR_MS));
  input.setAttribute('aria-label', messages.sliderLabel);
  const ends = document.createElement('div');
  ends.className = 'slider-ends';
  ends.setAttribute('aria-hidden', 'true');
  for (const time of [span.first, span.last]) {
    const label = document.createElement('span');
    label.textContent = format.shortDay(time);
    ends.append(label);
  }
  container.replaceChildren(input, ends);

  const onInput = () =>
    store.set({ time: span.first + Number(input.value) * HOUR_MS, playing: false });
  const onKey = (event: KeyboardEvent) => {
    const time = keyTarget(event.key, store.get().time, span);
    if (time === undefined) return;
    event.preventDefault();
    store.set({ time, playing: false });
    options.onStep(time);
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  const render = ({ time }: AppState) => {
    const value = Math.round((clampTime(time, span) - span.first) / HOUR_MS);
    input.value = String(value);
    input.setAttribute('aria-valuetext', options.valueText(time));
    input.style.setProperty('--progress', `${(value / Number(input.max)) * 100}%`);
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
  };
}

function keyTarget(key: string, time: number, span: TimeSpan): number | undefined {
  if (key === 'Home') return span.first;
  if (key === 'End') return span.last;
  const days = KEY_DAYS[key];
  return days === undefined ? undefined : stepDays(time, days, span);
}
