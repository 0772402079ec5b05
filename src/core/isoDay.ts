import { utcParse } from 'd3-time-format';

const parseDay = utcParse('%Y-%m-%d');
const DAY_MS = 86_400_000;

/** True for a calendar day that exists, written YYYY-MM-DD ("2018-02-30" is false). */
export function isRealIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = parseDay(text);
  // d3 rolls 02-30 over to 03-02; a real day survives the round trip.
  return parsed !== null && parsed.toISOString().slice(0, 10) === text;
}

/** Midnight UTC of an ISO day, in epoch milliseconds. Throws on a day that does not exist. */
export function isoDayToTime(text: string): number {
  if (!isRealIsoDay(text)) throw new Error(`"${text}" is not a real date in the form YYYY-MM-DD`);
  return Date.parse(`${text}T00:00:00Z`);
}

/** The ISO day (UTC) that contains a time. */
export function timeToIsoDay(time: number): string {
  return new Date(Math.floor(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Every ISO day from first to last, inclusive. */
export function isoDaysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = isoDayToTime(first); t <= isoDayToTime(last); t += DAY_MS) {
    days.push(timeToIsoDay(t));
  }
  return days;
}

export { DAY_MS };
