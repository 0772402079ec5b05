import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteFound } from './quoteFound.ts';

const TEXT = 'The caravan still remains 1,000 miles south of the border and it’s  estimated';

describe('quoteFound', () => {
  it('finds a quote word for word, folding curly quotes and white space', () => {
    expect(quoteFound('1,000 miles south of the border', TEXT)).toBe(true);
    expect(quoteFound("border and it's estimated", TEXT)).toBe(true);
  });

  it('rejects a changed word or figure', () => {
    expect(quoteFound('1,000 miles north of the border', TEXT)).toBe(false);
    expect(quoteFound('1000 miles south of the border', TEXT)).toBe(false);
  });

  it('finds every slice of a text in it (seeded property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const slice = text.slice(start, start + 1 + (b % (text.length - start)));
        return slice.trim() === '' || quoteFound(slice, text);
      }),
      { seed: 20181021 },
    );
  });
});
