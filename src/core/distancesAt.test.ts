import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { caravanModel } from './caravanModel.ts';
import { greatCircleKm } from './distances.ts';
import { distancesAt } from './distancesAt.ts';
import { isoDayToTime } from './isoDay.ts';
import type { Log } from './logSchema.ts';

const place = (id: string, lat: number, lon: number) => ({
  id,
  name: id,
  admin1: 'x',
  country: 'MX',
  lat,
  lon,
  geonamesId: '1',
});
const position = (id: string, date: string, p: string) => ({
  id,
  date,
  dateBasis: 'printed' as const,
  group: 'main' as const,
  fact: 'position' as const,
  place: p,
  source: 's',
  quote: 'q',
});
const log: Log = {
  version: 1,
  places: [place('a', 15, -92), place('b', 17, -95), place('tijuana', 32.5, -117)],
  sources: [{ id: 's', kind: 'seed', file: 'x', outlet: 'X' }],
  rows: [position('r1', '2018-10-20', 'a'), position('r2', '2018-10-22', 'b')],
  measurements: {},
};
const border: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [
    [
      [-117, 32.5],
      [-97, 26],
    ],
  ],
};
const model = caravanModel(log);
const noon = (day: string) => isoDayToTime(day) + 12 * 3_600_000;

describe('distancesAt', () => {
  it('measures from the reported place at a report', () => {
    const d = distancesAt(model, border, noon('2018-10-20'));
    expect(d).toMatchObject({ at: [-92, 15], estimated: false, coveredKm: 0 });
    expect(d?.toDestinationKm).toBeCloseTo(greatCircleKm([-92, 15], [-117, 32.5]), 6);
  });

  it('measures from the estimate between reports, and halfway covers half the leg', () => {
    const d = distancesAt(model, border, noon('2018-10-21'));
    expect(d?.estimated).toBe(true);
    expect(d?.coveredKm).toBeCloseTo(greatCircleKm([-92, 15], [-95, 17]) / 2, 6);
  });

  it('stays at the last report after it, and has nothing before the first', () => {
    expect(distancesAt(model, border, noon('2018-10-25'))?.at).toEqual([-95, 17]);
    expect(distancesAt(model, border, noon('2018-10-19'))).toBeUndefined();
  });
});
