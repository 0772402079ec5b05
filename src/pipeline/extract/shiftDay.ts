import { DAY_MS, isoDayToTime, timeToIsoDay } from '../../core/isoDay.ts';

/** The ISO day `days` after `day` (before, when negative). */
export function shiftDay(day: string, days: number): string {
  return timeToIsoDay(isoDayToTime(day) + days * DAY_MS);
}
