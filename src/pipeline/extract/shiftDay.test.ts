import { expect, it } from 'vitest';
import { shiftDay } from './shiftDay.ts';

it('shifts across month and year ends', () => {
  expect(shiftDay('2018-10-31', 1)).toBe('2018-11-01');
  expect(shiftDay('2019-01-01', -1)).toBe('2018-12-31');
});
