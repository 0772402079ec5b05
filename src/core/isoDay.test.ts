import { describe, expect, it } from 'vitest';
import { isoDaysBetween, isoDayToTime, isRealIsoDay, timeToIsoDay } from './isoDay.ts';

describe('isoDay', () => {
  it('accepts real days and rejects impossible or malformed ones', () => {
    expect(isRealIsoDay('2018-10-21')).toBe(true);
    expect(isRealIsoDay('2016-02-29')).toBe(true);
    expect(isRealIsoDay('2018-02-29')).toBe(false);
    expect(isRealIsoDay('2018-11-31')).toBe(false);
    expect(isRealIsoDay('2018-13-01')).toBe(false);
    expect(isRealIsoDay('21/10/2018')).toBe(false);
    expect(isRealIsoDay('2018-10-21T00:00')).toBe(false);
  });

  it('maps days to UTC midnight and back, whatever the hour', () => {
    const t = isoDayToTime('2018-10-21');
    expect(new Date(t).toISOString()).toBe('2018-10-21T00:00:00.000Z');
    expect(timeToIsoDay(t + 23 * 3_600_000)).toBe('2018-10-21');
    expect(() => isoDayToTime('2018-02-30')).toThrow(/not a real date/);
  });

  it('lists every day of a span, across month ends', () => {
    expect(isoDaysBetween('2018-10-30', '2018-11-02')).toEqual([
      '2018-10-30',
      '2018-10-31',
      '2018-11-01',
      '2018-11-02',
    ]);
  });
});
