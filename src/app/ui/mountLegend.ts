import { GROUPS } from '../../core/schema.ts';
import { EVENT_COLOR, GROUP_COLORS } from '../groupColors.ts';
import type { Messages } from '../i18n/messages.ts';

/** The key: one swatch per group, then what the line styles and marks mean. */
export function mountLegend(list: HTMLElement, messages: Messages): void {
  const items = [
    ...GROUPS.map((g) => item('dot', GROUP_COLORS[g], messages.groups[g])),
    item('line', GROUP_COLORS.main, messages.legendReported),
    item('dash', GROUP_COLORS.main, messages.legendUnreported),
    item('ring', GROUP_COLORS.main, messages.legendLatest),
    item('dot', EVENT_COLOR, messages.legendEvent),
  ];
  list.replaceChildren(...items);
}

function item(shape: string, color: string, label: string): HTMLLIElement {
  const li = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = `swatch swatch--${shape}`;
  swatch.style.setProperty('--swatch', color);
  swatch.setAttribute('aria-hidden', 'true');
  li.append(swatch, label);
  return li;
}
