import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './findNumbers.ts';

describe('findNumbers', () => {
  it('keeps the qualifier with the figure', () => {
    const text = 'The police counted roughly 3,400 marchers.';
    const [n] = findNumbers(text);
    expect(n?.value).toBe(3400);
    expect(n?.qualifier).toBe('roughly');
    expect(text.slice(n?.start, n?.end)).toBe('roughly 3,400');
  });

  it('reads no figure in a vague amount or a year', () => {
    expect(findNumbers('A few hundred migrants rested.')).toEqual([]);
    expect(findNumbers('Varios miles de personas.')).toEqual([]);
    expect(findNumbers('En octubre de 2018 salieron.')).toEqual([]);
    expect(findNumbers('Some 300 people.').map((n) => n.value)).toEqual([300]);
  });

  it('joins ranges in English and Spanish', () => {
    expect(findNumbers('between 2,000 and 3,000 walkers')[0]).toMatchObject({
      value: 2000,
      valueMax: 3000,
    });
    expect(findNumbers('from 600 to 800 people')[0]).toMatchObject({ value: 600, valueMax: 800 });
    expect(findNumbers('entre 1.200 y 1.500 personas')[0]).toMatchObject({
      value: 1200,
      valueMax: 1500,
    });
    expect(findNumbers('de 3 a 4 mil migrantes')[0]).toMatchObject({ value: 3000, valueMax: 4000 });
    expect(findNumbers('entre 900 y mil personas')[0]).toMatchObject({
      value: 900,
      valueMax: 1000,
    });
    expect(findNumbers('entre 3 y 4 mil personas')[0]).toMatchObject({
      value: 3000,
      valueMax: 4000,
    });
    expect(findNumbers('entre 2 mil y 3 mil migrantes')[0]).toMatchObject({
      value: 2000,
      valueMax: 3000,
    });
    expect(findNumbers('treinta y cinco personas')[0]).toMatchObject({ value: 35 });
  });

  it('does not join two figures that are not a range', () => {
    expect(findNumbers('300 adults and 120 children').map((n) => n.value)).toEqual([300, 120]);
  });

  it('reads Spanish compound figures and words', () => {
    expect(findNumbers('llegaron 5 mil 300 personas').map((n) => n.value)).toEqual([5300]);
    expect(findNumbers('cerca de un millar de migrantes')[0]).toMatchObject({
      value: 1000,
      qualifier: 'cerca de',
    });
  });

  it('keeps a year apart from a word number after it', () => {
    expect(findNumbers('on Oct. 30, 2018 one group left').map((n) => n.value)).toEqual([
      30, 2018, 1,
    ]);
  });

  it('reads any range of thousands, in words or digits, as its two ends', () => {
    const pair = fc
      .tuple(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 50 }))
      .map(([low, step]) => [low, Math.min(99, low + step)] as const);
    fc.assert(
      fc.property(pair, ([low, high]) => {
        const want = { value: low * 1000, valueMax: high * 1000 };
        expect(findNumbers(`entre ${low} mil y ${high} mil migrantes`)[0]).toMatchObject(want);
        expect(findNumbers(`between ${low},000 and ${high},000 people`)[0]).toMatchObject(want);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => void findNumbers(t)),
      { seed: 7, numRuns: 300 },
    );
  });
});
