import { describe, expect, it } from 'vitest';
import { greatCircleKm, type LonLat } from './distances.ts';
import { isoDayToTime } from './isoDay.ts';
import { positionAt } from './positionAt.ts';
import type { Stop } from './track.ts';
import { groupWaypoints, type Waypoint } from './waypoints.ts';

const HOUR = 3_600_000;
const P: Record<string, LonLat> = {
  tapachula: [-92.26, 14.9],
  huixtla: [-92.46, 15.14],
  mapastepec: [-92.9, 15.43],
  pijijiapan: [-93.21, 15.69],
};
const stop = (rowId: string, date: string, place: string, placeTo?: string): Stop => ({
  rowId,
  group: 'main',
  date,
  place,
  at: P[place] as LonLat,
  placeTo,
  to: placeTo ? P[placeTo] : undefined,
});
const noon = (day: string) => isoDayToTime(day) + 12 * HOUR;

const waypoints = groupWaypoints([
  stop('tap', '2018-10-21', 'tapachula'),
  stop('hui', '2018-10-23', 'huixtla'),
  stop('str', '2018-10-25', 'mapastepec', 'pijijiapan'),
  stop('pij', '2018-10-25', 'pijijiapan'),
]).get('main') as Waypoint[];

describe('groupWaypoints', () => {
  it('puts a lone report at noon and spreads a day’s waypoints evenly in file order', () => {
    expect(waypoints.map((w) => [w.stopId, (w.time - isoDayToTime('2018-10-21')) / HOUR])).toEqual([
      ['tap', 12],
      ['hui', 60],
      ['str', 96 + 6],
      ['str', 96 + 12],
      ['pij', 96 + 18],
    ]);
    expect(waypoints.map((w) => w.stretch)).toEqual([false, false, true, false, false]);
  });

  it('accumulates great-circle kilometres along the reports', () => {
    expect(waypoints[1]?.km).toBeCloseTo(
      greatCircleKm(P.tapachula as LonLat, P.huixtla as LonLat),
      9,
    );
    expect(waypoints.at(-1)?.km).toBe(waypoints.at(-2)?.km);
  });
});

describe('groupWaypoints, the same stretch twice', () => {
  it('takes one journey when two outlets report the same stretch on one day', () => {
    const twice = groupWaypoints([
      stop('a', '2018-11-09', 'mapastepec', 'pijijiapan'),
      stop('b', '2018-11-09', 'mapastepec', 'pijijiapan'),
    ]).get('main') as Waypoint[];
    expect(twice.map((w) => w.place)).toEqual(['mapastepec', 'pijijiapan']);
  });
});

describe('positionAt', () => {
  it('is at the reported place at the report’s moment', () => {
    expect(positionAt(waypoints, noon('2018-10-21'))).toMatchObject({
      kind: 'report',
      at: P.tapachula,
      km: 0,
    });
  });

  it('estimates between two reports at the pace their dates imply', () => {
    const halfway = positionAt(waypoints, noon('2018-10-22'));
    expect(halfway?.kind).toBe('estimate');
    const total = greatCircleKm(P.tapachula as LonLat, P.huixtla as LonLat);
    expect(halfway?.km).toBeCloseTo(total / 2, 6);
    expect(greatCircleKm(P.tapachula as LonLat, halfway?.at as LonLat)).toBeCloseTo(total / 2, 3);
  });

  it('moves along a reported stretch as a stretch, not as an estimate', () => {
    const onStretch = positionAt(waypoints, isoDayToTime('2018-10-25') + 9 * HOUR);
    expect(onStretch?.kind).toBe('stretch');
    expect(onStretch?.at[0]).toBeLessThan(P.mapastepec?.[0] as number);
    expect(onStretch?.at[0]).toBeGreaterThan(P.pijijiapan?.[0] as number);
  });

  it('waits at a place reported on both sides instead of estimating between it and itself', () => {
    const waiting = positionAt(waypoints, isoDayToTime('2018-10-25') + 15 * HOUR);
    expect(waiting).toMatchObject({ kind: 'report', at: P.pijijiapan });
  });

  it('says nothing before the first report or after the last', () => {
    expect(positionAt(waypoints, noon('2018-10-21') - HOUR)).toBeUndefined();
    expect(positionAt(waypoints, noon('2018-10-26'))).toBeUndefined();
    expect(positionAt([], noon('2018-10-21'))).toBeUndefined();
  });
});
