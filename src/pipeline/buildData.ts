import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { logSchema } from '../core/logSchema.ts';
import { EVENT_COLUMNS, PLACE_COLUMNS, SOURCE_COLUMNS } from '../core/schema.ts';
import { buildBasemap, usMexicoBorderLine } from './buildBasemap.ts';
import { buildLog } from './buildLog.ts';
import { loadSourceTexts } from './loadSourceTexts.ts';
import { readCsv } from './readCsv.ts';
import { toEventsGeoJson } from './toEventsGeoJson.ts';
import { type LogTables, validateLog } from './validateLog.ts';

/*
 * npm run data: validate data/*.csv, measure, and write what the app loads to
 * public/data/ (Vite copies it to dist/data/). Stops with file and line on any problem.
 */

const DATA_DIR = 'data';
const OUT_DIR = join('public', 'data');
const SOURCES_DIR = resolve(process.env.SOURCES_DIR ?? join('..', 'shared'));

function table(name: string, columns: readonly string[]) {
  const file = join(DATA_DIR, name);
  return { file, records: readCsv(readFileSync(file, 'utf8'), file, columns) };
}

function main(): void {
  const tables: LogTables = {
    events: table('events.csv', EVENT_COLUMNS),
    places: table('places.csv', PLACE_COLUMNS),
    sources: table('sources.csv', SOURCE_COLUMNS),
  };
  const texts = loadSourceTexts(SOURCES_DIR);
  if (!texts) {
    console.warn(
      `warning: quotes NOT checked: no seeds/ and reports/ in ${SOURCES_DIR} (set SOURCES_DIR)`,
    );
  }
  const validated = validateLog(tables, texts);
  if (validated.problems.length > 0) {
    console.error(validated.problems.join('\n'));
    console.error(`\n${validated.problems.length} problem(s) in the log; nothing was written.`);
    process.exit(1);
  }
  const log = logSchema.parse(buildLog(validated, usMexicoBorderLine().geometry));
  mkdirSync(OUT_DIR, { recursive: true });
  write('log.json', log);
  write('events.geojson', toEventsGeoJson(log));
  write('basemap.json', buildBasemap());
  const checked = texts ? 'quotes checked against the sources' : 'quotes unchecked';
  console.log(
    `data: ${log.rows.length} rows, ${log.places.length} places, ${log.sources.length} sources; ${checked}`,
  );
}

function write(name: string, value: unknown): void {
  writeFileSync(join(OUT_DIR, name), JSON.stringify(value));
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
