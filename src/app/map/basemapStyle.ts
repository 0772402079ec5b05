import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../../core/basemap.ts';

/*
 * A quiet, news-graphic basemap (DESIGN.md, "Visual style"): pale land, paler water, thin
 * grey borders, the US–Mexico border a little stronger, so the route speaks. Every source
 * is inline GeoJSON and there are no glyphs or sprite: nothing is fetched, and labels are
 * HTML placed from basemap.countryLabels.
 */

export const BASEMAP_LAYER_IDS = {
  water: 'water',
  land: 'land',
  landOutline: 'land-outline',
  borders: 'borders',
  usMexicoBorder: 'us-mexico-border',
} as const;

const COLORS = {
  water: '#dde6ec',
  land: '#f4f2ee',
  coastline: '#b4c0c8',
  border: '#a8a8a8',
  usMexicoBorder: '#555555',
} as const;

export function basemapStyle(basemap: Basemap): StyleSpecification {
  const ids = BASEMAP_LAYER_IDS;
  // Round joins keep the 50m zig-zags from showing spikes at low zoom.
  const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return {
    version: 8,
    name: 'Caravan basemap',
    sources: {
      land: { type: 'geojson', data: basemap.land },
      coastline: { type: 'geojson', data: basemap.coastline },
      borders: { type: 'geojson', data: basemap.borders },
      usMexicoBorder: { type: 'geojson', data: basemap.usMexicoBorder },
    },
    layers: [
      { id: ids.water, type: 'background', paint: { 'background-color': COLORS.water } },
      { id: ids.land, type: 'fill', source: 'land', paint: { 'fill-color': COLORS.land } },
      {
        id: ids.landOutline,
        type: 'line',
        source: 'coastline',
        layout,
        paint: { 'line-color': COLORS.coastline, 'line-width': 0.5 },
      },
      {
        id: ids.borders,
        type: 'line',
        source: 'borders',
        layout,
        paint: { 'line-color': COLORS.border, 'line-width': 0.8 },
      },
      {
        id: ids.usMexicoBorder,
        type: 'line',
        source: 'usMexicoBorder',
        layout,
        paint: { 'line-color': COLORS.usMexicoBorder, 'line-width': 1.5 },
      },
    ],
  };
}
