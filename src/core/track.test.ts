import { describe, expect, it } from 'vitest';
import type { LonLat } from './distances.ts';
import { buildTrack, reachedPoint, type Stop, stopOn } from './track.ts';

const P: Record<string, LonLat> = {
  tapachula: [-92.26, 14.9],
  huixtla: [-92.46, 15.14],
  mapastepec: [-92.9, 15.43],
  pijijiapan: [-93.21, 15.69],
  esquipulas: [-89.35, 14.56],
};

function stop(rowId: string, date: string, place: string, placeTo?: string): Stop {
  return {
    rowId,
    group: 'main',
    date,
    place,
    at: P[place] as LonLat,
    placeTo,
    to: placeTo ? P[placeTo] : undefined,
  };
}

describe('buildTrack', () => {
  it('draws an en-route report as a reported stretch from A to B', () => {
    const track = buildTrack([stop('a', '2018-10-25', 'mapastepec', 'pijijiapan')]);
    expect(track).toEqual([
      expect.objectContaining({
        kind: 'reported',
        from: P.mapastepec,
        to: P.pijijiapan,
        toDate: '2018-10-25',
      }),
    ]);
  });

  it('links reports on consecutive days as reported, and a longer silence as unreported', () => {
    const track = buildTrack([
      stop('a', '2018-10-21', 'tapachula'),
      stop('b', '2018-10-22', 'huixtla'),
      stop('c', '2018-10-25', 'pijijiapan'),
    ]);
    expect(track.map((s) => [s.id, s.kind])).toEqual([
      ['a>b', 'reported'],
      ['b>c', 'unreported'],
    ]);
  });

  it('joins a stretch to the next report from where the stretch ended, without a zero-length link', () => {
    const track = buildTrack([
      stop('a', '2018-10-21', 'tapachula'),
      stop('b', '2018-10-22', 'tapachula', 'huixtla'),
      stop('c', '2018-10-22', 'huixtla'),
      stop('d', '2018-10-24', 'huixtla', 'mapastepec'),
    ]);
    expect(track.map((s) => [s.id, s.kind])).toEqual([
      ['b:stretch', 'reported'],
      ['d:stretch', 'reported'],
    ]);
  });

  it('keeps groups apart and sorts by date, keeping file order within a day', () => {
    const second: Stop = { ...stop('x', '2018-10-21', 'esquipulas'), group: 'second' };
    const track = buildTrack([
      stop('b', '2018-10-22', 'huixtla'),
      second,
      stop('a', '2018-10-21', 'tapachula'),
    ]);
    expect(track).toHaveLength(1);
    expect(track[0]?.group).toBe('main');
    expect(track[0]?.from).toEqual(P.tapachula);
  });
});

describe('stopOn', () => {
  const stops = [
    stop('a', '2018-10-21', 'tapachula'),
    stop('b', '2018-10-25', 'mapastepec', 'pijijiapan'),
    stop('c', '2018-10-25', 'pijijiapan'),
  ];

  it('finds the latest stop on or before a day, the last of the day winning', () => {
    expect(stopOn(stops, 'main', '2018-10-20')).toBeUndefined();
    expect(stopOn(stops, 'main', '2018-10-24')?.rowId).toBe('a');
    expect(stopOn(stops, 'main', '2018-10-25')?.rowId).toBe('c');
    expect(stopOn(stops, 'second', '2018-10-25')).toBeUndefined();
  });

  it('counts a stretch as reaching its end', () => {
    expect(reachedPoint(stops[1] as Stop)).toEqual(P.pijijiapan);
    expect(reachedPoint(stops[0] as Stop)).toEqual(P.tapachula);
  });
});
