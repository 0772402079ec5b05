import { describe, expect, it } from 'vitest';
import { findDurations } from './findDurations.ts';

const first = (s: string) => findDurations(s)[0];

describe('findDurations', () => {
  it('reads one week said with the article, on the road or still to go', () => {
    const values = (t: string) => findDurations(t).map((d) => d.value);
    expect(values('They reach Valparaíso after a week on foot.')).toEqual([7]);
    expect(values('Se cumple una semana desde que la caravana entró a México.')).toEqual([7]);
    expect(values('Thursday is their sixth day on Nicaraguan soil.')).toEqual([6]);
    expect(values('We were stuck, and one day we decided to walk.')).toEqual([]);
    expect(values('"We have been walking for a week," he said.')).toEqual([7]);
    expect(values('Los mensajes circulaban desde hacía dos semanas.')).toEqual([]);
    expect(values('The crossing was shut for about five hours, and the caravan waited.')).toEqual(
      [],
    );
    expect(values('After a 14-hour bus ride from Tepic, they arrived.')).toEqual([14]);
    expect(values('Recorrieron los 32 kilómetros en poco más de siete horas.')).toEqual([7]);
    expect(values('Hoy, cinco semanas después de la salida de Huixtla, esperan.')).toEqual([35]);
    expect(values('The march came 43 days after the caravan set out.')).toEqual([43]);
    expect(values('Two days after the vote, the mayor spoke.')).toEqual([]);
    expect(values('They rested for one day in Huixtla.')).toEqual([1]);
    expect(values('After a week on the road, they reached Juárez.')).toEqual([7]);
    expect(values('Necesitarán al menos una semana más para llegar.')).toEqual([7]);
    expect(values('She just got back from a week in El Paso.')).toEqual([]);
    expect(values('They left a week ago.')).toEqual([]);
  });

  it('finds days, weeks and hours with what they measure', () => {
    expect(first('It could take them 40 more days to reach the border.')).toMatchObject({
      value: 40,
      unit: 'days',
      measures: 'to-border',
    });
    expect(first('Llevan 22 días caminando.')).toMatchObject({
      value: 22,
      unit: 'days',
      measures: 'covered',
    });
    expect(first('They have been walking for three weeks.')).toMatchObject({
      value: 21,
      unit: 'days',
      converted: 'three weeks',
    });
    expect(first('The bus ride took 36 hours.')).toMatchObject({ value: 36, unit: 'hours' });
    expect(first('Faltan 10 días para llegar a Tijuana.')).toMatchObject({
      value: 10,
      measures: 'to-destination',
    });
  });

  it('leaves out dates written as offsets and points in time', () => {
    expect(findDurations('It took me eleven weeks to get here.')).toEqual([]);
    expect(findDurations('Among them was a 3-week-old baby.')).toEqual([]);
    expect(findDurations('The youngest is a baby of five weeks.')).toEqual([]);
    expect(findDurations('She spent six weeks in Tapachula waiting.')).toEqual([]);
    expect(findDurations('These pictures were taken over four days on the road.')).toEqual([]);
    expect(findDurations('Los migrantes prevén permanecer dos días en esta ciudad.')).toEqual([]);
    expect(findDurations('Police stopped them three days ago.')).toEqual([]);
    expect(findDurations('Resguardado desde hace dos semanas.')).toEqual([]);
    expect(findDurations('The vote is in two weeks.')).toEqual([]);
  });

  it('reads the days since the start: "hace 29 días", "the fifth day on the road"', () => {
    const read = (t: string) => findDurations(t).map((d) => `${d.value} ${d.unit} ${d.measures}`);
    expect(read('La caravana salió de la terminal hace ya 29 días.')).toEqual(['29 days covered']);
    expect(read('Thursday is the caravan’s fifth day on the road.')).toEqual(['5 days covered']);
    expect(read('Es su tercer día de marcha desde Comayagua.')).toEqual(['3 days covered']);
    expect(read('The march is in its fifth day.')).toEqual(['5 days covered']);
    expect(read('It is their 11th day on the road.')).toEqual(['11 days covered']);
    expect(read('This is day 31 since they left San Pedro Sula.')).toEqual(['31 days covered']);
    expect(read('Llevamos una semana caminando.')).toEqual(['7 days covered']);
    expect(read('Six weeks after 1,300 Hondurans walked out of a terminal.')).toEqual([
      '42 days covered',
    ]);
    expect(read('The first day of school.')).toEqual([]);
    expect(read('La caravana que desde hace seis días recorre el estado.')).toEqual([
      '6 days covered',
    ]);
    expect(read('They rested, a week after stepping off the ferry.')).toEqual(['7 days covered']);
  });

  it('reads hours as the length of a stretch walked', () => {
    const read = (t: string) => findDurations(t).map((d) => `${d.value} ${d.unit} ${d.measures}`);
    expect(read('They covered the 18 kilometers, from Metapa, in about four hours.')).toEqual([
      '4 hours leg',
    ]);
    expect(read('They arrived after about nine hours on the road.')).toEqual(['9 hours leg']);
    expect(read('Llegan a Jonuta, a orillas del río, después de 11 horas de camino.')).toEqual([
      '11 hours leg',
    ]);
  });

  it('keeps "in N days" when the sentence speaks of travel', () => {
    expect(first('They walked 200 km in five days.')).toMatchObject({ value: 5, unit: 'days' });
  });

  it('reads days after setting out as the way so far, and leaves a child’s age', () => {
    const found = (t: string) => findDurations(t).map((d) => `${d.value} ${d.measures}`);
    expect(found('Ten days after setting out from San Pedro Sula, they rested.')).toEqual([
      '10 covered',
    ]);
    expect(found('En cuatro días de camino recorrieron 100 kilómetros.')).toEqual(['4 covered']);
    expect(found('The youngest child here is eleven days old.')).toEqual([]);
    expect(found('The caravan as a group is only four days old.')).toEqual(['4 other']);
  });

  it('reads a start "weeks ago" and a day counted since the start as the way so far', () => {
    const found = (t: string) => findDurations(t).map((d) => `${d.value} ${d.measures}`);
    expect(found('The caravan left Honduras almost four weeks ago.')).toEqual(['28 covered']);
    expect(found('It left San Pedro Sula, Honduras, four weeks ago.')).toEqual(['28 covered']);
    expect(found('Llegó cinco días después de haber salido de su país.')).toEqual(['5 covered']);
    expect(found('Thursday is the sixth day since they left Matagalpa.')).toEqual(['6 covered']);
    expect(found('Day six on the road.')).toEqual(['6 covered']);
    expect(found('That group left Honduras about a week after the first one.')).toEqual([]);
    expect(found('Police stopped them three weeks ago.')).toEqual([]);
  });
});
