import { expect, it } from 'vitest';
import type { PlaceCandidate } from './buildGazetteer.ts';
import { preferShortName } from './preferShortName.ts';

const town = (id: string, name: string): PlaceCandidate => ({
  id,
  name,
  admin1: '20',
  country: 'MX',
  population: 0,
  known: false,
});
const short = town('nochixtlan', 'Nochixtlán');
const full = { ...town('asuncion-nochixtlan', 'Asunción Nochixtlán'), short };

it('takes the short name where the article also writes it alone', () => {
  const article = 'Asunción Nochixtlán, Oax.- Llegaron ayer. En Nochixtlán no hay albergue.';
  expect(preferShortName(full, article).id).toBe('nochixtlan');
});

it('keeps the full name where the article never shortens it', () => {
  expect(preferShortName(full, 'Asunción Nochixtlán, Oax.- Llegaron ayer.').id).toBe(
    'asuncion-nochixtlan',
  );
  expect(preferShortName(full, undefined).id).toBe('asuncion-nochixtlan');
  expect(preferShortName(short, 'Nochixtlán').id).toBe('nochixtlan');
  // A surname is no short name: "el párroco Mateo Nochixtlán".
  expect(preferShortName(full, 'Asunción Nochixtlán. Dijo el párroco Mateo Nochixtlán.').id).toBe(
    'asuncion-nochixtlan',
  );
});
