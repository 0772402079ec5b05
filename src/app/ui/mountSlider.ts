import { DAY_MS, isoDayToTime } from '../../core/isoDay.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';

export interface SliderOptions {
  days: readonly string[];
  store: Store<AppState>;
  valueText: (time: number) => string;
  messages: Messages;
  format: Formatters;
}

/**
 * The time slider: a native range input, so arrows, Page Up/Down, Home and End, touch
 * dragging and the slider role come from the browser. It writes the store while dragged.
 */
export function mountSlider(container: HTMLElement, options: SliderOptions): () => void {
  const { days, store, valueText, messages, format } = options;
  const first = isoDayToTime(days[0] as string);
  const input = document.createElement('input');
  input.type = 'range';
  input.id = 'time-slider';
  input.className = 'slider';
  input.min = '0';
  input.max = String(days.length - 1);
  input.step = '1';
  input.setAttribute('aria-label', messages.sliderLabel);
  const ends = document.createElement('div');
  ends.className = 'slider-ends';
  ends.setAttribute('aria-hidden', 'true');
  for (const day of [days[0], days.at(-1)] as string[]) {
    const span = document.createElement('span');
    span.textContent = format.shortDay(isoDayToTime(day));
    ends.append(span);
  }
  container.replaceChildren(input, ends);

  const onInput = () => store.set({ time: first + Number(input.value) * DAY_MS });
  input.addEventListener('input', onInput);
  const render = ({ time }: AppState) => {
    input.value = String(Math.round((time - first) / DAY_MS));
    input.setAttribute('aria-valuetext', valueText(time));
    input.style.setProperty('--progress', `${(Number(input.value) / (days.length - 1)) * 100}%`);
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
  };
}
