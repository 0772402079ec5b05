import type { FeatureCollection, LineString, Point } from 'geojson';
import type { CaravanModel } from '../../core/caravanModel.ts';

/** The caravan's GeoJSON, loaded once: what shows at a time is feature-state, not data. */
export function caravanSources(model: CaravanModel) {
  const stops: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: model.stops
      .filter((s) => !s.to)
      .map((s) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: s.at },
        properties: { id: s.rowId, group: s.group },
      })),
  };
  const segments: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: model.segments.map((s) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [s.from, s.to] },
      properties: { id: s.id, group: s.group, kind: s.kind },
    })),
  };
  const events: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: model.events.flatMap((e) => {
      const place = e.place ? model.places.get(e.place) : undefined;
      if (!place) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
          properties: { id: e.id },
        },
      ];
    }),
  };
  return { stops, segments, events };
}

export const CARAVAN_SOURCE_IDS = ['stops', 'segments', 'events'] as const;
export type CaravanSourceId = (typeof CARAVAN_SOURCE_IDS)[number];
