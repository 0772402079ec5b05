import { expect, it } from 'vitest';
import { placeRole } from './placeRole.ts';

it.each([
  ['The group left ', 'from'],
  ['Salieron de ', 'from'],
  ['El sábado cruzó a pie de ', 'from'],
  ['Caminaron de ', 'from'],
  ['They walked toward ', 'to'],
  ['relató Marisela, de 41 años, originaria de ', 'origin'],
  ['esperaban a un grupo rezagado que venía de ', 'origin'],
  ['Dunia Maradiaga, 29, was born in ', 'origin'],
  ['Entre ellos había familias completas de ', 'origin'],
  ['Caminan rumbo a ', 'to'],
  ['They arrived in ', 'at'],
  ['Llegaron a ', 'at'],
  ['They slept in ', 'at'],
  ['Llegaron la tarde de este viernes 2 de abril a ', 'at'],
  ['La caravana salió el domingo 3 de noviembre de ', 'from'],
  ['Early Thursday, the group set out from ', 'from'],
  ['They arrived on Friday, and then walked to ', 'to'],
  ['They camped across the Rio Grande from ', 'across'],
  ['Llegaron anoche procedentes de ', 'origin'],
  ['A caravan that set out from the southern city of ', 'from'],
  ['El domingo, el grupo dejó ', 'from'],
  ['Many in the camp are from Olancho, Yoro and the outskirts of ', 'origin'],
  ['Most are from ', 'origin'],
  ['Los migrantes, que son de Honduras, llegaron a ', 'at'],
  ['The marchers enter ', 'at'],
  ['About 250 took buses back to ', 'origin'],
])('"%s…" gives %s', (before, role) => {
  expect(placeRole(before)).toBe(role);
});

it('reads "los 18 kilómetros entre Metapa y Tapachula" as a stretch from the first to the second', () => {
  expect(placeRole('cubrieron los 18 kilómetros entre ')).toBe('from');
  expect(placeRole('cubrieron los 18 kilómetros entre Metapa y ')).toBe('to');
  expect(placeRole('la frontera entre México y ')).toBe('at');
});

it('reads an arrival told place first, "A Tucurú había llegado", as where the group was', () => {
  expect(placeRole('A ', ' había llegado el sábado')).toBe('at');
  expect(placeRole('A ', ' llegaron esa misma noche')).toBe('at');
  expect(placeRole('A ', ' se dirigen')).toBe('to');
});
