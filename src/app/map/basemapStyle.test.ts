import type { Feature, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Basemap } from '../../core/basemap.ts';
import { BASEMAP_LAYER_IDS, basemapStyle } from './basemapStyle.ts';

function line(coordinates: [number, number][]): Feature<MultiLineString> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: [coordinates] },
  };
}

// A tiny stand-in: the style only passes the basemap's GeoJSON through.
const basemap: Basemap = {
  bbox: [-130, 3, -75, 42],
  land: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: '484', name: 'Mexico' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [-100, 20],
                [-99, 20],
                [-99, 21],
                [-100, 20],
              ],
            ],
          ],
        },
      },
    ],
  },
  coastline: line([
    [-100, 20],
    [-99, 20],
  ]),
  borders: line([
    [-92, 15],
    [-92, 16],
  ]),
  usMexicoBorder: line([
    [-117, 32.5],
    [-97, 26],
  ]),
  countryLabels: { type: 'FeatureCollection', features: [] },
};

describe('basemapStyle', () => {
  const style = basemapStyle(basemap);

  it('asks for nothing over the network: no glyphs, no sprite, no URL', () => {
    expect(style.version).toBe(8);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|\/\//);
  });

  it('draws water, land, coastline, borders and the US–Mexico border, bottom to top', () => {
    expect(style.layers.map((layer) => layer.id)).toEqual([
      'water',
      'land',
      'land-outline',
      'borders',
      'us-mexico-border',
    ]);
    expect(Object.values(BASEMAP_LAYER_IDS)).toEqual(style.layers.map((layer) => layer.id));
  });

  it('serves every source inline from the basemap', () => {
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(style.sources.usMexicoBorder).toMatchObject({ data: basemap.usMexicoBorder });
  });

  it('draws the US–Mexico border stronger than the other borders', () => {
    const width = (id: string) => {
      const layer = style.layers.find((l) => l.id === id);
      return layer?.type === 'line' ? layer.paint?.['line-width'] : undefined;
    };
    expect(width('us-mexico-border')).toBeGreaterThan(width('borders') as number);
  });
});
