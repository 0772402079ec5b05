import { stepReportDay } from '../../core/timeSteps.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { Messages } from '../i18n/messages.ts';
import { h } from './h.ts';
import { icon } from './icon.ts';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface ControlsOptions {
  store: Store<AppState>;
  messages: Messages;
  reportDays: readonly string[];
  onStep: (time: number) => void;
}

/** Previous report, play or pause, next report, and the speed, in days a second. */
export function mountControls(container: HTMLElement, options: ControlsOptions): () => void {
  const { store, messages } = options;
  const previous = h(
    'button',
    {
      type: 'button',
      class: 'control control--icon',
      'aria-label': messages.previousReport,
      title: messages.previousReport,
    },
    icon('previous'),
  );
  const play = h('button', { type: 'button', class: 'control control--play', id: 'play' });
  const next = h(
    'button',
    {
      type: 'button',
      class: 'control control--icon',
      'aria-label': messages.nextReport,
      title: messages.nextReport,
    },
    icon('next'),
  );
  const speed = h('select', {
    class: 'control control--select',
    id: 'speed',
    'aria-label': messages.speed,
  });
  for (const s of SPEEDS) {
    speed.append(
      h('option', { value: String(s) }, messages.speedOption(s === 0.5 ? '½' : String(s))),
    );
  }
  const group = h(
    'div',
    { class: 'controls', role: 'group', 'aria-label': messages.playbackLabel },
    previous,
    play,
    next,
    speed,
  );
  container.replaceChildren(group);

  const jump = (direction: 1 | -1) => {
    const time = stepReportDay(store.get().time, direction, options.reportDays);
    if (time === undefined) return;
    store.set({ time, playing: false });
    options.onStep(time);
  };
  const onPrevious = () => jump(-1);
  const onNext = () => jump(1);
  const onPlay = () => store.set({ playing: !store.get().playing });
  const onSpeed = () => store.set({ speed: Number(speed.value) });
  previous.addEventListener('click', onPrevious);
  next.addEventListener('click', onNext);
  play.addEventListener('click', onPlay);
  speed.addEventListener('change', onSpeed);
  const render = (state: AppState) => {
    play.replaceChildren(
      icon(state.playing ? 'pause' : 'play'),
      state.playing ? messages.pause : messages.play,
    );
    speed.value = String(state.speed);
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    previous.removeEventListener('click', onPrevious);
    next.removeEventListener('click', onNext);
    play.removeEventListener('click', onPlay);
    speed.removeEventListener('change', onSpeed);
  };
}
