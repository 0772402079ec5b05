import { describe, expect, it } from 'vitest';
import { findUnlistedPlaces } from './findUnlistedPlaces.ts';

const names = (s: string) => findUnlistedPlaces(s, []).map((m) => m.place.id);

describe('findUnlistedPlaces', () => {
  it('takes names where only a place can stand', () => {
    expect(names('The group crossed into Guatemala at El Florido on Saturday.')).toEqual([
      'el-florido',
    ]);
    expect(names('Ingresaron por la frontera El Amatillo.')).toEqual(['el-amatillo']);
    expect(names('Amanecieron frente a la garita de Migración.')).toEqual([]);
    expect(names('El grupo había ingresado a Honduras el domingo por El Guasaule.')).toEqual([
      'el-guasaule',
    ]);
    expect(names('El grupo cruzó la frontera por Ciudad Pedro de Alvarado.')).toEqual([
      'ciudad-pedro-de-alvarado',
    ]);
    expect(names('La noche del martes durmieron en Jocotán.')).toEqual(['jocotan']);
    expect(names('Tuesday, March 7: A day of rest in Padilla.')).toEqual(['padilla']);
    expect(names('La caravana salió de Cuencamé rumbo a Gómez Palacio.')).toEqual([
      'cuencame',
      'gomez-palacio',
    ]);
    expect(names('El grupo salió ayer de Tamahú a las 6 de la mañana.')).toEqual(['tamahu']);
    expect(names('Caminaron los 14 kilómetros entre Tucurú y Tamahú.')).toEqual([
      'tucuru',
      'tamahu',
    ]);
    expect(names('A Tucurú había llegado el sábado por la tarde.')).toEqual(['tucuru']);
    expect(names('A Marta le llegó la carta.')).toEqual([]);
    expect(names('They left El Golfo before dawn for Luis B. Sánchez.')).toEqual([
      'el-golfo',
      'luis-b-sanchez',
    ]);
    expect(names('Con la primera luz, los migrantes dejan Ures rumbo a Mazocahui.')).toEqual([
      'ures',
      'mazocahui',
    ]);
    expect(names('En Ures, la antigua capital del estado, duermen 500.')).toEqual(['ures']);
    expect(names('They reached Colonet Monday evening.')).toEqual(['colonet']);
    expect(names('El lunes habían salido de El Sueco, el crucero.')).toEqual(['el-sueco']);
    expect(names('It entered Guatemala at the Anguiatú border post on Sunday.')).toEqual([
      'anguiatu',
    ]);
    expect(names('Asylum seekers queue at the El Chaparral crossing.')).toEqual([]);
    expect(names('Early on Friday they set out from Colonet.')).toEqual(['colonet']);
    expect(names("They spent Tuesday resting in Pespire's market square.")).toEqual(['pespire']);
    expect(names("They are sleeping in Costa Rica's north.")).toEqual([]);
    // The far end is vouched for by the stretch walked to it.
    expect(names('They walked the 45 km (28 miles) from Choluteca to Pespire.')).toEqual([
      'pespire',
    ]);
    expect(names('About 900 people camped around the bus station in Cardel.')).toEqual(['cardel']);
    expect(names('On Tuesday it walked from Chisec to Raxruhá.')).toEqual(['chisec', 'raxruha']);
    expect(names('Ayer la columna dejó Colotlán hacia Huejúcar.')).toEqual([
      'colotlan',
      'huejucar',
    ]);
    expect(names('They left Cobán for Chisec.')).toEqual(['coban', 'chisec']);
    expect(
      names('Walkers are setting off from Otatitlán along the river toward Tlacojalpan.'),
    ).toEqual(['otatitlan', 'tlacojalpan']);
    expect(names('By Monday they had walked the 70 km (43 miles) to Jacó.')).toEqual(['jaco']);
    expect(names('Hoy permanecen en Huejúcar unas 350 personas.')).toEqual(['huejucar']);
    expect(names('Unas 900 personas llegaron esta tarde a Omoa.')).toEqual(['omoa']);
    expect(names('Cruzó a pie de Aculco, Estado de México, a Amealco.')).toContain('aculco');
    expect(names('About 300 remained in Raxruhá.')).toEqual(['raxruha']);
    // Not the department's name for a town's short one.
    expect(findUnlistedPlaces('They left for San Lucas Sacatepéquez.', [])[0]?.place.short).toBe(
      undefined,
    );
    expect(names('They camped beside the municipal hall in Chisec.')).toEqual(['chisec']);
    // A name the sentence itself calls a town, after a word of place.
    expect(names('They rested in Raxruhá, a farming town on the highway.')).toEqual(['raxruha']);
    expect(names('Descansan en Raxruhá, un pueblo de la Franja.')).toEqual(['raxruha']);
    expect(names('They talked in Doña Ana, a nurse from the town.')).toEqual([]);
    expect(names('They covered 19 miles, reaching Santiago Jamiltepec.')).toEqual([
      'santiago-jamiltepec',
    ]);
    expect(names('El sábado por la mañana ya estaba en Copán Ruinas.')).toEqual(['copan-ruinas']);
    expect(names('El domingo cruzó a pie de La Mesilla a Ciudad Cuauhtémoc.')).toEqual([
      'la-mesilla',
      'ciudad-cuauhtemoc',
    ]);
    expect(names('Caminan de La Rumorosa a El Hongo, unos 25 kilómetros.')).toContain(
      'la-rumorosa',
    );
    expect(names('Cruzaron esta mañana el puesto fronterizo de Anguiatú.')).toEqual(['anguiatu']);
    expect(names('Según la Comisión Mexicana de Ayuda a Refugiados, son 300.')).toEqual([]);
    expect(names('Llegó este jueves a Caborca.')).toEqual(['caborca']);
    expect(names('They spent the night in a gymnasium in Villa Ahumada.')).toEqual([
      'villa-ahumada',
    ]);
    expect(names('Police let them through the Agua Caliente crossing.')).toEqual(['agua-caliente']);
    expect(names('It slept Friday night in Omoa, a fishing town.')).toEqual(['omoa']);
    expect(names('Contó 2 mil personas en la unidad deportiva de Acatzingo.')).toEqual([
      'acatzingo',
    ]);
    expect(names('Thursday night they slept among the dunes outside Samalayuca.')).toEqual([
      'samalayuca',
    ]);
    expect(names('A woman carries her daughter across the line into Mexico at El Ceibo.')).toEqual([
      'el-ceibo',
    ]);
    expect(names('They walked the 50 km (31 miles) from Corinto to Puerto Barrios.')).toEqual([
      'corinto',
      'puerto-barrios',
    ]);
  });

  it('takes a name that says it is a town over a shorter town inside it', () => {
    const found = findUnlistedPlaces('They rest in a field in Ciudad Pedro de Alvarado.', [
      { start: 41, end: 49 },
    ]);
    expect(found.map((m) => m.place.id)).toEqual(['ciudad-pedro-de-alvarado']);
    expect(names('Intentó el sábado cruzar por Agua Caliente, en Esquipulas.')).toEqual([
      'agua-caliente',
    ]);
  });

  it('marks them as in no gazetteer', () => {
    expect(findUnlistedPlaces('It reached La Hachadura.', [])[0]?.place).toMatchObject({
      name: 'La Hachadura',
      known: false,
      unlisted: true,
    });
  });

  it('leaves names a word of place does not vouch for, and names that are not towns', () => {
    expect(names('Reporters met Ana Pérez in Tapachula.')).toEqual([]);
    expect(names('Temperatures reached 38 degrees Celsius.')).toEqual([]);
    expect(names('They reached Mexican territory on Monday.')).toEqual([]);
    expect(names("The caravan reached Mexico's southern border.")).toEqual([]);
    expect(names('They arrived in U.S. custody.')).toEqual([]);
    expect(names('Llegaron a Guatemala el sábado.')).toEqual([]);
  });

  it('skips what the gazetteer already found', () => {
    expect(findUnlistedPlaces('They reached Tapachula.', [{ start: 12, end: 21 }])).toEqual([]);
    const stretch = 'los 270 kilómetros que separan La Hachadura de Tecún Umán';
    const found = findUnlistedPlaces(stretch, [{ start: 47, end: 57 }]);
    expect(found.map((m) => m.place.id)).toEqual(['la-hachadura']);
    expect(names('recorrieron los 32 kilómetros que separan Teopisca de San Cristóbal')).toEqual([
      'teopisca',
      'san-cristobal',
    ]);
    expect(names('los 15 kilómetros que separan Chiapa de Corzo de esta ciudad')).toEqual([
      'chiapa-de-corzo',
    ]);
  });
});

it('reads a stay told with words between the verb and the place, and leaves a church', () => {
  expect(names('El domingo durmieron a la orilla de la carretera en El Cien.')).toEqual([
    'el-cien',
  ]);
  expect(names('El domingo habían pernoctado en Trinidad.')).toEqual(['trinidad']);
  expect(names('El grupo pasó la noche del martes en Palmillas.')).toEqual(['palmillas']);
  expect(names('It spent Sunday camped on the beach road outside Tola.')).toEqual(['tola']);
  expect(names('La caravana salió del pueblo de Mulegé hacia el norte.')).toEqual(['mulege']);
  expect(names('El contingente dejó Tepache a las 6:00.')).toEqual(['tepache']);
  expect(names('Salen de Sahuaripa a pie.')).toEqual(['sahuaripa']);
  expect(names('La caravana salió el domingo de Mazapil.')).toEqual(['mazapil']);
  expect(names('La caravana ya está en Moctezuma.')).toEqual(['moctezuma']);
  expect(names('About 1,100 people were camped at the rodeo grounds in Filadelfia.')).toEqual([
    'filadelfia',
  ]);
  expect(names('Descansaron en el atrio de la iglesia de Santo Tomás.')).toEqual([]);
});
