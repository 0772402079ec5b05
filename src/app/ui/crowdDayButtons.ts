import type { CrowdDay, CrowdFigure } from '../../core/crowdFigures.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';
import { h } from './h.ts';
import type { StripLayout } from './stripLayout.ts';

export interface CrowdDayButtons {
  render(
    days: readonly CrowdDay[],
    layout: StripLayout,
    messages: Messages,
    format: Formatters,
  ): void;
  /** Put the tab stop on the day shown, unless the reader is moving through the days. */
  follow(day: string): void;
  destroy(): void;
}

export interface CrowdDayHandlers {
  /** A day got the keyboard focus, or the focus left the days (undefined). */
  focus(day: CrowdDay | undefined): void;
  /** Enter or Space on a day. */
  choose(day: CrowdDay): void;
}

const MIN_WIDTH = 10;

/**
 * The crowd chart's days as one tab stop (a toolbar with a roving tabindex): arrows, Home
 * and End move between days, Enter or Space shows a day on the map. The buttons sit over
 * the chart but let the pointer through, so pointer scrubbing stays with the strip.
 */
export function crowdDayButtons(toolbar: HTMLElement, handlers: CrowdDayHandlers): CrowdDayButtons {
  let days: readonly CrowdDay[] = [];
  let current = 0;
  const buttonAt = (i: number) => toolbar.children[i] as HTMLButtonElement | undefined;
  const indexOf = (target: EventTarget | null) =>
    target instanceof HTMLElement && target.parentElement === toolbar
      ? Number(target.dataset.index)
      : undefined;
  const rove = (next: number) => {
    buttonAt(current)?.setAttribute('tabindex', '-1');
    current = next;
    buttonAt(current)?.setAttribute('tabindex', '0');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: days.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    rove(Math.max(0, Math.min(days.length - 1, next)));
    buttonAt(current)?.focus();
  };
  // A button's click is also what Enter, Space and a screen reader's activation send.
  const onClick = (event: MouseEvent) => {
    const day = days[indexOf(event.target) ?? -1];
    if (day) handlers.choose(day);
  };
  const onFocusIn = (event: FocusEvent) => {
    const index = indexOf(event.target);
    if (index === undefined) return;
    rove(index);
    handlers.focus(days[index]);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!toolbar.contains(event.relatedTarget as Node | null)) handlers.focus(undefined);
  };
  toolbar.addEventListener('keydown', onKeyDown);
  toolbar.addEventListener('click', onClick);
  toolbar.addEventListener('focusin', onFocusIn);
  toolbar.addEventListener('focusout', onFocusOut);

  return {
    render(next, layout, messages, format) {
      const focusedDay = days[current]?.day;
      days = next;
      current = Math.max(
        0,
        days.findIndex((d) => d.day === focusedDay),
      );
      const hadFocus = toolbar.contains(document.activeElement);
      toolbar.replaceChildren(
        ...days.map((day, i) => dayButton(day, i, i === current, layout, messages, format)),
      );
      if (hadFocus) buttonAt(current)?.focus();
    },
    follow(day) {
      if (toolbar.contains(document.activeElement)) return;
      const after = days.findIndex((d) => d.day > day);
      const shown = (after === -1 ? days.length : after) - 1;
      if (shown >= 0 && shown !== current) rove(shown);
    },
    destroy() {
      toolbar.removeEventListener('keydown', onKeyDown);
      toolbar.removeEventListener('click', onClick);
      toolbar.removeEventListener('focusin', onFocusIn);
      toolbar.removeEventListener('focusout', onFocusOut);
    },
  };
}

function dayButton(
  day: CrowdDay,
  index: number,
  isStop: boolean,
  { x, chart, dayWidth }: StripLayout,
  messages: Messages,
  format: Formatters,
): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'strip-day',
    tabindex: isStop ? '0' : '-1',
    'data-index': String(index),
    'aria-label': dayLabel(day, messages, format),
  });
  const width = Math.max(MIN_WIDTH, dayWidth);
  button.style.setProperty('left', `${x(day.time) - width / 2}px`);
  button.style.setProperty('width', `${width}px`);
  button.style.setProperty('top', `${chart.top - 6}px`);
  button.style.setProperty('height', `${chart.bottom - chart.top + 12}px`);
  return button;
}

/** "Monday 22 October 2018: 7,200 (United Nations, Daily Mail); 4,000 (Burlington County Times)" */
function dayLabel(day: CrowdDay, messages: Messages, format: Formatters): string {
  const figure = (f: CrowdFigure) => {
    const amount =
      f.valueMax === undefined
        ? format.number(f.value)
        : messages.crowdRange(format.number(f.value), format.number(f.valueMax));
    return `${amount} (${f.statedBy ? `${f.statedBy}, ${f.outlet}` : f.outlet})`;
  };
  return `${format.longDay(day.time)}: ${day.figures.map(figure).join('; ')}`;
}
