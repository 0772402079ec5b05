import { expect, it } from 'vitest';
import { namesBorder } from './namesBorder.ts';

it('recognises the border and the US, but not the pronoun', () => {
  expect(namesBorder('the border')).toBe(true);
  expect(namesBorder('la frontera')).toBe(true);
  expect(namesBorder('reach the US')).toBe(true);
  expect(namesBorder('let us rest')).toBe(false);
});
