import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayToTime } from '../core/isoDay.ts';
import { timeSpan } from '../core/timeSteps.ts';
import { readUrlState, type UrlState, writeUrlState } from './urlState.ts';

const span = timeSpan(['2018-10-12', '2018-11-29']);
const defaults: UrlState = { time: span.first, hiddenGroups: [], language: 'en', units: 'mi' };
const HOUR = 3_600_000;

describe('urlState', () => {
  it('reads time, shown groups, language and units', () => {
    const { state, warnings } = readUrlState(
      '?t=2018-10-25T15&groups=main,second&lang=es&units=km',
      defaults,
      span,
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      time: isoDayToTime('2018-10-25') + 15 * HOUR,
      hiddenGroups: ['main-advance', 'third', 'other'],
      language: 'es',
      units: 'km',
    });
  });

  it('takes a bare day as its noon', () => {
    expect(readUrlState('?t=2018-10-25', defaults, span).state.time).toBe(
      isoDayToTime('2018-10-25') + 12 * HOUR,
    );
  });

  it('writes nothing for the defaults and round-trips the rest', () => {
    expect(writeUrlState(defaults, defaults)).toBe('');
    const state: UrlState = {
      time: isoDayToTime('2018-11-03') + 7 * HOUR,
      hiddenGroups: ['third'],
      language: 'es',
      units: 'km',
    };
    const query = writeUrlState(state, defaults);
    expect(query).toBe('?t=2018-11-03T07&groups=main,main-advance,second,other&lang=es&units=km');
    expect(readUrlState(query, defaults, span).state).toEqual(state);
  });

  it('falls back to the default, with a warning, for bad or hostile values', () => {
    const { state, warnings } = readUrlState(
      '?t=2018-02-30&groups=main,<script>&lang=../../etc&units=furlongs',
      defaults,
      span,
    );
    expect(state).toEqual(defaults);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^ignored URL parameter t="2018-02-30"/);
    expect(readUrlState('?t=2019-01-01', defaults, span).warnings).toHaveLength(1);
    expect(readUrlState('?t=2018-10-25T24', defaults, span).warnings).toHaveLength(1);
  });

  it('never throws and always returns a valid state, whatever the query (seeded)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const query = `?${encodeURIComponent(key)}=${encodeURIComponent(value)}&t=${encodeURIComponent(value)}`;
        const { state } = readUrlState(query, defaults, span);
        return (
          state.time >= span.first &&
          state.time <= span.last &&
          ['en', 'es'].includes(state.language)
        );
      }),
      { seed: 42 },
    );
  });
});
