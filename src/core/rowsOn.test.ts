import { describe, expect, it } from 'vitest';
import { logSpan, rowsOn } from './rowsOn.ts';
import type { EventRow } from './schema.ts';

function row(id: string, date: string, dateEnd?: string): EventRow {
  return { id, date, dateEnd, dateBasis: 'printed', fact: 'position', source: 's', quote: 'q' };
}

const ROWS = [row('a', '2018-10-21'), row('b', '2018-11-03', '2018-11-09'), row('c', '2018-11-08')];

describe('rowsOn', () => {
  it('returns rows dated that day and rows whose span covers it', () => {
    expect(rowsOn(ROWS, '2018-10-21').map((r) => r.id)).toEqual(['a']);
    expect(rowsOn(ROWS, '2018-11-08').map((r) => r.id)).toEqual(['b', 'c']);
    expect(rowsOn(ROWS, '2018-11-10')).toEqual([]);
  });
});

describe('logSpan', () => {
  it('runs from the earliest date to the latest end', () => {
    expect(logSpan(ROWS)).toEqual({ first: '2018-10-21', last: '2018-11-09' });
  });

  it('refuses an empty log', () => {
    expect(() => logSpan([])).toThrow(/no rows/);
  });
});
