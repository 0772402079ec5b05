import { describe, expect, it } from 'vitest';
import type { EventRow } from './schema.ts';
import { buildTrack, type Stop } from './track.ts';
import { visibleAt } from './visibleAt.ts';

const stops: Stop[] = [
  { rowId: 'sps', group: 'main', date: '2018-10-13', place: 'sps', at: [-88, 15.5] },
  { rowId: 'tap', group: 'main', date: '2018-10-21', place: 'tap', at: [-92.26, 14.9] },
  {
    rowId: 'map',
    group: 'main',
    date: '2018-10-25',
    place: 'map',
    at: [-92.9, 15.43],
    placeTo: 'pij',
    to: [-93.21, 15.69],
  },
  { rowId: 'chq', group: 'second', date: '2018-10-22', place: 'chq', at: [-89.54, 14.8] },
];
const wire: EventRow = {
  id: 'wire',
  date: '2018-11-06',
  dateBasis: 'printed',
  fact: 'event',
  place: 'sy',
  source: 's',
  quote: 'q',
};
const model = { stops, segments: buildTrack(stops), events: [wire] };

describe('visibleAt', () => {
  it('shows what was reported by the day and highlights each group’s latest stop', () => {
    const state = visibleAt(model, '2018-10-22');
    expect([...state.visible].sort()).toEqual(['chq', 'sps', 'sps>tap', 'tap']);
    expect([...state.current].sort()).toEqual(['chq', 'tap']);
  });

  it('highlights a stretch when the latest report is on the way between two places', () => {
    const state = visibleAt(model, '2018-10-25');
    expect(state.current.has('map:stretch')).toBe(true);
    expect(state.visible.has('tap>map')).toBe(true);
    expect(state.latest.get('main')?.rowId).toBe('map');
  });

  it('shows nothing before the first report and events from their day', () => {
    expect(visibleAt(model, '2018-10-01').visible.size).toBe(0);
    expect(visibleAt(model, '2018-11-05').visible.has('wire')).toBe(false);
    expect(visibleAt(model, '2018-11-06').visible.has('wire')).toBe(true);
  });
});

describe('visibleAt, the day and hidden groups', () => {
  it('marks the day’s own reports, and leaves hidden groups out entirely', () => {
    const state = visibleAt(model, '2018-10-22', new Set(['second']));
    expect([...state.today]).toEqual([]);
    expect(state.visible.has('chq')).toBe(false);
    expect(state.latest.has('second')).toBe(false);
    expect([...visibleAt(model, '2018-10-21').today]).toEqual(['tap']);
    expect([...visibleAt(model, '2018-11-06').today]).toEqual(['wire']);
  });
});
