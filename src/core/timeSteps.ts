import { DAY_MS, isoDayToTime, timeToIsoDay } from './isoDay.ts';
import { reportTime } from './reportTime.ts';

/** The span a reader can scrub: the first report's noon to the last report's noon. */
export interface TimeSpan {
  first: number;
  last: number;
}

export function timeSpan(days: readonly string[]): TimeSpan {
  return { first: reportTime(days[0] as string), last: reportTime(days.at(-1) as string) };
}

export function clampTime(time: number, span: TimeSpan): number {
  return Math.min(span.last, Math.max(span.first, time));
}

/**
 * The noon `days` days away, counted from the nearest noon in that direction: one step
 * from 15:00 goes to the next day's noon forward, or to the same day's noon back.
 */
export function stepDays(time: number, days: number, span: TimeSpan): number {
  const noon = reportTime(timeToIsoDay(time));
  const base = days > 0 ? (noon > time ? noon - DAY_MS : noon) : noon < time ? noon + DAY_MS : noon;
  return clampTime(base + days * DAY_MS, span);
}

/** The noon of the next (or previous) day that has a report, or undefined at either end. */
export function stepReportDay(
  time: number,
  direction: 1 | -1,
  reportDays: readonly string[],
): number | undefined {
  const times = reportDays.map((d) => isoDayToTime(d) + DAY_MS / 2);
  return direction > 0 ? times.find((t) => t > time) : times.findLast((t) => t < time);
}
