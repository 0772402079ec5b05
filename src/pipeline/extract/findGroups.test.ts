import { expect, it } from 'vitest';
import { findGroups } from './findGroups.ts';

it('names each caravan in order', () => {
  expect(
    findGroups('The caravan waited while a second caravan crossed.').map((g) => g.group),
  ).toEqual(['main', 'second']);
  expect(findGroups('La caravana salvadoreña llegó.').map((g) => g.group)).toEqual(['third']);
  expect(findGroups('No group here.')).toEqual([]);
});
