import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.ts';

describe('parseNumber', () => {
  it.each([
    ['7,200', 7200],
    ['7.200', 7200],
    ['1,000,000', 1_000_000],
    ['1.5 million', 1_500_000],
    ['2,5 millones', 2_500_000],
    ['120.5', 120.5],
    ['mil 500', 1500],
    ['3 mil 250', 3250],
    ['dos mil', 2000],
    ['un millar', 1000],
    ['a thousand', 1000],
    ['half a million', 500_000],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['treinta y cinco', 35],
    ['doscientos cincuenta', 250],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['five twenty', 'un', 'a', 'and', 'mil y', 'people', ''])('refuses "%s"', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  const config = { seed: 20181021, numRuns: 300 };

  it('round-trips integers written the English way (7,200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
      config,
    );
  });

  it('round-trips integers written the Spanish way (7.200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), (n) => {
        expect(parseNumber(n.toLocaleString('de-DE'))).toBe(n);
      }),
      config,
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        parseNumber(text);
      }),
      config,
    );
  });
});
