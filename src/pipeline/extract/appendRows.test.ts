import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, type EventRow } from '../../core/schema.ts';
import { appendRows } from './appendRows.ts';

const header = EVENT_COLUMNS.join(',');
const log = `${header}\nold,2018-10-21,,printed,,main,position,tapachula,,,,,,,s,q,\n`;
const row = (over: Partial<EventRow>): EventRow => ({
  id: 'new',
  date: '2018-10-22',
  dateBasis: 'printed',
  group: 'main',
  fact: 'position',
  place: 'tapachula',
  source: 's',
  quote: 'q',
  ...over,
});
const places = new Set(['tapachula']);

describe('appendRows', () => {
  it('appends new rows at the end', () => {
    const result = appendRows(log, [row({})], places);
    expect(result.added).toHaveLength(1);
    expect(result.text.startsWith(log)).toBe(true);
    expect(result.text.trim().split('\n')).toHaveLength(3);
  });

  it('never duplicates a row, by id or by fact', () => {
    const result = appendRows(
      log,
      [row({ id: 'old' }), row({ id: 'x', date: '2018-10-21' }), row({}), row({})],
      places,
    );
    expect(result.added.map((r) => r.id)).toEqual(['new']);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'id old is in the log already',
      'the same fact is in the log already',
      'id new is in the log already',
    ]);
  });

  it('holds back rows whose place is not in places.csv yet', () => {
    const result = appendRows(log, [row({ place: 'escuintla' })], places);
    expect(result.added).toEqual([]);
    expect(result.skipped[0]?.reason).toContain('escuintla');
  });
});
