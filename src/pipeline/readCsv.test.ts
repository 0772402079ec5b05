import { describe, expect, it } from 'vitest';
import { readCsv } from './readCsv.ts';

describe('readCsv', () => {
  it('returns cells by column with the line each record starts on, empty cells undefined', () => {
    const text = 'id,quote\na,"two\nlines"\n\nb, \n';
    expect(readCsv(text, 'x.csv', ['id', 'quote'])).toEqual([
      { line: 2, cells: { id: 'a', quote: 'two\nlines' } },
      { line: 5, cells: { id: 'b', quote: undefined } },
    ]);
  });

  it('names the file, the line and the fix when a row has too many cells', () => {
    expect(() => readCsv('id,quote\na,b\nc,d,e\n', 'data/x.csv', ['id', 'quote'])).toThrow(
      'data/x.csv:3: has 3 cells, the header has 2 (a comma inside a cell needs "double quotes")',
    );
  });

  it('rejects a header with missing or unknown columns', () => {
    expect(() => readCsv('id,qoute\n', 'x.csv', ['id', 'quote'])).toThrow(
      'x.csv:1: the header must be id,quote (missing quote; unknown qoute)',
    );
  });

  it('reports an unclosed quote with the file', () => {
    expect(() => readCsv('id,quote\na,"open\n', 'x.csv', ['id', 'quote'])).toThrow(/^x\.csv:/);
  });
});
