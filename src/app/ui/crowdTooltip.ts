import type { CrowdDay, CrowdFigure } from '../../core/crowdFigures.ts';
import type { Formatters } from '../i18n/formatters.ts';
import { h } from './h.ts';

export interface CrowdTooltip {
  element: HTMLDivElement;
  /** Show a day's figures centred on x, `bottom` pixels above the foot of its container. */
  show(day: CrowdDay, format: Formatters, at: { x: number; bottom: number }): void;
  hide(): void;
}

/**
 * The figures of one day and who stated them, over the chart. Hidden from screen readers:
 * each day's button already says the same in its label.
 */
export function crowdTooltip(): CrowdTooltip {
  const element = h('div', { class: 'strip-tip', 'aria-hidden': 'true' });
  element.hidden = true;
  return {
    element,
    show(day, format, at) {
      element.replaceChildren(
        h('p', { class: 'strip-tip-day' }, format.shortDay(day.time)),
        h('ul', { class: 'strip-tip-list' }, ...day.figures.map((f) => figureItem(f, format))),
      );
      element.hidden = false;
      const room = element.parentElement?.clientWidth ?? element.offsetWidth;
      const left = Math.max(
        0,
        Math.min(at.x - element.offsetWidth / 2, room - element.offsetWidth),
      );
      element.style.setProperty('left', `${left}px`);
      element.style.setProperty('bottom', `${at.bottom}px`);
    },
    hide() {
      element.hidden = true;
    },
  };
}

function figureItem(figure: CrowdFigure, format: Formatters): HTMLLIElement {
  const amount =
    figure.valueMax === undefined
      ? format.number(figure.value)
      : `${format.number(figure.value)}–${format.number(figure.valueMax)}`;
  // Outlets in italics, as a newspaper sets them; the speaker, when not the outlet, first.
  return h(
    'li',
    {},
    h('span', { class: 'strip-tip-value' }, amount),
    h(
      'span',
      { class: 'strip-tip-who' },
      figure.statedBy && `${figure.statedBy}, `,
      h('cite', {}, figure.outlet),
    ),
  );
}
