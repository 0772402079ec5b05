import { expect, it } from 'vitest';
import { mentionsCaravan } from './mentionsCaravan.ts';

it('tells caravan sentences from others', () => {
  expect(mentionsCaravan('El éxodo siguió hacia el norte.')).toBe(true);
  expect(mentionsCaravan('La caravana avanzó.')).toBe(true);
  expect(mentionsCaravan('Hondurans crossed the river.')).toBe(true);
  expect(mentionsCaravan('The senator spoke in Houston.')).toBe(false);
});
