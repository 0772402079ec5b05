import { expect, it } from 'vitest';
import type { EventRow } from '../../core/schema.ts';
import { evaluate } from './evaluate.ts';

const row = (over: Partial<EventRow>): EventRow => ({
  id: 'r',
  date: '2018-10-21',
  dateBasis: 'printed',
  fact: 'position',
  source: 's',
  quote: 'q',
  ...over,
});

it('matches rows one to one on their key fields', () => {
  const scores = evaluate([
    {
      source: 's',
      curated: [
        row({ place: 'a', placeTo: 'b' }),
        row({ fact: 'crowd', value: 4000, valueMax: 5000, unit: 'people' }),
        row({ fact: 'distance', value: 120, unit: 'mi', measures: 'leg', date: '2018-10-22' }),
      ],
      proposed: [
        row({ place: 'a' }),
        row({ place: 'a' }),
        row({ fact: 'crowd', value: 4000, unit: 'people' }),
        row({ fact: 'distance', value: 120, unit: 'mi', measures: 'leg' }),
      ],
    },
  ]);
  expect(scores.positions).toMatchObject({ curated: 1, proposed: 2, matched: 1 });
  expect(scores['crowd sizes']).toMatchObject({
    matched: 0,
    missed: [expect.stringContaining('4000–5000')],
  });
  expect(scores.distances.matched).toBe(1);
  expect(scores.dates).toMatchObject({ curated: 2, proposed: 1, matched: 1 });
});

it('pairs rows that agree on every field first, so a looser match does not take their row', () => {
  const scores = evaluate([
    {
      source: 's',
      curated: [row({ place: 'a', placeTo: 'b' }), row({ place: 'a' })],
      proposed: [row({ place: 'a' }), row({ place: 'a', placeTo: 'c' })],
    },
  ]);
  expect(scores.positions).toMatchObject({ matched: 2, extra: [], missed: [] });
});
