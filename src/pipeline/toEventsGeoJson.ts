import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Log } from '../core/logSchema.ts';
import type { EventRow } from '../core/schema.ts';

/**
 * The published events.geojson: one Point per reported position or event. A position "on
 * the way from A to B" sits at A, with `placeTo` naming B. Each feature carries its source
 * and quote, and the figures the same source stated for the same group that day.
 */
export function toEventsGeoJson(log: Log): FeatureCollection<Point> {
  const places = new Map(log.places.map((p) => [p.id, p]));
  const sources = new Map(log.sources.map((s) => [s.id, s]));
  const features: Feature<Point>[] = [];
  for (const row of log.rows) {
    const place = row.place ? places.get(row.place) : undefined;
    const source = sources.get(row.source);
    if ((row.fact !== 'position' && row.fact !== 'event') || !place || !source) continue;
    features.push({
      type: 'Feature',
      id: row.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        id: row.id,
        date: row.date,
        dateEnd: row.dateEnd ?? null,
        dateBasis: row.dateBasis,
        dateWords: row.dateWords ?? null,
        group: row.group ?? null,
        fact: row.fact,
        place: place.name,
        admin1: place.admin1,
        country: place.country,
        placeTo: row.placeTo ? (places.get(row.placeTo)?.name ?? null) : null,
        source: source.id,
        outlet: source.outlet,
        headline: source.headline ?? null,
        url: source.url ?? null,
        sourceFile: source.file,
        quote: row.quote,
        note: row.note ?? null,
        figures: figuresBeside(row, log),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function figuresBeside(row: EventRow, log: Log) {
  return log.rows
    .filter(
      (r) =>
        r.value !== undefined &&
        r.source === row.source &&
        r.date === row.date &&
        r.group === row.group,
    )
    .map((r) => ({
      fact: r.fact,
      value: r.value,
      valueMax: r.valueMax ?? null,
      unit: r.unit,
      measures: r.measures ?? null,
      statedBy: r.statedBy ?? null,
      quote: r.quote,
      measuredKm: log.measurements[r.id]?.km ?? null,
    }));
}
