import type { Selection } from 'd3-selection';
import { reportTime } from '../../core/reportTime.ts';
import { type EventRow, GROUPS, type Group } from '../../core/schema.ts';
import { EVENT_COLOR, GROUP_COLORS } from '../groupColors.ts';
import type { StripLayout } from './stripLayout.ts';

/** A run of a day's stack: `count` reports of one group, `start` reports up from the bottom. */
export interface StackSegment {
  date: string;
  group: Group | undefined;
  start: number;
  count: number;
}

/** Above this many reports, a day's reports of one group share one mark. */
const ONE_MARK_EACH_UP_TO = 5000;

/**
 * The reports of the shown groups, stacked per day, main caravan at the bottom: one mark
 * per report, or, for a very long log, one per day and group, so drawing stays cheap.
 */
export function stackReports(rows: readonly EventRow[], hidden: readonly Group[]): StackSegment[] {
  const merge = rows.length > ONE_MARK_EACH_UP_TO;
  const order = (g: Group | undefined) => (g ? GROUPS.indexOf(g) : GROUPS.length);
  const shown = rows.filter((r) => !(r.group && hidden.includes(r.group)));
  const sorted = [...shown].sort(
    (a, b) => a.date.localeCompare(b.date) || order(a.group) - order(b.group),
  );
  const segments: StackSegment[] = [];
  for (const row of sorted) {
    const last = segments.at(-1);
    const sameDay = last?.date === row.date;
    if (merge && sameDay && last?.group === row.group) last.count += 1;
    else
      segments.push({
        date: row.date,
        group: row.group,
        start: sameDay && last ? last.start + last.count : 0,
        count: 1,
      });
  }
  return segments;
}

/** The most reports on one day, so the strip keeps its scale when groups are hidden. */
export function tallestStack(rows: readonly EventRow[]): number {
  const perDay = new Map<string, number>();
  for (const row of rows) perDay.set(row.date, (perDay.get(row.date) ?? 0) + 1);
  let tallest = 1;
  for (const count of perDay.values()) tallest = Math.max(tallest, count);
  return tallest;
}

const MAX_MARK_WIDTH = 8;

/** One short bar per report at its day, coloured by group, under a label. */
export function drawReportMarks(
  g: Selection<SVGGElement, unknown, null, undefined>,
  stacks: readonly StackSegment[],
  layout: StripLayout,
  label: string,
): void {
  const { x, marks, markPitch } = layout;
  const width = Math.max(2, Math.min(MAX_MARK_WIDTH, layout.dayWidth - 2));
  g.selectAll('*').remove();
  g.append('text')
    .attr('class', 'strip-label')
    .attr('x', x.range()[0] ?? 0)
    .attr('y', marks.top - 6)
    .text(label);
  g.append('g')
    .attr('shape-rendering', 'crispEdges')
    .selectAll('rect')
    .data(stacks)
    .join('rect')
    .attr('x', (s) => x(reportTime(s.date)) - width / 2)
    .attr('y', (s) => marks.bottom - (s.start + s.count) * markPitch)
    .attr('width', width)
    // A one-pixel gap between marks while they are tall enough to spare it.
    .attr('height', (s) => Math.max(0.5, s.count * markPitch - (markPitch >= 2 ? 1 : 0)))
    .attr('fill', (s) => (s.group ? GROUP_COLORS[s.group] : EVENT_COLOR));
}
