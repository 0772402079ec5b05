import { distance } from '@turf/distance';
import { point } from '@turf/helpers';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { LineString, MultiLineString, Position } from 'geojson';

export type LonLat = [number, number];
export type DistanceUnit = 'mi' | 'km';

const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres. */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  return distance(point(from), point(to), { units: 'kilometers' });
}

/** The nearest point of a line (the border) to a place, and how far it is in kilometres. */
export function nearestOnLine(
  from: LonLat,
  line: LineString | MultiLineString,
): { km: number; at: LonLat } {
  const nearest = nearestPointOnLine(line, point(from), { units: 'kilometers' });
  return { km: nearest.properties.dist, at: toLonLat(nearest.geometry.coordinates) };
}

/** Length of a path through the given points, each leg a great circle, in kilometres. */
export function pathKm(points: readonly LonLat[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i += 1) {
    km += greatCircleKm(points[i - 1] as LonLat, points[i] as LonLat);
  }
  return km;
}

export function kmTo(km: number, unit: DistanceUnit): number {
  return unit === 'km' ? km : km / KM_PER_MILE;
}

export function toKm(value: number, unit: DistanceUnit): number {
  return unit === 'km' ? value : value * KM_PER_MILE;
}

function toLonLat(p: Position): LonLat {
  return [p[0] as number, p[1] as number];
}
