import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readStoryDay } from './readStoryDay.ts';

it('reads the latest day of the committed log', () => {
  const path = fileURLToPath(new URL('../../../data/events.csv', import.meta.url));
  expect(readStoryDay(path)).toMatch(/^2018-1[12]-\d\d$/);
});
