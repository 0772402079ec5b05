import { expect, it } from 'vitest';
import { placeRole } from './placeRole.ts';

it.each([
  ['The group left ', 'from'],
  ['Salieron de ', 'from'],
  ['They walked toward ', 'to'],
  ['Caminan rumbo a ', 'to'],
  ['They arrived in ', 'at'],
  ['Llegaron a ', 'at'],
  ['They slept in ', 'at'],
])('"%s…" gives %s', (before, role) => {
  expect(placeRole(before)).toBe(role);
});
