import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_COLOR } from '../groupColors.ts';
import { groupColor } from './groupColor.ts';

/** 1 where the feature-state flag is set, else 0: visibility changes cost no re-tiling. */
function when(flag: 'visible' | 'today', on: number, off = 0): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', flag], false], on, off];
}

/** The caravan's layers, drawn above the basemap, bottom to top. */
export const CARAVAN_LAYERS: LayerSpecification[] = [
  {
    id: 'track-unreported',
    type: 'line',
    source: 'segments',
    filter: ['==', ['get', 'kind'], 'unreported'],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': groupColor,
      'line-width': 1.5,
      'line-dasharray': [1, 2.5],
      'line-opacity': when('visible', 0.9),
    },
  },
  {
    id: 'track-reported',
    type: 'line',
    source: 'segments',
    filter: ['==', ['get', 'kind'], 'reported'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': groupColor, 'line-width': 2.5, 'line-opacity': when('visible', 1) },
  },
  {
    id: 'events',
    type: 'circle',
    source: 'events',
    paint: {
      'circle-radius': when('today', 6, 4.5),
      'circle-color': EVENT_COLOR,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-opacity': when('visible', 1),
      'circle-stroke-opacity': when('visible', 1),
    },
  },
  {
    id: 'stops',
    type: 'circle',
    source: 'stops',
    paint: {
      'circle-radius': when('today', 5.5, 3.5),
      'circle-color': groupColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
      'circle-opacity': when('visible', 1),
      'circle-stroke-opacity': when('visible', 1),
    },
  },
];
