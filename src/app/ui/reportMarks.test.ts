import { describe, expect, it } from 'vitest';
import type { EventRow, Group } from '../../core/schema.ts';
import { stackReports, tallestStack } from './reportMarks.ts';

const row = (id: string, date: string, group?: Group): EventRow => ({
  id,
  date,
  dateBasis: 'printed',
  group,
  fact: 'position',
  place: 'p',
  source: 's',
  quote: 'q',
});

const rows = [
  row('a', '2018-10-21', 'second'),
  row('b', '2018-10-21', 'main'),
  row('c', '2018-10-21'),
  row('d', '2018-10-22', 'main'),
];

describe('stackReports', () => {
  it('stacks one mark per report, main caravan at the bottom, events on top', () => {
    expect(stackReports(rows, []).map((s) => [s.date, s.group, s.start, s.count])).toEqual([
      ['2018-10-21', 'main', 0, 1],
      ['2018-10-21', 'second', 1, 1],
      ['2018-10-21', undefined, 2, 1],
      ['2018-10-22', 'main', 0, 1],
    ]);
  });

  it('leaves hidden groups out', () => {
    expect(stackReports(rows, ['main']).map((s) => s.group)).toEqual(['second', undefined]);
  });

  it('merges a day’s reports of one group into one mark for a very long log', () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      row(`r${i}`, i % 2 ? '2018-10-21' : '2018-10-22', i % 3 ? 'main' : 'second'),
    );
    const stacks = stackReports(many, []);
    expect(stacks).toHaveLength(4);
    expect(stacks.reduce((n, s) => n + s.count, 0)).toBe(6000);
    expect(tallestStack(many)).toBe(3000);
  });
});
