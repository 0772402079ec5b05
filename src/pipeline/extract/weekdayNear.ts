import { isoDayToTime } from '../../core/isoDay.ts';
import { shiftDay } from './shiftDay.ts';

/**
 * Which side of the reference a weekday falls on: `before` (on or before it) for a plain
 * "Thursday" in an article of known date, since a report tells what happened; `after` for
 * "next Thursday" / "el próximo jueves"; `nearest` (within three days either way, chrono-node's
 * own rule) when the reference is only the latest day the text prints, so the article may
 * well be later than it.
 */
export type WeekdaySide = 'before' | 'after' | 'nearest';

/**
 * "el domingo 4": the day within two months of `reference` that is both that weekday and that
 * day of the month, the nearest if two fit on the side a report tells of (on or before the
 * reference, or after it for a plan); undefined when none does.
 */
export function weekdayOnDay(
  reference: string,
  weekday: number,
  day: number,
  ahead = false,
): string | undefined {
  const fits: string[] = [];
  for (let offset = -62; offset <= 62; offset += 1) {
    const date = new Date(isoDayToTime(shiftDay(reference, offset)));
    if (date.getUTCDate() === day && date.getUTCDay() === weekday)
      fits.push(shiftDay(reference, offset));
  }
  const away = (d: string) => Math.abs(isoDayToTime(d) - isoDayToTime(reference));
  const onSide = fits.filter((d) => (ahead ? d > reference : d <= reference));
  return (onSide.length ? onSide : fits).sort((a, b) => away(a) - away(b))[0];
}

/** The day of `weekday` (0 = Sunday) on `side` of `reference`. */
export function weekdayNear(reference: string, weekday: number, side: WeekdaySide): string {
  const today = new Date(isoDayToTime(reference)).getUTCDay();
  const back = (today - weekday + 7) % 7;
  if (side === 'after') return shiftDay(reference, back === 0 ? 7 : 7 - back);
  if (side === 'nearest' && back > 3) return shiftDay(reference, 7 - back);
  return shiftDay(reference, -back);
}
