import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, PLACE_COLUMNS, SOURCE_COLUMNS } from '../core/schema.ts';
import { readCsv } from './readCsv.ts';
import { type SourceTexts, validateLog } from './validateLog.ts';

const PLACES = `${PLACE_COLUMNS.join(',')}
tapachula,Tapachula,Chiapas,MX,14.9,-92.26,3515431,
san-ysidro-port,San Ysidro Port of Entry,California,US,32.5422,-117.0297,,entered by hand: not in GeoNames`;

const SOURCES = `${SOURCE_COLUMNS.join(',')}
seed-000,seed,000_x.txt,Daily Mail,,,,
r-ap,report,reports.csv,AP,Headline,https://example.com/a,2018-10-22,`;

const GOOD_ROW =
  'tapachula-21,2018-10-21,,caption,,main,position,tapachula,,,,,,,seed-000,"rest at the main square in Tapachula",';

const TEXTS: SourceTexts = {
  seeds: new Map([['000_x.txt', 'migrants rest at the main square in Tapachula, Chiapas']]),
  reportRows: new Map([['https://example.com/a', '2018-10-22 | Huixtla | about 5,000']]),
};

function validate(eventLines: string[], places = PLACES) {
  const events = [EVENT_COLUMNS.join(','), ...eventLines].join('\n');
  return validateLog(
    {
      events: {
        file: 'data/events.csv',
        records: readCsv(events, 'data/events.csv', EVENT_COLUMNS),
      },
      places: {
        file: 'data/places.csv',
        records: readCsv(places, 'data/places.csv', PLACE_COLUMNS),
      },
      sources: {
        file: 'data/sources.csv',
        records: readCsv(SOURCES, 'data/sources.csv', SOURCE_COLUMNS),
      },
    },
    TEXTS,
  );
}

describe('validateLog', () => {
  it('accepts a sound log and types its rows', () => {
    const log = validate([GOOD_ROW]);
    expect(log.problems).toEqual([]);
    expect(log.rows[0]).toMatchObject({ id: 'tapachula-21', fact: 'position', group: 'main' });
    expect(log.places[1]?.geonamesId).toBeUndefined();
  });

  it('names file, line and column for an unknown place', () => {
    const row = GOOD_ROW.replace(',tapachula,', ',queretaro,');
    expect(validate([GOOD_ROW, row.replace('tapachula-21', 'b')]).problems).toEqual([
      'data/events.csv:3: place: "queretaro" is not in data/places.csv',
    ]);
  });

  it('rejects an impossible date', () => {
    expect(validate([GOOD_ROW.replace('2018-10-21', '2018-02-30')]).problems).toEqual([
      'data/events.csv:2: date: is not a real date in the form YYYY-MM-DD',
    ]);
  });

  it('rejects a missing or unknown source', () => {
    expect(validate([GOOD_ROW.replace('seed-000', '')]).problems[0]).toMatch(
      /^data\/events\.csv:2: source: /,
    );
    expect(validate([GOOD_ROW.replace('seed-000', 'seed-009')]).problems).toEqual([
      'data/events.csv:2: source: "seed-009" is not in data/sources.csv',
    ]);
  });

  it('rejects a quote that is not word for word in the seed, and accepts report quotes from the row', () => {
    const changed = GOOD_ROW.replace('main square', 'central square');
    expect(validate([changed]).problems).toEqual([
      'data/events.csv:2: quote: "rest at the central square in Tapachula" is not found word for word in 000_x.txt',
    ]);
    const report =
      'huixtla-count,2018-10-22,,printed,,main,crowd,,,5000,,people,,,r-ap,"about 5,000",';
    expect(validate([report]).problems).toEqual([]);
  });

  it('catches a latitude and longitude swapped in the gazetteer', () => {
    const swapped = PLACES.replace('14.9,-92.26', '-92.26,14.9');
    expect(validate([GOOD_ROW], swapped).problems).toEqual([
      'data/places.csv:2: lat: and lon look swapped (-92.26, 14.9): latitude comes first',
    ]);
  });

  it('checks a weekday date against its weekday word', () => {
    const thursday = GOOD_ROW.replace(
      ',caption,,',
      ',weekday,"Thursday, resolved against 2018-10-25",',
    );
    expect(validate([thursday]).problems).toEqual([
      'data/events.csv:2: dateWords: names a Thursday, but 2018-10-21 is a Sunday',
    ]);
    expect(validate([thursday.replace('2018-10-21', '2018-10-25')]).problems).toEqual([]);
  });

  it('rejects a figure written with commas, and a duplicate id', () => {
    const figure = 'c,2018-10-22,,printed,,main,crowd,,,"7,200",,people,,,r-ap,"about 5,000",';
    expect(validate([figure]).problems).toEqual([
      'data/events.csv:2: value: must be a plain number such as 7200 or 120.5 (no commas or words)',
    ]);
    expect(validate([GOOD_ROW, GOOD_ROW]).problems).toEqual([
      'data/events.csv:3: id: "tapachula-21" is used already on line 2',
    ]);
  });

  it('requires a figure, unit and measure where the fact needs them', () => {
    const distance =
      'd,2018-10-25,,printed,,main,distance,,,1000,,people,,,seed-000,"main square",';
    expect(validate([distance]).problems).toEqual([
      'data/events.csv:2: unit: must be one of mi, km',
      'data/events.csv:2: measures: is required for a distance',
    ]);
  });
});
