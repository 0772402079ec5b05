import { expect, it } from 'vitest';
import { EVENT_COLUMNS } from '../../core/schema.ts';
import { formatProposals } from './formatProposals.ts';

it('prints the header, then each sentence and check as comments before its row', () => {
  const text = formatProposals([
    {
      row: {
        id: 'r',
        date: '2018-10-21',
        dateBasis: 'published',
        fact: 'event',
        place: 'x',
        source: 's',
        quote: 'q',
      },
      sentence: 'They met\nin X.',
      checks: ['new place: x'],
    },
  ]);
  expect(text.split('\n')).toEqual([
    EVENT_COLUMNS.join(','),
    '# They met in X.',
    '# ? new place: x',
    'r,2018-10-21,,published,,,event,x,,,,,,,s,q,',
    '',
  ]);
});
