import type { LonLat } from './distances.ts';
import { greatCircleKm } from './distances.ts';
import { DAY_MS, isoDayToTime } from './isoDay.ts';
import type { Group } from './schema.ts';
import type { Stop } from './track.ts';

/** A point the estimated position passes at a time. */
export interface Waypoint {
  time: number;
  at: LonLat;
  /** The place id and the report (row id) this waypoint comes from. */
  place: string;
  stopId: string;
  /** True when the way from here to the next waypoint is a reported stretch. */
  stretch: boolean;
  /** Great-circle kilometres from the group's first waypoint. */
  km: number;
}

/**
 * Each group's waypoints. Reports are dated to the day, not the hour, so a day's waypoints
 * are spread evenly across it in file order: a lone report stands at noon; a stretch "from
 * A to B" runs from A to B through the day.
 */
export function groupWaypoints(stops: readonly Stop[]): Map<Group, Waypoint[]> {
  const byGroup = new Map<Group, Waypoint[]>();
  for (const dayStops of byGroupAndDay(stops)) {
    const first = dayStops[0] as Stop;
    const points = sameDayStretchesOnce(dayStops).flatMap((s) =>
      s.to
        ? [
            { at: s.at, place: s.place, stopId: s.rowId, stretch: true },
            { at: s.to, place: s.placeTo ?? s.place, stopId: s.rowId, stretch: false },
          ]
        : [{ at: s.at, place: s.place, stopId: s.rowId, stretch: false }],
    );
    const list = byGroup.get(first.group) ?? [];
    const dayStart = isoDayToTime(first.date);
    points.forEach((p, i) => {
      const previous = list.at(-1);
      const km = previous ? previous.km + greatCircleKm(previous.at, p.at) : 0;
      list.push({ ...p, time: dayStart + ((i + 1) / (points.length + 1)) * DAY_MS, km });
    });
    byGroup.set(first.group, list);
  }
  return byGroup;
}

/**
 * Two outlets reporting the same stretch on one day report one journey, not a return
 * trip: keep the first.
 */
function sameDayStretchesOnce(stops: readonly Stop[]): Stop[] {
  const seen = new Set<string>();
  return stops.filter((s) => {
    if (!s.placeTo) return true;
    const key = `${s.place}>${s.placeTo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stops grouped by group and day, in date order and file order within a day. */
function byGroupAndDay(stops: readonly Stop[]): Stop[][] {
  const days = new Map<string, Stop[]>();
  const sorted = [...stops].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const stop of sorted) {
    const key = `${stop.group} ${stop.date}`;
    const list = days.get(key) ?? [];
    list.push(stop);
    days.set(key, list);
  }
  return [...days.values()];
}
