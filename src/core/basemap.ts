import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';

/** The offline basemap the pipeline builds (data/basemap.json) and the map draws. */

export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface CountryProperties {
  /** ISO 3166-1 numeric code, as Natural Earth writes it ("084" for Belize). */
  id: string;
  name: string;
}

export interface LabelProperties {
  /** ISO numeric code for a country, a slug for a body of water. */
  id: string;
  /** English name; the app translates by id. */
  name: string;
  kind: 'country' | 'water';
}

export interface Basemap {
  bbox: Bbox;
  land: FeatureCollection<MultiPolygon, CountryProperties>;
  /** Where land meets sea; drawn apart from land so the cut at the bbox edge gets no outline. */
  coastline: Feature<MultiLineString>;
  /** Land borders between countries, without the US–Mexico border. */
  borders: Feature<MultiLineString>;
  usMexicoBorder: Feature<MultiLineString>;
  countryLabels: FeatureCollection<Point, LabelProperties>;
}
