import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayToTime } from '../../core/isoDay.ts';
import { weekdayNear, weekdayOnDay } from './weekdayNear.ts';

const day = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const config = { seed: 1018, numRuns: 500 };
const gap = (a: string, b: string) => (isoDayToTime(a) - isoDayToTime(b)) / 86_400_000;
const weekday = (d: string) => new Date(isoDayToTime(d)).getUTCDay();

describe('weekdayNear', () => {
  it('resolves Thursday against a Friday to the day before', () => {
    expect(weekdayNear('2019-03-08', 4, 'before')).toBe('2019-03-07');
    expect(weekdayNear('2019-03-07', 4, 'before')).toBe('2019-03-07');
    expect(weekdayNear('2019-03-08', 4, 'after')).toBe('2019-03-14');
  });

  it('takes the nearer Thursday, forward or back, when the reference is a lower bound', () => {
    expect(weekdayNear('2019-03-04', 4, 'nearest')).toBe('2019-03-07'); // Monday: 3 days on
    expect(weekdayNear('2019-03-04', 5, 'nearest')).toBe('2019-03-01'); // Friday: 3 days back
    expect(weekdayNear('2019-03-07', 4, 'nearest')).toBe('2019-03-07');
  });

  it('lands on the weekday within the 7 days up to the reference', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (ref, w) => {
        const found = weekdayNear(ref, w, 'before');
        expect(weekday(found)).toBe(w);
        expect(gap(ref, found)).toBeGreaterThanOrEqual(0);
        expect(gap(ref, found)).toBeLessThan(7);
      }),
      config,
    );
  });

  it('lands within the 7 days after it for "next"', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (ref, w) => {
        const found = weekdayNear(ref, w, 'after');
        expect(weekday(found)).toBe(w);
        expect(gap(found, ref)).toBeGreaterThan(0);
        expect(gap(found, ref)).toBeLessThanOrEqual(7);
      }),
      config,
    );
  });

  it('lands within three days either way for "nearest"', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (ref, w) => {
        const found = weekdayNear(ref, w, 'nearest');
        expect(weekday(found)).toBe(w);
        expect(Math.abs(gap(found, ref))).toBeLessThanOrEqual(3);
      }),
      config,
    );
  });
});

describe('weekdayOnDay', () => {
  it('finds the Sunday the 4th nearest the reference', () => {
    expect(weekdayOnDay('2018-11-12', 0, 4)).toBe('2018-11-04');
    expect(weekdayOnDay('2018-11-12', 1, 4)).toBeUndefined(); // no Monday the 4th near
  });
});
