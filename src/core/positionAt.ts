import { along } from '@turf/along';
import { lineString } from '@turf/helpers';
import { greatCircleKm, type LonLat } from './distances.ts';
import type { Waypoint } from './waypoints.ts';

/**
 * Where a group is at a time: `report`, exactly at a reported place; `stretch`, on a
 * stretch a report describes; `estimate`, between two reports, at the pace their dates
 * imply. Undefined before the group's first waypoint and after its last: nothing moves
 * without a report on either side.
 */
export interface Position {
  at: LonLat;
  kind: 'report' | 'stretch' | 'estimate';
  /** The waypoint passed last, the next one (unless at a report), and great-circle
   * kilometres along the reports so far. */
  from: Waypoint;
  to?: Waypoint | undefined;
  km: number;
}

export function positionAt(waypoints: readonly Waypoint[], time: number): Position | undefined {
  const i = lastAtOrBefore(waypoints, time);
  const from = waypoints[i];
  if (!from) return undefined;
  if (from.time === time) return { at: from.at, kind: 'report', from, km: from.km };
  const to = waypoints[i + 1];
  if (!to) return undefined;
  const legKm = to.km - from.km;
  // Reported at the same place on both sides: waiting there, not an estimate between places.
  if (legKm === 0) return { at: from.at, kind: 'report', from, km: from.km };
  const fraction = (time - from.time) / (to.time - from.time);
  const at = pointAlong(from.at, to.at, fraction * legKm);
  return {
    at,
    kind: from.stretch ? 'stretch' : 'estimate',
    from,
    to,
    km: from.km + fraction * legKm,
  };
}

/** Binary search: the index of the last waypoint at or before a time, or -1. */
function lastAtOrBefore(waypoints: readonly Waypoint[], time: number): number {
  let lo = 0;
  let hi = waypoints.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((waypoints[mid] as Waypoint).time <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function pointAlong(a: LonLat, b: LonLat, km: number): LonLat {
  if (km >= greatCircleKm(a, b)) return b;
  const p = along(lineString([a, b]), km, { units: 'kilometers' }).geometry.coordinates;
  return [p[0] as number, p[1] as number];
}
