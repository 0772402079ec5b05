import { describe, expect, it } from 'vitest';
import { caravanModel } from './caravanModel.ts';
import type { Log } from './logSchema.ts';

const log: Log = {
  version: 1,
  places: [
    {
      id: 'sps',
      name: 'San Pedro Sula',
      admin1: 'Cortés',
      country: 'HN',
      lat: 15.5,
      lon: -88.03,
      geonamesId: '3601782',
    },
    {
      id: 'tap',
      name: 'Tapachula',
      admin1: 'Chiapas',
      country: 'MX',
      lat: 14.9,
      lon: -92.26,
      geonamesId: '3515431',
    },
  ],
  sources: [{ id: 's', kind: 'seed', file: 'x.txt', outlet: 'X' }],
  rows: [
    {
      id: 'a',
      date: '2018-10-13',
      dateBasis: 'printed',
      group: 'main',
      fact: 'position',
      place: 'sps',
      source: 's',
      quote: 'q',
    },
    {
      id: 'b',
      date: '2018-10-14',
      dateBasis: 'printed',
      group: 'main',
      fact: 'crowd',
      value: 1600,
      unit: 'people',
      source: 's',
      quote: 'q',
    },
    {
      id: 'c',
      date: '2018-10-21',
      dateBasis: 'printed',
      group: 'main',
      fact: 'position',
      place: 'tap',
      source: 's',
      quote: 'q',
    },
    {
      id: 'd',
      date: '2018-10-21',
      dateBasis: 'printed',
      fact: 'event',
      place: 'tap',
      source: 's',
      quote: 'q',
    },
  ],
  measurements: {},
};

describe('caravanModel', () => {
  const model = caravanModel(log);

  it('spans every day from the first report to the last', () => {
    expect(model.days[0]).toBe('2018-10-13');
    expect(model.days.at(-1)).toBe('2018-10-21');
    expect(model.days).toHaveLength(9);
  });

  it('turns positions into stops and a track, and keeps events apart', () => {
    expect(model.stops.map((s) => s.rowId)).toEqual(['a', 'c']);
    expect(model.segments.map((s) => [s.id, s.kind])).toEqual([['a>c', 'unreported']]);
    expect(model.events.map((e) => e.id)).toEqual(['d']);
  });
});
