import { type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc } from 'd3-scale';
import { DAY_MS } from '../../core/isoDay.ts';

/** A band of the strip, in SVG pixels from its top. */
export interface Band {
  top: number;
  bottom: number;
}

/** Where everything in the timeline strip goes, for one width. */
export interface StripLayout {
  width: number;
  height: number;
  x: ScaleTime<number, number>;
  /** Crowd size to pixels, within the chart band. */
  y: ScaleLinear<number, number>;
  chart: Band;
  marks: Band;
  axisTop: number;
  /** Pixels one day takes on the time axis. */
  dayWidth: number;
  /** Height of one report in its day's stack, gap included. */
  markPitch: number;
}

const MARGIN = { left: 44, right: 14 };
const CHART = { top: 10, height: 80 };
// The marks' label sits in the gap between the chart and the marks.
const GAP = 24;
const MARK_PITCH = 3;
// The marks' band never grows past this, however many reports a day has.
const MAX_MARKS_HEIGHT = 60;
const AXIS_HEIGHT = 22;

/** Lay the strip out across `width`, for the days from start to end (UTC epoch ms). */
export function stripLayout(
  width: number,
  span: { start: number; end: number },
  maxCrowd: number,
  maxReportsPerDay: number,
): StripLayout {
  const x = scaleUtc()
    .domain([span.start, span.end])
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
  const chart = { top: CHART.top, bottom: CHART.top + CHART.height };
  const y = scaleLinear().domain([0, maxCrowd]).nice(2).range([chart.bottom, chart.top]);
  const marksTop = chart.bottom + GAP;
  const marksHeight = Math.min(MAX_MARKS_HEIGHT, maxReportsPerDay * MARK_PITCH);
  const marks = { top: marksTop, bottom: marksTop + marksHeight };
  const axisTop = marks.bottom + 2;
  return {
    width,
    height: axisTop + AXIS_HEIGHT,
    x,
    y,
    chart,
    marks,
    axisTop,
    dayWidth: x(span.start + DAY_MS) - x(span.start),
    markPitch: marksHeight / maxReportsPerDay,
  };
}
