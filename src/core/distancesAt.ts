import type { LineString, MultiLineString } from 'geojson';
import type { CaravanModel } from './caravanModel.ts';
import { greatCircleKm, type LonLat, nearestOnLine } from './distances.ts';
import { positionAt } from './positionAt.ts';
import type { Group } from './schema.ts';

/** Our measurements for a group at a time, in kilometres, each a different measure. */
export interface DistancesAt {
  /** Where the group was (reported or estimated). */
  at: LonLat;
  estimated: boolean;
  /** Along the group's reported positions since its first, in straight lines between them. */
  coveredKm: number;
  /** Straight line to the nearest point of the US–Mexico border. */
  toBorderKm: number;
  /** Straight line to the destination place (Tijuana), when the log has it. */
  toDestinationKm: number | undefined;
}

export function distancesAt(
  model: CaravanModel,
  border: LineString | MultiLineString,
  time: number,
  options: { group?: Group; destination?: string } = {},
): DistancesAt | undefined {
  const waypoints = model.waypoints.get(options.group ?? 'main') ?? [];
  const last = waypoints.at(-1);
  const p = positionAt(waypoints, time);
  // After the last report the group stays where it was last reported.
  const at = p?.at ?? (last && time > last.time ? last.at : undefined);
  if (!at || !last) return undefined;
  const destination = model.places.get(options.destination ?? 'tijuana');
  return {
    at,
    estimated: p ? p.kind !== 'report' : false,
    coveredKm: p?.km ?? last.km,
    toBorderKm: nearestOnLine(at, border).km,
    toDestinationKm: destination
      ? greatCircleKm(at, [destination.lon, destination.lat])
      : undefined,
  };
}
