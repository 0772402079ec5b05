import { describe, expect, it } from 'vitest';
import { longNameIn } from './longNameIn.ts';

describe('longNameIn', () => {
  const article =
    'About 420 people left San Isidro de El General on Monday. They left San Isidro at dawn. ' +
    'The group rested in Huajuapan de León. Police met them in Oaxaca de Juárez and in ' +
    'Tecún Umán, Guatemala; the road to Esquipulas de Chiquimula was closed.';

  it('gives the full name an article writes for a town it also shortens', () => {
    expect(longNameIn(article, 'San Isidro')).toBe('San Isidro de El General');
    expect(longNameIn(article, 'Huajuapan')).toBe('Huajuapan de León');
  });

  it('takes no hero, state or country after "de" for part of a name', () => {
    expect(longNameIn(article, 'Oaxaca')).toBeUndefined();
    expect(longNameIn(article, 'Esquipulas')).toBeUndefined();
    expect(longNameIn(article, 'Tecún Umán')).toBeUndefined();
    expect(longNameIn(undefined, 'San Isidro')).toBeUndefined();
  });

  it('leaves a speaker\'s hometown, and gives a town\'s "Ciudad" where the article drops it', () => {
    const text =
      'They walked to Santa Cruz. "We are tired," said Ana Ruiz, 31, from Santa Cruz de Mora. They left Tamazunchale for Ciudad Valles and rested in Valles.';
    expect(longNameIn(text, 'Santa Cruz')).toBeUndefined();
    expect(longNameIn(text, 'Valles')).toBe('Ciudad Valles');
  });

  it('leaves a street named for a saint: "la calle San Felipe de Jesús"', () => {
    const text = 'Durmieron en San Felipe. En la calle San Felipe de Jesús juntan víveres.';
    expect(longNameIn(text, 'San Felipe')).toBeUndefined();
  });

  it('reads a full name on one line, not into the dateline under a headline', () => {
    const text =
      'Deja Nazas la caravana; pernocta en San Luis del Cordero\n\nNazas, Dgo.- Salieron.';
    expect(longNameIn(text, 'San Luis')).toBe('San Luis del Cordero');
  });

  it("leaves a church's saint", () => {
    const text = 'They walked to San Martín. They slept in the parish of San Martín de Porres.';
    expect(longNameIn(text, 'San Martín')).toBeUndefined();
  });
});
