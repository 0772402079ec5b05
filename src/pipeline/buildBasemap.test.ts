import { gzipSync } from 'node:zlib';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX, buildBasemap, usMexicoBorderLine } from './buildBasemap.ts';

const basemap = buildBasemap();
const border10m = usMexicoBorderLine();

// Natural Earth 10m, summed great-circle segments (see DESIGN.md).
const US_MEXICO_BORDER_KM = 2644;

function lengthKm(lines: Position[][]): number {
  let km = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      km += distance(line[i - 1] as Position, line[i] as Position, { units: 'kilometers' });
    }
  }
  return km;
}

/** Even-odd ray casting over every ring of a multipolygon. */
function isInside([px, py]: [number, number], polygons: Position[][][]): boolean {
  let inside = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] as Position;
      const [xj = 0, yj = 0] = ring[j] as Position;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function countryAt(point: [number, number]): string | undefined {
  return basemap.land.features.find((f) => isInside(point, f.geometry.coordinates))?.properties.id;
}

function allPositions(): Position[] {
  return [
    ...basemap.land.features.flatMap((f) => f.geometry.coordinates.flat(2)),
    ...basemap.coastline.geometry.coordinates.flat(),
    ...basemap.borders.geometry.coordinates.flat(),
    ...basemap.usMexicoBorder.geometry.coordinates.flat(),
    ...basemap.countryLabels.features.map((f) => f.geometry.coordinates),
  ];
}

describe('buildBasemap', () => {
  it.each([
    ['Mexico City', [-99.13, 19.43], '484'],
    ['Tapachula', [-92.26, 14.9], '484'],
    ['Tijuana', [-117.04, 32.5], '484'],
    ['San Pedro Sula', [-88.03, 15.5], '340'],
    ['Guatemala City', [-90.51, 14.63], '320'],
    ['San Salvador', [-89.19, 13.69], '222'],
    ['San Diego', [-117.16, 32.72], '840'],
  ] as const)('puts %s in the right country', (_name, point, id) => {
    expect(countryAt([...point])).toBe(id);
  });

  it('cuts everything to the bbox', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    const outside = allPositions().filter(
      ([x = Number.NaN, y = Number.NaN]) => !(x >= west && x <= east && y >= south && y <= north),
    );
    expect(outside).toEqual([]);
  });

  it('rounds coordinates to 3 decimals', () => {
    const unrounded = allPositions()
      .flat()
      .filter((n) => Math.round(n * 1000) / 1000 !== n);
    expect(unrounded).toEqual([]);
  });

  it('keeps every land ring closed, with at least 4 positions', () => {
    for (const ring of basemap.land.features.flatMap((f) => f.geometry.coordinates.flat())) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring.at(-1)).toEqual(ring[0]);
    }
  });

  it('places each country label inside its country, and water labels on no land', () => {
    for (const { geometry, properties } of basemap.countryLabels.features) {
      const [lon = 0, lat = 0] = geometry.coordinates;
      const expected = properties.kind === 'country' ? properties.id : undefined;
      expect(countryAt([lon, lat]), properties.name).toBe(expected);
    }
  });

  it('measures the 10m US–Mexico border at about 2,644 km, from the Gulf to the Pacific', () => {
    const lines = border10m.geometry.coordinates;
    expect(lengthKm(lines) / US_MEXICO_BORDER_KM).toBeCloseTo(1, 2);
    const ends = [lines[0]?.[0], lines.at(-1)?.at(-1)];
    expect(ends.map((p) => p?.map(Math.round))).toEqual([
      [-97, 26],
      [-117, 33],
    ]);
  });

  it('draws the same border, rounded, within 0.1% of its length', () => {
    const drawn = lengthKm(basemap.usMexicoBorder.geometry.coordinates);
    expect(drawn / lengthKm(border10m.geometry.coordinates)).toBeCloseTo(1, 3);
  });

  it('leaves the US–Mexico border out of the other borders', () => {
    const borderPoints = border10m.geometry.coordinates.flat();
    const nearest = (p: Position) =>
      Math.min(...borderPoints.map((b) => distance(p, b, { units: 'kilometers' })));
    const closest = Math.min(...basemap.borders.geometry.coordinates.flat().map(nearest));
    // The nearest other border (Mexico–Guatemala) is hundreds of kilometres away.
    expect(closest).toBeGreaterThan(100);
  });

  it('keeps the Mexico–Guatemala border, which the caravan crossed at Tecún Umán', () => {
    const tecunUman: Position = [-92.14, 14.67];
    const near = basemap.borders.geometry.coordinates
      .flat()
      .some((p) => distance(p, tecunUman, { units: 'kilometers' }) < 5);
    expect(near).toBe(true);
  });

  it('stays under 60 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(60_000);
  });
});
