import { describe, expect, it } from 'vitest';
import { isoDayToTime } from '../../core/isoDay.ts';
import { formatters } from './formatters.ts';

describe('formatters', () => {
  const thursday = isoDayToTime('2018-10-25');

  it('writes UTC days in English and Spanish', () => {
    expect(formatters('en').longDay(thursday)).toBe('Thursday, 25 October 2018');
    expect(formatters('es').longDay(thursday)).toBe('jueves, 25 de octubre de 2018');
    expect(formatters('en').shortDay(thursday)).toBe('25 October');
  });

  it('groups thousands the way each language reads them', () => {
    expect(formatters('en').number(7200)).toBe('7,200');
    expect(formatters('es').number(7200)).toBe('7,200');
    expect(formatters('en').number(755.6)).toBe('756');
  });
});
