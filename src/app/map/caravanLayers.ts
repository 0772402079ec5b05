import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { GROUPS } from '../../core/schema.ts';
import { EVENT_COLOR, GROUP_COLORS } from '../groupColors.ts';

// The spread cannot be typed as a match expression's fixed arity; MapLibre validates it.
const groupColor = [
  'match',
  ['get', 'group'],
  ...GROUPS.flatMap((g) => [g, GROUP_COLORS[g]]),
  '#777',
] as unknown as ExpressionSpecification;

/** 1 where the feature-state flag is set, else 0: visibility changes cost no re-tiling. */
function when(flag: 'visible' | 'current', on: number, off = 0): ExpressionSpecification {
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
    id: 'track-current',
    type: 'line',
    source: 'segments',
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': groupColor, 'line-width': 8, 'line-opacity': when('current', 0.35) },
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
      'circle-radius': 4.5,
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
      'circle-radius': 3.5,
      'circle-color': groupColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
      'circle-opacity': when('visible', 1),
      'circle-stroke-opacity': when('visible', 1),
    },
  },
  {
    id: 'stops-current',
    type: 'circle',
    source: 'stops',
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': groupColor,
      'circle-stroke-width': 2.5,
      'circle-stroke-opacity': when('current', 1),
    },
  },
];
