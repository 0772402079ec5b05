import { PLACE_COLUMNS } from '../../core/schema.ts';
import { admin1Code, foldName } from '../admin1Codes.ts';
import type { GeoNamesCity } from '../findPlace.ts';
import { readCsv } from '../readCsv.ts';
import { borderTwinsOf } from './borderTwins.ts';
import { knownOrLargest } from './knownOrLargest.ts';
import { namesakeRegion, REGION_NAMES } from './regionNames.ts';

/** A place a name in an article may mean. */
export interface PlaceCandidate {
  /** The id in data/places.csv, or a proposed one for a place not there yet. */
  id: string;
  name: string;
  /** GeoNames admin1 code. */
  admin1: string;
  country: string;
  population: number;
  geonamesId?: number;
  /** Already in data/places.csv. */
  known: boolean;
  /** Named like its state ("Puebla", "Oaxaca"): alone, the name means the state. */
  stateNamed?: true;
  /** Named where only a place can be, but in no gazetteer: a person finds where it is. */
  unlisted?: true;
  /** A town's full name ("Asunción Nochixtlán"): the same town by the name reports shorten to. */
  short?: PlaceCandidate;
}

/** Names to places: folded names, and phrases that name a capital ("Mexico's capital"). */
export interface Gazetteer {
  names: ReadonlyMap<string, PlaceCandidate[]>;
  aliases: readonly { pattern: RegExp; place: PlaceCandidate }[];
  /** Each route country's capital, by country code: what "la capital" names there. */
  capitals: ReadonlyMap<string, PlaceCandidate>;
  /** Each state's or department's capital, by "country/admin1": what "the state capital" names. */
  stateCapitals: ReadonlyMap<string, PlaceCandidate>;
  /** The Mexican town across the border from a US one, by the US town's id. */
  twins: ReadonlyMap<string, PlaceCandidate>;
}

// Caravans have formed in Costa Rica and Nicaragua too, on the way north from Panama.
const ROUTE_COUNTRIES = new Set(['CR', 'NI', 'HN', 'GT', 'SV', 'MX']);
const BORDER_STATES = new Set(['CA', 'AZ', 'NM', 'TX']);
// Towns below this size share names with hamlets and people; the log's own places are exempt,
// and so are municipal seats (GeoNames PPLA to PPLA4) of MIN_SEAT_POPULATION that have a name
// of their own.
const MIN_POPULATION = 5000;
const MIN_SEAT_POPULATION = 1000;
const SEAT = /^PPLA\d?$/;

const CAPITALS: Record<string, string[]> = {
  'Mexico City': [
    "mexico[’']s capital",
    'the mexican capital',
    'la capital mexicana',
    'ciudad de m[eé]xico',
    'cdmx',
  ],
  'Guatemala City': [
    "guatemala[’']s capital",
    'the guatemalan capital',
    'la capital guatemalteca',
    'ciudad de guatemala',
  ],
  'San Salvador': ['the salvadoran capital', 'la capital salvadore[ñn]a'],
  Tegucigalpa: ['the honduran capital', 'la capital hondure[ñn]a'],
  Managua: ['the nicaraguan capital', 'la capital nicarag[üu]ense'],
  'San José': ['the costa rican capital', 'la capital costarricense'],
};

/**
 * The gazetteer an article is matched against: the places of data/places.csv by every name
 * they go by, and the GeoNames towns of the route (Honduras to the US border states) of
 * 5,000 people or more or municipal seats with a name of their own, without those named like
 * their own country or state.
 */
export function buildGazetteer(cities: readonly GeoNamesCity[], placesCsv: string): Gazetteer {
  const names = new Map<string, PlaceCandidate[]>();
  const add = (name: string, place: PlaceCandidate) => {
    const key = foldName(name);
    const list = names.get(key) ?? [];
    if (!list.some((p) => p.id === place.id && p.geonamesId === place.geonamesId)) list.push(place);
    names.set(key, list);
  };
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const knownIds = new Set<number | string>();
  for (const { place, alsoCalled } of knownPlaces(placesCsv, byId)) {
    knownIds.add(place.id);
    if (place.geonamesId) knownIds.add(place.geonamesId);
    for (const name of alsoCalled) add(name, place);
  }
  // "Veracruz" alone names the state; findPlaces takes the town only where the words say so.
  const regions = new Set([...REGION_NAMES].map(([name, r]) => `${r.country}|${foldName(name)}`));
  const seats: GeoNamesCity[] = []; // the state capitals, read in the same pass
  const small = smallSeats(cities);
  for (const city of cities) {
    if (!onRoute(city) && !small.has(city)) continue;
    if (city.featureCode === 'PPLA') seats.push(city);
    if (knownIds.has(city.cityId)) continue;
    const place = fromGeoNames(city, knownIds);
    if (regions.has(`${city.country}|${foldName(place.name)}`)) place.stateNamed = true;
    add(place.name, place);
    // "Santiago Papasquiaro" or "Técpan de Galeana" written in full is proposed under its
    // full name, unless the article also writes the short one (see preferShortName).
    if (SAINT_PREFIX.test(city.name) || HERO_SUFFIX.test(city.name)) {
      add(city.name, { ...place, id: placeSlug(city.name), name: city.name, short: place });
    } else if (place.name !== city.name) add(city.name, place);
  }
  for (const list of names.values()) keepLargestPerState(list);
  const capitals = new Map(
    Object.keys(CAPITALS).flatMap((city) => {
      const place = capitalOf(names, city);
      return place ? [[place.country, place] as const] : [];
    }),
  );
  const aliases = [...capitalAliases(names), ...landmarkAliases(names)];
  const stateCapitals = stateCapitalsOf(seats, names);
  return { names, aliases, capitals, stateCapitals, twins: borderTwinsOf(names) };
}

function knownPlaces(
  csv: string,
  byId: Map<number, GeoNamesCity>,
): { place: PlaceCandidate; alsoCalled: string[] }[] {
  return readCsv(csv, 'data/places.csv', PLACE_COLUMNS).map(({ cells }) => {
    const geonamesId = cells.geonamesId ? Number(cells.geonamesId) : undefined;
    const name = cells.name ?? '';
    const id = cells.id ?? '';
    const place: PlaceCandidate = {
      id,
      name,
      admin1: safeAdmin1(cells.country ?? '', cells.admin1 ?? ''),
      country: cells.country ?? '',
      population: geonamesId ? (byId.get(geonamesId)?.population ?? 0) : 0,
      known: true,
    };
    if (geonamesId) place.geonamesId = geonamesId;
    const geonamesName = geonamesId ? byId.get(geonamesId)?.name : undefined;
    const alsoCalled = [name, name.replace(/\s*\(.*\)\s*/, ''), id.replaceAll('-', ' ')];
    return { place, alsoCalled: geonamesName ? [...alsoCalled, geonamesName] : alsoCalled };
  });
}

function safeAdmin1(country: string, admin1: string): string {
  try {
    return admin1Code(country, admin1);
  } catch {
    return '';
  }
}

function onRoute(city: GeoNamesCity): boolean {
  if (city.population < MIN_POPULATION || city.name.length < 4) return false;
  return (
    ROUTE_COUNTRIES.has(city.country) ||
    (city.country === 'US' && BORDER_STATES.has(city.adminCode))
  );
}

/** A proposed place id in the log's style: "Ciudad Pedro de Alvarado" → ciudad-pedro-de-alvarado. */
export function placeSlug(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "michoacan" for a Ciudad Hidalgo in Michoacán, read only for a namesake of a log place. */
function namesakeSlug(city: GeoNamesCity): string {
  return placeSlug(
    namesakeRegion(city.country, city.adminCode) ?? `${city.country}-${city.adminCode}`,
  );
}

/**
 * A GeoNames town as a candidate; its proposed id never takes a known place's id. Towns of one
 * name in two states share a proposed id: a person adding one to places.csv sees which it is.
 */
function fromGeoNames(city: GeoNamesCity, knownIds: Set<number | string>): PlaceCandidate {
  const name = commonName(city);
  const slug = placeSlug(name);
  return {
    id: knownIds.has(slug) ? `${slug}-${namesakeSlug(city)}` : slug,
    name,
    admin1: city.adminCode,
    country: city.country,
    population: city.population,
    geonamesId: city.cityId,
    known: false,
  };
}

/**
 * The name reports use: GeoNames' "Heroica Caborca" is Caborca, and its "Juárez" in Chihuahua,
 * the border city of 1.3 million, is Ciudad Juárez.
 */
function commonName(city: GeoNamesCity): string {
  if (
    city.country === 'MX' &&
    city.adminCode === '06' &&
    city.name === 'Juárez' &&
    city.population > 1e6
  ) {
    return 'Ciudad Juárez';
  }
  // GeoNames' "Tuxtla", Chiapas' capital of half a million, is the Tuxtla Gutiérrez of reports.
  if (city.name === 'Tuxtla' && city.population > 1e5) return 'Tuxtla Gutiérrez';
  const reported = REPORTED_NAMES.get(city.name);
  if (reported) return reported;
  // GeoNames' "Ciudad de Huajuapan de León" is the Huajuapan de León of reports.
  const name = city.name.replace(/^(?:Her[oó]ica )?(?:Ciudad de )?/u, '');
  // "Victoria de Durango": a city reports name like the state it is in.
  const state = /^(?!San |Santa |Santo )\p{L}+ de (\p{L}+)$/u.exec(name)?.[1];
  const region = state ? REGION_NAMES.get(state) : undefined;
  if (state && region?.country === city.country && region.admin1 === city.adminCode) return state;
  return SAINT_PREFIX.exec(name)?.[1] ?? HERO_SUFFIX.exec(name)?.[1] ?? name;
}

// Official names that reports shorten past any rule.
const REPORTED_NAMES = new Map([
  ['Iguala de la Independencia', 'Iguala'],
  ['Dolores Hidalgo Cuna de la Independencia Nacional', 'Dolores Hidalgo'],
  ['José Cardel', 'Cardel'],
  ['Fortín de las Flores', 'Fortín'],
  ['Copán', 'Copán Ruinas'],
  ['Ixtapa-Zihuatanejo', 'Zihuatanejo'],
  ['San Martin Texmelucan de Labastida', 'San Martín Texmelucan'],
  ['Ciudad Melchor Múzquiz', 'Múzquiz'],
]);

// "Poza Rica de Hidalgo", "Sahuayo de Morelos": reports drop the hero a Mexican town is named for.
export const HERO_SUFFIX =
  /^(?!San |Santa |Santo )(\p{L}.{3,}?)\s+de\s+(?:los\s+)?(?:(?:Porfirio|Venustiano|Molina|García|Melchor)\s+)?(?:Juárez|Aldama|Enríquez|Soto|Hidalgo|Morelos|Allende|Guerrero|Álvarez|Arista|Ocampo|Zaragoza|Matamoros|Galeana|Degollado|Escobedo|Bravo|Rayón|Mora|Díaz|Doblado|Comonfort|Labastida|Ruiz|Carranza|Salinas|Osorio|Tapia|Betancourt|Mina|Abasolo|Bustamante|Terrazas|Mendoza|Camacho|Olarte|Rodríguez Cano|Castrejón|Cuéllar|Fabela|Mota|Alarcón|Ceniceros|Domínguez|Navarro)$/u;

// "Asunción Nochixtlán", "San Pedro Tapanatepec", "Santiago Atitlán": reports drop the patron
// saint from the names of Mexican and Guatemalan towns. A one-word saint ("San Cristóbal")
// is the name itself.
export const SAINT_PREFIX =
  /^(?:Asunci[oó]n|Santiago|San (?:Pedro|Juan|Pablo|Andr[eé]s|Francisco|Mart[ií]n|Mateo|Lucas|Bartolom[eé]|Sebasti[aá]n|Felipe|Jer[oó]nimo|Miguel|Antonio|Jos[eé])|Santo (?:Domingo|Tom[aá]s)|Santa (?:Mar[ií]a|Catarina|Cruz|Luc[ií]a|Ana))\s+(\p{L}{6,})$/u;

/** GeoNames lists hamlets that share a town's name in the same state: a report names the town. */
function keepLargestPerState(list: PlaceCandidate[]): void {
  const best = new Map<string, PlaceCandidate>();
  for (const place of list) {
    const key = `${place.country}/${place.admin1}`;
    const held = best.get(key);
    if (!held || (!held.known && (place.known || place.population > held.population))) {
      best.set(key, place);
    }
  }
  list.splice(0, list.length, ...best.values());
}

// Landmarks of the log that reports name by description rather than by name.
const LANDMARKS: Record<string, string[]> = {
  'suchiate-bridge': [
    'the (?:border )?bridge (?:over|across|on) the suchiate(?: river)?',
    'the suchiate (?:river )?bridge',
    '(?:the )?rodolfo robles bridge',
    'the bridge (?:linking|connecting|between) tec[uú]n um[aá]n',
    '(?:el )?puente (?:fronterizo )?(?:rodolfo robles|(?:sobre|del) (?:el )?(?:r[ií]o )?suchiate)',
  ],
  // Where the 2018 caravans stayed in Mexico City and in Tijuana.
  'mexico-city': [
    '(?:el )?estadio jes[uú]s mart[ií]nez(?: ["“]palillo["”])?',
    '(?:the )?jes[uú]s mart[ií]nez stadium',
  ],
  tijuana: ['(?:el )?(?:albergue|sal[oó]n) (?:de )?el barretal', '(?:the )?el barretal'],
  // Where the Salvadoran caravans gathered and set out.
  'san-salvador': [
    '(?:la )?plaza (?:el )?salvador del mundo',
    '(?:the )?salvador del mundo (?:plaza|square|monument)',
  ],
};

function landmarkAliases(names: Map<string, PlaceCandidate[]>): Gazetteer['aliases'] {
  const known = [...names.values()].flat();
  return Object.entries(LANDMARKS).flatMap(([id, phrases]) => {
    const place = known.find((p) => p.id === id && p.known);
    return place ? phrases.map((p) => ({ pattern: aliasPattern(p), place })) : [];
  });
}

function aliasPattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'giu');
}

/** GeoNames marks a state's or department's seat PPLA; the log's own entry stands for it. */
function stateCapitalsOf(
  cities: readonly GeoNamesCity[],
  names: Map<string, PlaceCandidate[]>,
): Map<string, PlaceCandidate> {
  const seats = new Map<string, PlaceCandidate>();
  for (const city of cities) {
    const candidates = names.get(foldName(commonName(city))) ?? [];
    const place =
      candidates.find((p) => p.geonamesId === city.cityId) ??
      candidates.find((p) => p.country === city.country && p.admin1 === city.adminCode);
    if (place) seats.set(`${city.country}/${city.adminCode}`, place);
  }
  return seats;
}

function capitalOf(names: Map<string, PlaceCandidate[]>, city: string): PlaceCandidate | undefined {
  // "San José" is a town in many states and San Jose a city in California: the capital is the
  // largest of them on the route south of the US border.
  return knownOrLargest((names.get(foldName(city)) ?? []).filter((p) => p.country !== 'US'));
}

function capitalAliases(names: Map<string, PlaceCandidate[]>): Gazetteer['aliases'] {
  return Object.entries(CAPITALS).flatMap(([city, phrases]) => {
    const place = capitalOf(names, city);
    if (!place) return [];
    return phrases.map((p) => ({ pattern: aliasPattern(p), place }));
  });
}

/**
 * "Ures", "Tucurú", "Turicato": municipal seats of 1,000 to 5,000 people whose name no larger
 * town, no state and no other small town of the route shares, so reading them is safe.
 */
function smallSeats(cities: readonly GeoNamesCity[]): Set<GeoNamesCity> {
  const taken = new Set([...REGION_NAMES.keys()].map(foldName));
  const small: GeoNamesCity[] = [];
  const count = new Map<string, number>();
  for (const city of cities) {
    const name = foldName(city.name);
    if (city.population >= MIN_POPULATION) taken.add(name);
    else if (ROUTE_COUNTRIES.has(city.country) && city.population >= MIN_SEAT_POPULATION) {
      count.set(name, (count.get(name) ?? 0) + 1);
      if (SEAT.test(city.featureCode) && city.name.length >= 4) small.push(city);
    }
  }
  return new Set(
    small.filter((c) => !taken.has(foldName(c.name)) && count.get(foldName(c.name)) === 1),
  );
}
