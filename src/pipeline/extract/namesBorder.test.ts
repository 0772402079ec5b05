import { expect, it } from 'vitest';
import { namesBorder } from './namesBorder.ts';

it('recognises the border and the US, but not the pronoun', () => {
  expect(namesBorder('the border')).toBe(true);
  expect(namesBorder('la frontera')).toBe(true);
  expect(namesBorder('reach the US')).toBe(true);
  expect(namesBorder('let us rest')).toBe(false);
});

it('does not take a border on the way for the US border', () => {
  expect(namesBorder('Tecún Umán, en la frontera con México')).toBe(false);
  expect(namesBorder("Mexico's southern border")).toBe(false);
  expect(namesBorder('the border with the United States')).toBe(true);
});

it('does not take a crossing named for its town for the US border', () => {
  expect(namesBorder('the Mexican border at La Mesilla')).toBe(false);
  expect(namesBorder('La frontera de El Espino, con Honduras')).toBe(false);
  expect(namesBorder('la frontera de Estados Unidos')).toBe(true);
  expect(namesBorder('the border at night')).toBe(true);
  expect(namesBorder('Peñas Blancas, on the Nicaraguan border')).toBe(false);
  expect(namesBorder('en la frontera con Costa Rica')).toBe(false);
});

it('takes a border town named as a town for the town', () => {
  expect(namesBorder('The border city of Reynosa is now')).toBe(false);
  expect(namesBorder('la ciudad fronteriza de Reynosa')).toBe(false);
  expect(namesBorder('the border city')).toBe(true);
});
