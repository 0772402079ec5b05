import { createRequire } from 'node:module';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Basemap, Bbox, CountryProperties, LabelProperties } from '../core/basemap.ts';

/*
 * The offline basemap: Natural Earth countries (npm world-atlas) cut to the region, so the
 * app needs no tile server, glyphs or sprites. Land, coastline and borders come from the
 * 50m file (small, and detailed enough at the zooms the story uses); the US–Mexico border
 * comes from the 10m file, because readers compare distances to it.
 */

type Countries = GeometryCollection<{ name: string }>;
type CountriesTopology = Topology<{ countries: Countries }>;
type Ring = Position[];

/**
 * West, south, east, north. Wider than the route needs: framed whole on a 375 px phone, the
 * route shows about 5°N to 40°N, and the land must not stop in a straight line on screen.
 */
export const BASEMAP_BBOX: Bbox = [-130, 3, -75, 42];

const USA = '840';
const MEXICO = '484';

// Hand-placed so labels sit inside each country and clear of the caravan's route.
const LABELS: readonly (LabelProperties & { at: Position })[] = [
  { id: '484', name: 'Mexico', kind: 'country', at: [-101.5, 24.8] },
  { id: '840', name: 'United States', kind: 'country', at: [-99.5, 34.5] },
  { id: '320', name: 'Guatemala', kind: 'country', at: [-90.4, 16.2] },
  { id: '340', name: 'Honduras', kind: 'country', at: [-86.6, 14.8] },
  { id: '222', name: 'El Salvador', kind: 'country', at: [-88.9, 13.75] },
  { id: '084', name: 'Belize', kind: 'country', at: [-88.7, 17.2] },
  { id: '558', name: 'Nicaragua', kind: 'country', at: [-85.0, 12.9] },
  { id: 'pacific-ocean', name: 'Pacific Ocean', kind: 'water', at: [-110, 15] },
  { id: 'gulf-of-mexico', name: 'Gulf of Mexico', kind: 'water', at: [-90.5, 25.5] },
];

const requireJson = createRequire(import.meta.url);

function loadCountries(resolution: '10m' | '50m'): {
  topology: CountriesTopology;
  countries: Countries;
} {
  const topology = requireJson(`world-atlas/countries-${resolution}.json`) as CountriesTopology;
  return { topology, countries: topology.objects.countries };
}

function isUsMexico(a: GeometryObject, b: GeometryObject): boolean {
  return (a.id === USA && b.id === MEXICO) || (a.id === MEXICO && b.id === USA);
}

/** The US–Mexico border at Natural Earth 10m (about 2,644 km), unclipped and unrounded. */
export function usMexicoBorderLine(): Feature<MultiLineString> {
  const { topology, countries } = loadCountries('10m');
  return lineFeature(mesh(topology, countries, isUsMexico).coordinates);
}

export function buildBasemap(): Basemap {
  const { topology, countries } = loadCountries('50m');
  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    lineFeature(roundLines(clipLines(mesh(topology, countries, filter).coordinates)));
  return {
    bbox: BASEMAP_BBOX,
    land: buildLand(topology, countries),
    coastline: lines((a, b) => a === b),
    borders: lines((a, b) => a !== b && !isUsMexico(a, b)),
    usMexicoBorder: lineFeature(roundLines(usMexicoBorderLine().geometry.coordinates)),
    countryLabels: {
      type: 'FeatureCollection',
      features: LABELS.map(({ at, ...properties }) => ({
        type: 'Feature',
        properties,
        geometry: { type: 'Point', coordinates: at },
      })),
    },
  };
}

function buildLand(
  topology: CountriesTopology,
  countries: Countries,
): FeatureCollection<MultiPolygon, CountryProperties> {
  // Every country in world-atlas is a Polygon or a MultiPolygon.
  const all = feature(topology, countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const country of all.features) {
    const polygons =
      country.geometry.type === 'Polygon'
        ? [country.geometry.coordinates]
        : country.geometry.coordinates;
    const clipped = polygons.map(clipPolygon).filter((p) => p.length > 0);
    // Natural Earth leaves a few disputed or tiny territories without an ISO code.
    if (clipped.length === 0 || country.id === undefined) continue;
    features.push({
      type: 'Feature',
      properties: { id: String(country.id), name: country.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }
  return { type: 'FeatureCollection', features };
}

function lineFeature(coordinates: Position[][]): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } };
}

/* ---- Clipping to the bbox ---- */

/** Outer ring first; a polygon whose outer ring falls outside is dropped, holes likewise. */
function clipPolygon(rings: Ring[]): Ring[] {
  const [outer, ...holes] = rings.map((ring) => roundPath(clipRing(ring)));
  if (!outer || outer.length < 4) return [];
  return [outer, ...holes.filter((hole) => hole.length >= 4)];
}

/**
 * Sutherland–Hodgman against each edge of the bbox. Where a ring leaves and re-enters, it
 * runs along the edge: zero-width slivers that a fill does not show, and that no line layer
 * draws because outlines come from the coastline and border meshes instead.
 */
function clipRing(ring: Ring): Ring {
  // topojson closes every ring; clip it open and close it again.
  const out = EDGES.reduce(clipRingToEdge, ring.slice(0, -1));
  const first = out[0];
  return first && out.length >= 3 ? [...out, first] : [];
}

interface Edge {
  inside: (p: Position) => boolean;
  cross: (a: Position, b: Position) => Position;
}

const [WEST, SOUTH, EAST, NORTH] = BASEMAP_BBOX;
const EDGES: Edge[] = [
  { inside: (p) => x(p) >= WEST, cross: (a, b) => atX(a, b, WEST) },
  { inside: (p) => x(p) <= EAST, cross: (a, b) => atX(a, b, EAST) },
  { inside: (p) => y(p) >= SOUTH, cross: (a, b) => atY(a, b, SOUTH) },
  { inside: (p) => y(p) <= NORTH, cross: (a, b) => atY(a, b, NORTH) },
];

function clipRingToEdge(ring: Ring, { inside, cross }: Edge): Ring {
  const out: Ring = [];
  ring.forEach((current, i) => {
    const previous = ring.at(i - 1) as Position;
    if (inside(current) !== inside(previous)) out.push(cross(previous, current));
    if (inside(current)) out.push(current);
  });
  return out;
}

function atX(a: Position, b: Position, edge: number): Position {
  return [edge, y(a) + ((y(b) - y(a)) * (edge - x(a))) / (x(b) - x(a))];
}

function atY(a: Position, b: Position, edge: number): Position {
  return [x(a) + ((x(b) - x(a)) * (edge - y(a))) / (y(b) - y(a)), edge];
}

// GeoJSON positions are number[]; these keep strict index checks quiet in one place.
function x(p: Position): number {
  return p[0] ?? Number.NaN;
}

function y(p: Position): number {
  return p[1] ?? Number.NaN;
}

/** Cuts lines at the bbox (Liang–Barsky per segment), splitting a line where it leaves. */
function clipLines(lines: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] | undefined;
    for (let i = 1; i < line.length; i++) {
      const segment = clipSegment(line[i - 1] as Position, line[i] as Position);
      if (!segment) {
        run = undefined;
        continue;
      }
      const [start, end] = segment;
      const last = run?.at(-1);
      if (!run || !last || last[0] !== start[0] || last[1] !== start[1]) {
        run = [start];
        out.push(run);
      }
      run.push(end);
    }
  }
  return out;
}

function clipSegment(a: Position, b: Position): [Position, Position] | undefined {
  const [ax, ay, dx, dy] = [x(a), y(a), x(b) - x(a), y(b) - y(a)];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - WEST],
    [dx, EAST - ax],
    [-dy, ay - SOUTH],
    [dy, NORTH - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  return [
    [ax + t0 * dx, ay + t0 * dy],
    [ax + t1 * dx, ay + t1 * dy],
  ];
}

/* ---- Rounding: 3 decimals is about 100 m, finer than world-atlas's own grid ---- */

function round(p: Position): Position {
  return [Math.round(x(p) * 1000) / 1000, Math.round(y(p) * 1000) / 1000];
}

/** Rounds, and drops points that land on the one before (a ring stays closed). */
function roundPath(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const point of path.map(round)) {
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function roundLines(lines: Position[][]): Position[][] {
  return lines.map(roundPath).filter((line) => line.length >= 2);
}
