import type { Selection } from 'd3-selection';
import { reportTime } from '../../core/reportTime.ts';
import { type EventRow, GROUPS, type Group } from '../../core/schema.ts';
import { EVENT_COLOR, GROUP_COLORS } from '../groupColors.ts';
import type { StripLayout } from './stripLayout.ts';

/** A report and its place in its day's stack (0 at the bottom). */
export interface StackedReport {
  row: EventRow;
  level: number;
}

/** The reports of the shown groups, stacked per day: main caravan at the bottom. */
export function stackReports(rows: readonly EventRow[], hidden: readonly Group[]): StackedReport[] {
  const order = (row: EventRow) => (row.group ? GROUPS.indexOf(row.group) : GROUPS.length);
  const shown = rows.filter((r) => !(r.group && hidden.includes(r.group)));
  const sorted = [...shown].sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
  const levels = new Map<string, number>();
  return sorted.map((row) => {
    const level = levels.get(row.date) ?? 0;
    levels.set(row.date, level + 1);
    return { row, level };
  });
}

/** The tallest day's stack, so the strip keeps its height when groups are hidden. */
export function tallestStack(rows: readonly EventRow[]): number {
  return Math.max(1, ...stackReports(rows, []).map((s) => s.level + 1));
}

const MAX_MARK_WIDTH = 8;

/** One short bar per report at its day, coloured by group, under a label. */
export function drawReportMarks(
  g: Selection<SVGGElement, unknown, null, undefined>,
  stacks: readonly StackedReport[],
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
    .attr('x', (s) => x(reportTime(s.row.date)) - width / 2)
    .attr('y', (s) => marks.bottom - (s.level + 1) * markPitch)
    .attr('width', width)
    .attr('height', markPitch - 1)
    .attr('fill', (s) => (s.row.group ? GROUP_COLORS[s.row.group] : EVENT_COLOR));
}
