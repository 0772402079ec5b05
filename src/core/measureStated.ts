import type { LineString, MultiLineString } from 'geojson';
import { greatCircleKm, type LonLat, nearestOnLine, pathKm } from './distances.ts';
import type { EventRow, Place } from './schema.ts';
import { type Stop, stopOn } from './track.ts';

/**
 * What a measured figure measures: `to-border`, a straight line to the nearest point of
 * the US–Mexico border; `straight-line`, a great circle between two places;
 * `along-reports`, great circles from report to report since the first one.
 */
export type MeasurementBasis = 'to-border' | 'straight-line' | 'along-reports';

export interface Measurement {
  km: number;
  basis: MeasurementBasis;
  /** Place ids the measurement runs between (`to` is absent for the border). */
  from: string;
  to?: string | undefined;
}

export interface MeasureContext {
  places: ReadonlyMap<string, Place>;
  stops: readonly Stop[];
  border: LineString | MultiLineString;
}

/** Our own figure for a stated distance, or undefined where nothing comparable can be measured. */
export function measureStated(row: EventRow, ctx: MeasureContext): Measurement | undefined {
  if (row.fact !== 'distance') return undefined;
  const origin = row.place ?? reachedPlace(row, ctx);
  if (!origin) return undefined;
  const at = lonLat(ctx, origin);
  switch (row.measures) {
    case 'to-border':
      return { km: nearestOnLine(at, ctx.border).km, basis: 'to-border', from: origin };
    case 'leg':
    case 'to-destination':
      return row.placeTo
        ? {
            km: greatCircleKm(at, lonLat(ctx, row.placeTo)),
            basis: 'straight-line',
            from: origin,
            to: row.placeTo,
          }
        : undefined;
    case 'covered':
      return coveredSoFar(row, ctx);
    default:
      return undefined;
  }
}

/** The place a group had reached by the end of the row's day. */
function reachedPlace(row: EventRow, ctx: MeasureContext): string | undefined {
  const stop = row.group && stopOn(ctx.stops, row.group, row.dateEnd ?? row.date);
  return stop ? (stop.placeTo ?? stop.place) : undefined;
}

function coveredSoFar(row: EventRow, ctx: MeasureContext): Measurement | undefined {
  const day = row.dateEnd ?? row.date;
  const mine = ctx.stops.filter((s) => s.group === row.group && s.date <= day);
  const first = mine[0];
  const last = mine.at(-1);
  if (!first || !last) return undefined;
  const path = mine.flatMap((s) => (s.to ? [s.at, s.to] : [s.at]));
  return {
    km: pathKm(path),
    basis: 'along-reports',
    from: first.place,
    to: last.placeTo ?? last.place,
  };
}

function lonLat(ctx: MeasureContext, placeId: string): LonLat {
  const place = ctx.places.get(placeId);
  if (!place) throw new Error(`unknown place "${placeId}"`);
  return [place.lon, place.lat];
}
