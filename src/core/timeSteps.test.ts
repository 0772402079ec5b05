import { describe, expect, it } from 'vitest';
import { isoDayToTime } from './isoDay.ts';
import { clampTime, stepDays, stepReportDay, timeSpan } from './timeSteps.ts';

const HOUR = 3_600_000;
const at = (day: string, hour: number) => isoDayToTime(day) + hour * HOUR;
const span = timeSpan(['2018-10-12', '2018-10-13', '2018-10-14', '2018-10-15', '2018-10-16']);

describe('timeSteps', () => {
  it('spans noon of the first day to noon of the last', () => {
    expect(span).toEqual({ first: at('2018-10-12', 12), last: at('2018-10-16', 12) });
    expect(clampTime(at('2018-10-20', 0), span)).toBe(span.last);
  });

  it('steps to the next or previous noon, from any hour', () => {
    expect(stepDays(at('2018-10-13', 12), 1, span)).toBe(at('2018-10-14', 12));
    expect(stepDays(at('2018-10-13', 15), 1, span)).toBe(at('2018-10-14', 12));
    expect(stepDays(at('2018-10-13', 9), 1, span)).toBe(at('2018-10-13', 12));
    expect(stepDays(at('2018-10-13', 15), -1, span)).toBe(at('2018-10-13', 12));
    expect(stepDays(at('2018-10-13', 12), -1, span)).toBe(at('2018-10-12', 12));
  });

  it('steps a week at a time, stopping at either end', () => {
    expect(stepDays(at('2018-10-13', 12), 7, span)).toBe(span.last);
    expect(stepDays(at('2018-10-13', 12), -7, span)).toBe(span.first);
  });

  it('finds the previous and next day with a report', () => {
    const days = ['2018-10-12', '2018-10-14', '2018-10-16'];
    expect(stepReportDay(at('2018-10-12', 12), 1, days)).toBe(at('2018-10-14', 12));
    expect(stepReportDay(at('2018-10-14', 13), -1, days)).toBe(at('2018-10-14', 12));
    expect(stepReportDay(at('2018-10-16', 12), 1, days)).toBeUndefined();
    expect(stepReportDay(at('2018-10-12', 12), -1, days)).toBeUndefined();
  });
});
