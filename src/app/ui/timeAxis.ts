import { axisBottom } from 'd3-axis';
import type { Selection } from 'd3-selection';
import { utcDay, utcWeek } from 'd3-time';
import { LOCALES } from '../i18n/formatters.ts';
import type { Language } from '../i18n/messages.ts';
import type { StripLayout } from './stripLayout.ts';

// The locales of formatters.ts; the axis needs short months ("15 Oct", "15 oct").
const LABEL_WIDTH = 50;
const MIN_DAY_TICK = 10;

/** The UTC time axis: labelled weeks, as many as fit, and day ticks where days are wide. */
export function drawTimeAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: StripLayout,
  language: Language,
): void {
  const label = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const weeksPerLabel = Math.ceil(LABEL_WIDTH / (7 * layout.dayWidth));
  g.selectAll('*').remove();
  g.attr('transform', `translate(0,${layout.axisTop})`);
  if (layout.dayWidth >= MIN_DAY_TICK) {
    g.append('g')
      .attr('class', 'strip-days-axis')
      .call(
        axisBottom(layout.x)
          .ticks(utcDay)
          .tickSize(3)
          .tickFormat(() => ''),
      )
      .call((axis) => axis.select('.domain').remove());
  }
  g.append('g').call(
    axisBottom(layout.x)
      .ticks(utcWeek.every(weeksPerLabel) ?? utcWeek)
      .tickSize(6)
      .tickSizeOuter(0)
      .tickFormat((d) => label.format(d as Date)),
  );
}
