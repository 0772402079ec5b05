import { GROUPS, type Group } from '../../core/schema.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { EVENT_COLOR, GROUP_COLORS } from '../groupColors.ts';
import type { Messages } from '../i18n/messages.ts';
import { h } from './h.ts';

/**
 * The key. Each group is a toggle button that shows or hides it; then what the line styles
 * and marks mean.
 */
export function mountLegend(
  container: HTMLElement,
  { store, messages }: { store: Store<AppState>; messages: Messages },
): () => void {
  const buttons = GROUPS.map((g) => groupToggle(g, messages, store));
  const marks = [
    swatch('line', GROUP_COLORS.main, messages.legendReported),
    swatch('dash', GROUP_COLORS.main, messages.legendUnreported),
    swatch('ring', GROUP_COLORS.main, messages.legendLatest),
    swatch('hollow', GROUP_COLORS.main, messages.legendEstimate),
    swatch('dot', EVENT_COLOR, messages.legendEvent),
  ];
  container.replaceChildren(
    h(
      'div',
      { class: 'legend-groups', role: 'group', 'aria-label': messages.groupsLabel },
      ...buttons,
    ),
    h('ul', { class: 'legend-marks', 'aria-label': messages.legendLabel }, ...marks),
  );
  const render = ({ hiddenGroups }: AppState) => {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(!hiddenGroups.includes(GROUPS[i] as Group)));
    });
  };
  render(store.get());
  return store.subscribe(render);
}

function groupToggle(group: Group, messages: Messages, store: Store<AppState>): HTMLButtonElement {
  const dot = h('span', { class: 'swatch swatch--dot', 'aria-hidden': 'true' });
  dot.style.setProperty('--swatch', GROUP_COLORS[group]);
  const button = h(
    'button',
    { type: 'button', class: 'toggle toggle--group', 'data-group': group },
    dot,
    messages.groups[group],
  );
  button.addEventListener('click', () => {
    const hidden = store.get().hiddenGroups;
    store.set({
      hiddenGroups: hidden.includes(group) ? hidden.filter((g) => g !== group) : [...hidden, group],
    });
  });
  return button;
}

function swatch(shape: string, color: string, label: string): HTMLLIElement {
  const mark = h('span', { class: `swatch swatch--${shape}`, 'aria-hidden': 'true' });
  mark.style.setProperty('--swatch', color);
  return h('li', {}, mark, label);
}
