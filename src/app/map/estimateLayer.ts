import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from '../../core/positionAt.ts';
import type { Group } from '../../core/schema.ts';
import { groupColor } from './groupColor.ts';

/**
 * The estimated position between reports: hollow, with a dashed line back to the last
 * report, so it never looks like a report. Its source holds a handful of features and is
 * the only one rebuilt as time moves.
 */
export const ESTIMATE_LAYERS: LayerSpecification[] = [
  {
    id: 'estimate-line',
    type: 'line',
    source: 'estimate',
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': groupColor, 'line-width': 2, 'line-dasharray': [1, 2] },
  },
  {
    id: 'estimate-point',
    type: 'circle',
    source: 'estimate',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 6,
      'circle-color': '#ffffff',
      'circle-stroke-color': groupColor,
      'circle-stroke-width': 2.5,
    },
  },
];

export function addEstimateLayer(map: MapLibreMap): (positions: Map<Group, Position>) => void {
  map.addSource('estimate', { type: 'geojson', data: collection([]) });
  for (const layer of ESTIMATE_LAYERS) map.addLayer(layer);
  const source = map.getSource('estimate') as GeoJSONSource;
  let last = '';
  return (positions) => {
    const features = [...positions].flatMap(([group, p]) =>
      p.kind === 'report' ? [] : estimateFeatures(group, p),
    );
    const data = collection(features);
    const key = JSON.stringify(data);
    if (key === last) return; // setData re-tiles; skip it when nothing moved
    last = key;
    source.setData(data);
  };
}

function estimateFeatures(group: Group, p: Position): Feature[] {
  return [
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [p.from.at, p.at] },
      properties: { group, kind: p.kind },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.at },
      properties: { group, kind: p.kind },
    },
  ];
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}
