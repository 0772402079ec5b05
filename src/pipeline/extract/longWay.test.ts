import { describe, expect, it } from 'vitest';
import { longWay } from './longWay.ts';

describe('longWay', () => {
  const km = (value: number) => ({ value, unit: 'km' as const });
  it('keeps a leg short enough to walk in a day or two', () => {
    expect(longWay('leg', km(45), 'They walked 45 km to Huixtla.', ' to Huixtla.')).toBe('leg');
  });

  it('reads a longer stretch as the way walked, what is left, or the way to the border', () => {
    expect(longWay('leg', km(4000), 'Recorrieron más de 4 mil kilómetros.', '.')).toBe('covered');
    expect(
      longWay(
        'leg',
        { value: 786, unit: 'mi' },
        'Culiacán is 786 miles from Tijuana.',
        ' from Tijuana.',
      ),
    ).toBe('to-destination');
    expect(
      longWay(
        'leg',
        km(1450),
        'It is 1,450 km from the nearest U.S. border.',
        ' from the nearest U.S. border.',
      ),
    ).toBe('to-border');
  });

  it('leaves every other measure as it is', () => {
    expect(longWay('gap', km(900), 'The groups are 900 km apart.', ' apart.')).toBe('gap');
  });
});
