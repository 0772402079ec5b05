import { isoDayToTime } from './isoDay.ts';

const HOUR_MS = 3_600_000;

/**
 * The moment a day-dated report stands for: noon UTC, the middle of its day, so an
 * estimate between two reports moves evenly and a report "arrives" within its own day.
 */
export function reportTime(day: string): number {
  return isoDayToTime(day) + 12 * HOUR_MS;
}

export { HOUR_MS };
