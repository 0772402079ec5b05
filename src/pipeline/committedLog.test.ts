import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kmTo } from '../core/distances.ts';
import type { Log } from '../core/logSchema.ts';
import { EVENT_COLUMNS, PLACE_COLUMNS, SOURCE_COLUMNS } from '../core/schema.ts';
import { usMexicoBorderLine } from './buildBasemap.ts';
import { buildLog } from './buildLog.ts';
import { loadSourceTexts } from './loadSourceTexts.ts';
import { readCsv } from './readCsv.ts';
import { toEventsGeoJson } from './toEventsGeoJson.ts';
import { validateLog } from './validateLog.ts';

/* The committed log itself: sound, sourced, and measured as the issue states. */

function table(name: string, columns: readonly string[]) {
  const file = join('data', name);
  return { file, records: readCsv(readFileSync(file, 'utf8'), file, columns) };
}

let log: Log;

beforeAll(() => {
  const texts = loadSourceTexts(join('..', 'shared'));
  if (!texts) throw new Error('../shared (seeds and reports) is needed to check the quotes');
  const validated = validateLog(
    {
      events: table('events.csv', EVENT_COLUMNS),
      places: table('places.csv', PLACE_COLUMNS),
      sources: table('sources.csv', SOURCE_COLUMNS),
    },
    texts,
  );
  expect(validated.problems).toEqual([]);
  log = buildLog(validated, usMexicoBorderLine().geometry);
});

describe('the committed log', () => {
  it('holds the seed articles’ positions with their dates', () => {
    const seeded = log.rows.filter((r) => r.source.startsWith('seed-') && r.fact === 'position');
    const facts = seeded.map(
      (r) => `${r.date} ${r.group} ${r.place}${r.placeTo ? `>${r.placeTo}` : ''}`,
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        '2018-10-21 main tapachula',
        '2018-10-22 second chiquimula',
        '2018-10-25 main mapastepec>pijijiapan',
        '2018-11-03 main mexico-city',
        '2018-11-09 main mexico-city>queretaro',
      ]),
    );
  });

  it('resolves the seed’s “Thursday” against the publication date and says so', () => {
    const thursday = log.rows.find((r) => r.source === 'seed-000' && r.placeTo === 'pijijiapan');
    expect(thursday).toMatchObject({ date: '2018-10-25', dateBasis: 'weekday' });
    expect(thursday?.dateWords).toMatch(/^Thursday/);
  });

  it('measures Pijijiapan to the nearest point of the border at about 750 miles', () => {
    const thousandMiles = log.rows.find((r) => r.quote.includes('1,000 miles south of the border'));
    expect(thousandMiles).toBeDefined();
    const measured = log.measurements[thousandMiles?.id ?? ''];
    expect(measured).toMatchObject({ basis: 'to-border', from: 'pijijiapan' });
    expect(Math.abs(kmTo(measured?.km ?? 0, 'mi') - 750)).toBeLessThan(10);
  });

  it('measures Mexico City to Querétaro at about 114 miles beside the stated 120', () => {
    const stated = log.rows.find((r) => r.source === 'seed-004' && r.fact === 'distance');
    expect(stated).toMatchObject({
      value: 120,
      unit: 'mi',
      place: 'mexico-city',
      placeTo: 'queretaro',
    });
    expect(Math.abs(kmTo(log.measurements[stated?.id ?? '']?.km ?? 0, 'mi') - 114)).toBeLessThan(
      1.5,
    );
  });

  it('keeps Querétaro in Querétaro and the port of entry marked as entered by hand', () => {
    const queretaro = log.places.find((p) => p.id === 'queretaro');
    expect(queretaro).toMatchObject({ admin1: 'Querétaro', country: 'MX' });
    expect(queretaro?.lat).toBeCloseTo(20.59, 1);
    const port = log.places.find((p) => p.id.startsWith('san-ysidro'));
    expect(port?.geonamesId).toBeUndefined();
    expect(port?.note).toMatch(/hand/i);
  });

  it('keeps the outlets’ disagreements side by side', () => {
    const crowdsOn = (date: string) =>
      log.rows.filter((r) => r.fact === 'crowd' && r.group === 'main' && r.date === date);
    const suchiate = crowdsOn('2018-10-19').map((r) => [r.value, r.valueMax]);
    expect(suchiate).toEqual(
      expect.arrayContaining([
        [3000, undefined],
        [1500, 4000],
      ]),
    );
    expect(log.rows.find((r) => r.statedBy === 'United Nations')?.value).toBe(7200);
  });
});

describe('events.geojson', () => {
  it('has one Point per reported position or event, with date, place, group and source', () => {
    const geojson = toEventsGeoJson(log);
    const positions = log.rows.filter((r) => r.fact === 'position' || r.fact === 'event');
    expect(geojson.features).toHaveLength(positions.length);
    for (const feature of geojson.features) {
      expect(feature.geometry.type).toBe('Point');
      expect(feature.properties).toMatchObject({
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        place: expect.any(String),
        source: expect.any(String),
        quote: expect.any(String),
      });
      expect(feature.properties).toHaveProperty('group');
    }
  });

  it('documents every property it publishes in data/README.md', () => {
    const readme = readFileSync(join('data', 'README.md'), 'utf8');
    const keys = new Set(
      toEventsGeoJson(log).features.flatMap((f) => Object.keys(f.properties ?? {})),
    );
    for (const key of keys) expect(readme, key).toContain(`\`${key}\``);
  });
});
