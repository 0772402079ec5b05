import { describe, expect, it } from 'vitest';
import { weekdayOf } from './weekdayOf.ts';

describe('weekdayOf', () => {
  it('reads English and Spanish weekday words, quoted or not', () => {
    expect(weekdayOf('Thursday, resolved against 2018-10-25')).toBe(4);
    expect(weekdayOf("'sábado' (pub 10-16)")).toBe(6);
    expect(weekdayOf('Miércoles')).toBe(3);
    expect(weekdayOf('domingo')).toBe(0);
  });

  it('returns undefined when the first word is no weekday', () => {
    expect(weekdayOf('yesterday')).toBeUndefined();
    expect(weekdayOf('Nov. 3')).toBeUndefined();
    expect(weekdayOf('')).toBeUndefined();
  });
});
