import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadGazetteer } from './loadGazetteer.ts';
import { sectionPlace } from './sectionPlace.ts';

const gazetteer = loadGazetteer(
  fileURLToPath(new URL('../../../data/places.csv', import.meta.url)),
);
const idOf = (heading: string) => sectionPlace(heading, gazetteer)?.id;

it('reads the town a caption heading names before its date', () => {
  expect(idOf('3/8 — San Pedro Carchá, 4 October 2022')).toBe('san-pedro-carcha');
  expect(idOf('1/8 — Hermosillo, Sonora, 3 May 2022.')).toBe('hermosillo');
  // Named like its state: in a heading, the city.
  expect(idOf('7/8 — San Luis Potosí, 23 November 2019')).toBe('san-luis-potosi');
  // A numbered caption in capitals.
  expect(idOf('7. ZACATECAS, 20 October 2021 — Migrants walk past')).toBe('zacatecas');
  // A middle initial in the name.
  expect(idOf('1. ÁNGEL R. CABADA, Veracruz, 17 October 2022 — Migrants rest')).toBe(
    'angel-r-cabada',
  );
});

it('reads "Photo 1 of 8." as a caption number, and takes the short name the article uses', () => {
  const heading = 'Photo 1 of 8. Autlán de Navarro, 6 May 2023 — Migrants rest.';
  expect(idOf(heading)).toBe('autlan-de-navarro');
  const article = `${heading} Photo 2 of 8. Autlán, 7 May 2023 — They leave.`;
  expect(sectionPlace(heading, gazetteer, false, article)?.id).toBe('autlan');
});

it('keeps a town no gazetteer lists, for a person to find', () => {
  const place = sectionPlace('8/8 — Fray Bartolomé de las Casas, 9 October 2022', gazetteer);
  expect(place).toMatchObject({ id: 'fray-bartolome-de-las-casas', unlisted: true });
});

it('finds no town in a heading of a day, a road or a state', () => {
  expect(idOf('TUESDAY, NOV. 13')).toBeUndefined();
  expect(idOf('Lunes, 12 de noviembre')).toBeUndefined();
  expect(idOf('3/6 — Highway 37, Michoacán, 5 March 2024')).toBeUndefined();
  expect(idOf('2/6 — On the CA-2, Jan. 16, 2023')).toBeUndefined();
  expect(idOf('4/6 — Chiapas, 6 March 2024')).toBeUndefined();
  expect(idOf('3. HIGHWAY 45, 17 October 2021 — Troops wait')).toBeUndefined();
  expect(idOf('Transcripción, martes 17 de mayo de 2022')).toBeUndefined();
  expect(idOf('By Irene Castellón, Central America Desk, Aug. 17, 2023')).toBeUndefined();
  expect(idOf('Diario del Altiplano, jueves 16 de noviembre de 2023')).toBeUndefined();
  expect(idOf('Gulf Coast News, Friday, March 18, 2022')).toBeUndefined();
  expect(idOf('NOTICIERO ALTIPLANO, martes 4 de febrero de 2025')).toBeUndefined();
  expect(idOf('Gulf Coast Ledger, June 16, 2022')).toBeUndefined();
});

it("finds no town in a show's name or a transcript's speaker", () => {
  expect(idOf('The Crossing Hour, Tuesday, November 6, 2018.')).toBeUndefined();
  expect(idOf('DANA WHITCOMB, HOST: Good evening.')).toBeUndefined();
  expect(idOf('LUCÍA BARRAGÁN, CONDUCTORA: Muy buenos días.')).toBeUndefined();
});
