import { axisLeft } from 'd3-axis';
import type { Selection } from 'd3-selection';
import type { CrowdDay, CrowdFigure } from '../../core/crowdFigures.ts';
import { GROUP_COLORS } from '../groupColors.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { StripLayout } from './stripLayout.ts';

type Group = Selection<SVGGElement, unknown, null, undefined>;
type Placed = CrowdFigure & { time: number };

const DOT_RADIUS = 3.5;
const SPAN_WIDTH = 4;

/**
 * The stated crowd sizes: per day a grey line from the lowest to the highest figure, over
 * it a dot per outlet's figure, and a short bar for a figure given as a range.
 */
export function drawCrowdChart(
  g: Group,
  days: readonly CrowdDay[],
  layout: StripLayout,
  format: Formatters,
): void {
  const { x, y } = layout;
  const [left, right] = x.range() as [number, number];
  g.selectAll('*').remove();
  g.append('g')
    .attr('class', 'strip-grid')
    .attr('transform', `translate(${left},0)`)
    .call(
      axisLeft(y)
        .tickValues(y.ticks(2))
        .tickSize(-(right - left))
        .tickPadding(6)
        .tickFormat((v) => format.number(Number(v))),
    )
    .call((axis) => axis.select('.domain').remove());
  g.append('g')
    .attr('class', 'strip-ranges')
    .selectAll('line')
    .data(days.filter((d) => d.min < d.max))
    .join('line')
    .attr('x1', (d) => x(d.time))
    .attr('x2', (d) => x(d.time))
    .attr('y1', (d) => y(d.min))
    .attr('y2', (d) => y(d.max));
  const figures: Placed[] = days.flatMap((d) => d.figures.map((f) => ({ ...f, time: d.time })));
  g.append('g')
    .attr('class', 'strip-figures')
    .attr('fill', GROUP_COLORS.main)
    .call((dots) => drawSpans(dots, figures, layout))
    .call((dots) => drawDots(dots, figures, layout));
}

function drawSpans(g: Group, figures: readonly Placed[], { x, y }: StripLayout): void {
  g.selectAll('rect')
    .data(figures.filter((f) => f.valueMax !== undefined))
    .join('rect')
    .attr('x', (f) => x(f.time) - SPAN_WIDTH / 2)
    .attr('width', SPAN_WIDTH)
    .attr('y', (f) => y(f.valueMax ?? f.value))
    .attr('height', (f) => y(f.value) - y(f.valueMax ?? f.value))
    .attr('rx', SPAN_WIDTH / 2);
}

function drawDots(g: Group, figures: readonly Placed[], { x, y }: StripLayout): void {
  g.selectAll('circle')
    .data(figures.filter((f) => f.valueMax === undefined))
    .join('circle')
    .attr('cx', (f) => x(f.time))
    .attr('cy', (f) => y(f.value))
    .attr('r', DOT_RADIUS);
}
