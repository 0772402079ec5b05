import { describe, expect, it } from 'vitest';
import { toldAtAnHour, toldInPast } from './toldInPast.ts';

describe('toldInPast', () => {
  it('reads a recap in the simple past, English or Spanish', () => {
    expect(
      toldInPast('It crossed the border at Agua Caliente and passed through Esquipulas.'),
    ).toBe(true);
    expect(toldInPast('La caravana cruzó el río y llegó a Tapachula.')).toBe(true);
  });

  it('reads the past perfect as past, whatever hour it names', () => {
    expect(toldInPast('They had left Tamuín at dawn for the walk here.')).toBe(true);
    expect(toldInPast('Habían salido a las cinco de la madrugada de Ahuachapán.')).toBe(true);
  });

  it('keeps sentences of the day they are written', () => {
    expect(toldInPast('The caravan is resting in Huixtla.')).toBe(false);
    expect(toldInPast('The caravan has reached Huehuetán.')).toBe(false);
    expect(toldInPast('The front ranks reached Donají shortly before sunset.')).toBe(false);
    expect(toldInPast('El contingente salió a las 4:00 horas de Escuintla.')).toBe(false);
    expect(toldInPast('Hoy los migrantes descansan en Arriaga.')).toBe(false);
  });

  it('reads "descanso" and "paso" as nouns, not the past "descansó" and "pasó"', () => {
    expect(toldInPast('Día de descanso en Siguatepeque.')).toBe(false);
    expect(toldInPast('Largas filas en el paso fronterizo de El Ceibo.')).toBe(false);
    expect(toldInPast('La caravana descansó en Siguatepeque.')).toBe(true);
  });

  it('reads "esta ciudad" as "this city", not the present "está"', () => {
    expect(toldInPast('Llegaron a esta ciudad al caer la tarde.')).toBe(true);
    expect(toldInPast('La caravana está en esta ciudad.')).toBe(false);
  });

  it('reads the preterite of the road ("recorrió", "caminaron"), not the noun "camino"', () => {
    expect(toldInPast('El contingente recorrió los 18 kilómetros en cuatro horas.')).toBe(true);
    expect(toldInPast('Llevamos 12 días de camino.')).toBe(false);
  });

  it('tells a past at an hour of some day from the present', () => {
    expect(toldAtAnHour('Most reached the municipal seat after nightfall.')).toBe(true);
    expect(toldAtAnHour('Llegaron al anochecer a Chichicastenango.')).toBe(true);
    expect(toldAtAnHour('Salieron de Morales a las cuatro de la mañana.')).toBe(true);
    expect(toldAtAnHour('The group is resting after nightfall.')).toBe(false);
    expect(toldAtAnHour('La caravana descansó en Siguatepeque.')).toBe(false);
  });
});
