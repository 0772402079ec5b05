import { expect, it } from 'vitest';
import { toCsvLine } from './toCsvLine.ts';

it('writes the cells in the log order, quoting commas and quotes', () => {
  const line = toCsvLine({
    id: 'a',
    date: '2018-10-21',
    dateBasis: 'printed',
    fact: 'crowd',
    value: 7200,
    unit: 'people',
    source: 's',
    quote: 'some 7,200 "people"',
  });
  expect(line).toBe('a,2018-10-21,,printed,,,crowd,,,7200,,people,,,s,"some 7,200 ""people""",');
});
