import { isoDaysBetween } from './isoDay.ts';
import type { Log } from './logSchema.ts';
import { logSpan } from './rowsOn.ts';
import type { EventRow, Group, Place, Source } from './schema.ts';
import { toStops } from './toStops.ts';
import { buildTrack, type Segment, type Stop } from './track.ts';
import { groupWaypoints, type Waypoint } from './waypoints.ts';

/** Everything the views need from the log, derived once at load. */
export interface CaravanModel {
  log: Log;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  stops: Stop[];
  segments: Segment[];
  events: EventRow[];
  /** Each group's waypoints, for the position at any hour. */
  waypoints: Map<Group, Waypoint[]>;
  /** The days that have at least one report, in order. */
  reportDays: string[];
  /** Every day from the first report to the last, ISO. */
  days: string[];
}

export function caravanModel(log: Log): CaravanModel {
  const places = new Map(log.places.map((p) => [p.id, p]));
  const stops = toStops(log.rows, places);
  const { first, last } = logSpan(log.rows);
  return {
    log,
    places,
    sources: new Map(log.sources.map((s) => [s.id, s])),
    stops,
    segments: buildTrack(stops),
    events: log.rows.filter((r) => r.fact === 'event' && r.place && places.has(r.place)),
    waypoints: groupWaypoints(stops),
    reportDays: [...new Set(log.rows.map((r) => r.date))].sort(),
    days: isoDaysBetween(first, last),
  };
}
