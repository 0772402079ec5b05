import { expect, it } from 'vitest';
import { spanGap } from './spanGap.ts';

it('counts the characters between two spans, either way round, and 0 for overlaps', () => {
  expect(spanGap({ start: 0, end: 5 }, { start: 8, end: 10 })).toBe(3);
  expect(spanGap({ start: 8, end: 10 }, { start: 0, end: 5 })).toBe(3);
  expect(spanGap({ start: 0, end: 5 }, { start: 3, end: 10 })).toBe(0);
});
