import type { LineString, MultiLineString } from 'geojson';
import type { Log } from '../core/logSchema.ts';
import { type Measurement, measureStated } from '../core/measureStated.ts';
import { toStops } from '../core/toStops.ts';
import type { ValidatedLog } from './validateLog.ts';

/** The app's log: the validated tables, with our measurement beside each stated distance. */
export function buildLog(log: ValidatedLog, border: LineString | MultiLineString): Log {
  const places = new Map(log.places.map((p) => [p.id, p]));
  const ctx = { places, stops: toStops(log.rows, places), border };
  const measurements: Record<string, Measurement> = {};
  for (const row of log.rows) {
    const measured = measureStated(row, ctx);
    if (measured) measurements[row.id] = { ...measured, km: Math.round(measured.km * 10) / 10 };
  }
  return { version: 1, places: log.places, sources: log.sources, rows: log.rows, measurements };
}
