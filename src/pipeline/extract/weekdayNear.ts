import { isoDayToTime } from '../../core/isoDay.ts';
import { shiftDay } from './shiftDay.ts';

/**
 * The day of `weekday` (0 = Sunday) nearest `reference` on the side news copy means: on or
 * before it for a plain "Thursday" (a report tells what happened), after it for "next
 * Thursday" / "el próximo jueves".
 */
export function weekdayNear(reference: string, weekday: number, ahead = false): string {
  const today = new Date(isoDayToTime(reference)).getUTCDay();
  const back = (today - weekday + 7) % 7;
  return ahead ? shiftDay(reference, back === 0 ? 7 : 7 - back) : shiftDay(reference, -back);
}
