import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDistances } from './findDistances.ts';

const first = (s: string) => findDistances(s)[0];

describe('findDistances', () => {
  it('reads stretches between towns, gaps, what is left and the border named first', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(measures('They set off on the 45-kilometer walk to Sayula.')).toBe('leg');
    expect(measures('Recorrieron los 90 kilómetros que separan ambas ciudades.')).toBe('leg');
    expect(measures('Cubrieron los 17 kilómetros de La Trinitaria a Comitán.')).toBe('leg');
    expect(measures('They had covered the 40 miles (64 km) from Huixtla to Mapastepec.')).toBe(
      'leg',
    );
    expect(measures('Durmieron en Huixtla, a 40 kilómetros de distancia.')).toBe('leg');
    expect(measures('The bus covered the last 60 miles to Mexicali.')).toBe('leg');
    expect(measures('The two caravans are now 90 miles apart.')).toBe('gap');
    expect(
      measures('Otro grupo seguía en Esquipulas, a 60 kilómetros de la caravana principal.'),
    ).toBe('gap');
    expect(measures('Puebla is still some 300 kilometers away.')).toBe('to-destination');
    expect(measures('The U.S. border lies some 900 miles to the north.')).toBe('to-border');
    expect(measures('Llegaron luego de caminar 80 kilómetros desde Donají.')).toBe('leg');
    expect(measures('Tapachula, about 25 miles up the road.')).toBe('leg');
    expect(measures('They reached Tecate after walking about 70 km (43 miles).')).toBe('leg');
    expect(measures('They reached Quilalí on Monday after about 25 miles (40 km).')).toBe('leg');
    expect(measures('By Monday night it had walked the 8 km (5 miles) up to Nahuizalco.')).toBe(
      'leg',
    );
    expect(measures('They reached Tijuana after 4,000 km on the road.')).not.toBe('leg');
    expect(measures('Tras recorrer unos 45 kilómetros, durmieron en esta ciudad.')).toBe('leg');
    expect(measures('El grupo recorrió ayer 18 kilómetros por la costa.')).toBe('leg');
    expect(measures('El tramo de hoy es de unos 75 kilómetros.')).toBe('leg');
    expect(measures('They put the distance to the U.S. border at about 1,500 miles.')).toBe(
      'to-border',
    );
    expect(measures('Another 1,700 miles or more separates them from Tijuana.')).toBe(
      'to-destination',
    );
    expect(measures('A la frontera sur de Estados Unidos les separan 3 mil km.')).toBe('to-border');
    expect(measures('Its next goal is Puebla, about 45 miles (72 km) to the north.')).toBe(
      'to-destination',
    );
    expect(measures('La meta inmediata es Puebla, a unos 150 kilómetros de aquí.')).toBe(
      'to-destination',
    );
    expect(measures('Para entonces ya sumaban unos 240 kilómetros a pie.')).toBe('covered');
    expect(measures('Nos faltan unos 950 kilómetros para Nuevo Laredo.')).toBe('to-destination');
    expect(measures('Calculan unos 530 kilómetros para llegar a Nogales, en la frontera.')).toBe(
      'to-destination',
    );
    expect(measures('Recorrieron más de 4 mil kilómetros en 44 días.')).toBe('covered');
    expect(measures('Culiacán is some 786 miles (1,265 km) from Tijuana by highway.')).toBe(
      'to-destination',
    );
    expect(measures('The walk to the capital is about 15 miles (24 km).')).toBe('leg');
    expect(measures("They left Irapuato today. That's about 150 miles, most of it by truck.")).toBe(
      'leg',
    );
    expect(
      measures('La columna camina por la carretera federal 15, a unos 40 km de Hermosillo.'),
    ).toBe('to-destination');
    expect(measures('Llega a la capital tras cubrir unos 240 kilómetros desde la frontera.')).toBe(
      'covered',
    );
    expect(measures('They reached Zacatecas after a final push of some 90 km.')).toBe('leg');
    expect(measures('Walkers arrive after a short 12-km (7-mile) stage.')).toBe('leg');
    expect(measures('Llegaron tras una etapa de 30 kilómetros.')).toBe('leg');
    expect(measures('By Monday night they had walked the 70 km (43 miles) to Jacó.')).toBe('leg');
    expect(measures('Llevan 29 días de camino y les quedan unos 2 mil 400 kilómetros.')).toBe(
      'to-destination',
    );
    expect(measures('Había salido de Uruapan rumbo a Paracho, a 38 kilómetros.')).toBe('leg');
    expect(measures('Retomaron la marcha hacia la capital, a unos 170 kilómetros.')).toBe('leg');
    expect(measures('They reached La Concha, some 1,700 miles from where it set out.')).toBe(
      'covered',
    );
    expect(measures('The column enters Río Bravo, 22 miles (35 km) from the start.')).toBe(
      'covered',
    );
    expect(measures('Descansan en Metapa, a unos 18 kilómetros de Tapachula.')).toBe(
      'to-destination',
    );
    expect(measures('They remained camped here, some 12 km from the El Florido crossing.')).toBe(
      'to-destination',
    );
    expect(measures('Recorrieron los 20 kilómetros en cuatro horas, desde temprano.')).toBe('leg');
    expect(measures("The day's walk, about 29 miles (47 km), was short.")).toBe('leg');
    expect(measures('The caravan had spent 12 days on the road and covered some 440 km.')).toBe(
      'covered',
    );
    expect(measures('The group leaves Tenosique for Zapata, about 90 km (56 miles) away.')).toBe(
      'leg',
    );
    expect(measures('Llegó desde Niltepec, a unos 40 kilómetros de aquí.')).toBe('leg');
    expect(measures('Palenque, the next stop, lies 170 km (106 miles) to the north.')).toBe(
      'to-destination',
    );
    expect(measures('La siguiente parada será Ciudad Isla, a unos 75 kilómetros.')).toBe('leg');
    expect(measures('Tapachula, su próximo destino, está a 18 kilómetros.')).toBe('to-destination');
    expect(
      measures(
        'Their next destination is Juchitán, though they are still 2,000 km from the U.S. border.',
      ),
    ).toBe('to-border');
    expect(measures('Salieron de Santa Rosa hacia esta ciudad, distante unos 40 kilómetros.')).toBe(
      'leg',
    );
    expect(measures('La caravana se encuentra a unos 70 kilómetros de Sonoyta.')).toBe(
      'to-destination',
    );
    expect(
      measures(
        'Thousands began pouring out of the stadium, bound for Querétaro, roughly 135 miles away.',
      ),
    ).toBe('leg');
    expect(measures('Llegaron procedentes de Castaños, a unos 15 kilómetros al sur.')).toBe('leg');
    expect(measures('Juchitán, the next stop, still lies about 40 kilometers to the west.')).toBe(
      'to-destination',
    );
    expect(measures('They have travelled a journey of roughly 4,300 kilometers.')).toBe('covered');
    expect(measures('The caravan departs Mexico City for Querétaro, about 217 km away.')).toBe(
      'leg',
    );
    expect(measures('They plan to set out on Saturday for Campeche, 65 km to the north.')).toBe(
      'to-destination',
    );
    expect(measures('"Hasta la frontera norte nos quedan unos 3 mil kilómetros", dijo.')).toBe(
      'to-border',
    );
    expect(measures('10:05 | Hasta la frontera con Texas les quedan unos 270 kilómetros.')).toBe(
      'to-border',
    );
    expect(measures('A la frontera con Estados Unidos aún les separan unos 3,000 km.')).toBe(
      'to-border',
    );
    expect(measures('The Mexican border post at El Ceibo is about 450 km away.')).toBe(
      'to-destination',
    );
    expect(measures('They camped in Tecate, about 50 km (31 miles) short of Tijuana.')).toBe(
      'to-destination',
    );
    expect(measures('Pretenden llegar a la capital, a unos 150 kilómetros.')).toBe(
      'to-destination',
    );
    expect(measures("The caravan left for Huixtla, today's 40-kilometer walk.")).toBe('leg');
    expect(measures('They walked 40 km on Tuesday.')).toBe('leg');
    expect(measures('They have walked 400 km so far.')).toBe('covered');
    expect(measures('The second is trailing the first by more than 1,300 miles.')).toBe('gap');
    expect(measures('Iban unos 600 kilómetros detrás del primer contingente.')).toBe('gap');
    expect(measures('They reached Huixtla after a walk of roughly 25 miles.')).toBe('leg');
    expect(
      measures("It's roughly 1,100 miles to McAllen, Texas, the nearest point on the U.S. border."),
    ).toBe('to-border');
    expect(measures('El tramo de unos 15 kilómetros entre Zacapa y Río Hondo.')).toBe('leg');
    expect(
      measures('Les faltan 80 km para llegar a Tecún Umán, y 25 días para la frontera norte.'),
    ).toBe('to-destination');
    expect(measures('Les faltan 900 km para llegar a la frontera con Estados Unidos.')).toBe(
      'to-border',
    );
    expect(measures('Groups began leaving Guadalajara toward Tepic, about 220 km away.')).toBe(
      'leg',
    );
    expect(measures('Reynosa is roughly 1,300 km (800 miles) further by road.')).toBe(
      'to-destination',
    );
    expect(measures('The ride is about 150 miles (240 km).')).toBe('leg');
    expect(
      measures('La segunda caravana permanece en Saltillo, a casi 200 kilómetros de distancia.'),
    ).toBe('gap');
    expect(
      measures('La mayoría tomó la carretera hacia La Hachadura, a unos 118 kilómetros.'),
    ).toBe('leg');
    expect(measures('Esperan llegar hacia Ciudad Isla, a unos 90 kilómetros.')).toBe(
      'to-destination',
    );
    expect(measures('Tijuana lies some 2,000 miles to the northwest.')).toBe('to-destination');
    expect(measures('The caravan is now about 2,300 miles from Tijuana.')).toBe('to-destination');
    expect(measures('Tenosique lies some 60 kilometers from El Ceibo by road.')).toBe('leg');
    expect(measures('Some 300 km separate Tapachula from Juchitán.')).toBe('leg');
    expect(measures('Some 3,000 km separate Tapachula from Tijuana.')).toBe('to-destination');
    expect(measures('They set out for Querétaro, about 120 miles north.')).toBe('leg');
    expect(measures('El segundo contingente se encuentra a 300 kilómetros del primero.')).toBe(
      'gap',
    );
    expect(measures('Les restan unos 2 mil 500 kilómetros hasta Tijuana.')).toBe('to-destination');
    // Where the next town lies is what is left to it; the next stop's distance alone is a leg.
    expect(measures('The next town, Escuintla, lies about 20 km ahead.')).toBe('to-destination');
    expect(measures('They set off for Escuintla, the next town, about 20 km ahead.')).toBe('leg');
    expect(
      measures('It rested in Tonalá, some 220 km up the coast from Tapachula, where it set out.'),
    ).toBe('covered');
    expect(
      measures('La caravana dejó Aldama con dirección a Soto la Marina, a 85 kilómetros.'),
    ).toBe('leg');
    expect(
      measures('Cruzaron la frontera y siguieron hacia Chiquimula, a unos 60 kilómetros.'),
    ).toBe('leg');
  });

  it('reads "160 km (100 miles)" as one distance', () => {
    expect(findDistances('A post some 160 km (100 miles) to the west.')).toHaveLength(1);
  });

  it('reads "some 4,300 km (2,700 miles) later" as the way so far', () => {
    expect(first('Six weeks and some 4,300 km (2,700 miles) later, they rest.')).toMatchObject({
      value: 4300,
      measures: 'covered',
    });
  });

  it('tells what a distance measures', () => {
    expect(first('The group is still 800 miles from the US border.')).toMatchObject({
      value: 800,
      unit: 'mi',
      measures: 'to-border',
    });
    expect(first('They have walked 300 kilometers so far.')).toMatchObject({
      value: 300,
      unit: 'km',
      measures: 'covered',
    });
    expect(first('They are now 400 miles into Mexico.')).toMatchObject({ measures: 'covered' });
    expect(findDistances('The children cannot walk 60 miles a day.')).toEqual([]);
    expect(findDistances('Trucks roar past at 60 miles an hour.')).toEqual([]);
    // "into" earlier in the sentence is another clause's crossing, not this figure's total.
    expect(
      first(
        'They crossed into Guatemala on Monday and on Tuesday walked the 50 km to Puerto Barrios.',
      ),
    ).toMatchObject({ measures: 'leg' });
    expect(first('Huixtla lies 40 km north.')).toMatchObject({ measures: 'to-destination' });
    expect(first('Aún les quedan 900 kilómetros hasta Puebla.')).toMatchObject({
      measures: 'to-destination',
    });
    // From the last town named, walked: the stretch; come from the start: the way covered.
    expect(
      first('The group had walked roughly 12 miles (20 km) from Lázaro Cárdenas.'),
    ).toMatchObject({
      measures: 'leg',
    });
    expect(first('They have come about 1,725 miles from San Pedro Sula.')).toMatchObject({
      measures: 'covered',
    });
    expect(first('After a week, they had walked 370 km from Chihuahua.')).toMatchObject({
      measures: 'covered',
    });
    // The stretch, said as a climb, the way's own noun, or the town it reached.
    expect(first('They left Zimapán for Jacala, a climb of about 37 miles.')).toMatchObject({
      measures: 'leg',
    });
    expect(first('Recorrieron en cuatro horas los 18 kilómetros del trayecto.')).toMatchObject({
      measures: 'leg',
    });
    expect(
      first('They walked down the highway for about 45 miles, reaching Cardel.'),
    ).toMatchObject({
      measures: 'leg',
    });
    // The way covered, told with the weeks it took or the words "desde que salió".
    expect(first('After six weeks on the road and some 2,700 miles, they wait.')).toMatchObject({
      measures: 'covered',
    });
    expect(first('Desde que salió, la columna acumula unos 230 kilómetros.')).toMatchObject({
      measures: 'covered',
    });
    // A town on the border named as the goal is the destination; the border itself is not.
    expect(
      first('It is still about 335 miles from Piedras Negras, on the Texas border.'),
    ).toMatchObject({
      measures: 'to-destination',
    });
    expect(
      first(
        'The group still has some 1,200 km (745 miles) to go to Ciudad Juárez, on the U.S. border.',
      ),
    ).toMatchObject({
      measures: 'to-destination',
    });
    expect(first('They are still about 900 miles from the U.S. border.')).toMatchObject({
      measures: 'to-border',
    });
    // How far ahead another group is, not a stretch walked.
    expect(
      first(
        'La caravana principal caminaba de Niltepec a Juchitán, unos 400 kilómetros más adelante.',
      ),
    ).toMatchObject({ measures: 'gap' });
    expect(
      first('About 170 people rode ahead and are in Pisaflores, 45 km further on.'),
    ).toMatchObject({
      measures: 'gap',
    });
    // A town named first is the goal, though the words beside it say it is on the border.
    expect(first('Reynosa, en la frontera con Texas, queda a unos 200 kilómetros.')).toMatchObject({
      measures: 'to-destination',
    });
    expect(first('Tecún Umán, a town on the border, is still about 200 km away.')).toMatchObject({
      measures: 'to-destination',
    });
    expect(
      findDistances(
        'La Paz is still about 80 km to the north, and the U.S. border is 1,500 km away.',
      ).map((d) => d.measures),
    ).toEqual(['to-destination', 'to-border']);
    // What is left, though the clause after it tells of days walked.
    expect(
      first('A Juárez les faltan unos 600 kilómetros, y llevan cinco días en camino.'),
    ).toMatchObject({ measures: 'to-destination' });
    expect(first('The second group is 150 km behind the first.')).toMatchObject({
      measures: 'gap',
    });
    expect(first('Han recorrido 190 millas desde la frontera sur.')).toMatchObject({
      value: 190,
      unit: 'mi',
      measures: 'covered',
    });
    expect(first('Faltan 2.500 kilómetros hasta la frontera.')).toMatchObject({
      value: 2500,
      unit: 'km',
    });
    expect(first('A 60-mile trek awaits.')).toMatchObject({ value: 60, unit: 'mi' });
    expect(first('El camino mide 100 kilómetros.')).toMatchObject({
      value: 100,
      unit: 'km',
      measures: 'other',
    });
  });

  it('reads what is left with its unit said before, and goals named as such', () => {
    const read = (t: string) => findDistances(t).map((d) => `${d.value} ${d.unit} ${d.measures}`);
    expect(
      read('Han recorrido 80 kilómetros y les faltan unos 90 para llegar a Huajuapan.'),
    ).toEqual(['80 km covered', '90 km to-destination']);
    expect(read('Recorrieron 245 kilómetros; aún les faltan 500 para Matamoros.')).toEqual([
      '245 km leg',
      '500 km to-destination',
    ]);
    expect(read('Caminaron 20 km; faltan 3 para las 5.')).toEqual(['20 km leg']);
    expect(read('Su meta es Palenque, a unos 115 kilómetros.')).toEqual(['115 km to-destination']);
    expect(read('Seguían a 900 kilómetros de Ciudad Juárez, su meta.')).toEqual([
      '900 km to-destination',
    ]);
    expect(read('They walked on, covering 35 kilometers under the sun.')).toEqual(['35 km leg']);
    expect(read('Desde Estelí hemos caminado unos 75 kilómetros.')).toEqual(['75 km covered']);
    expect(read('They rest 60 miles north of La Paz, where the walk began.')).toEqual([
      '60 mi covered',
    ]);
  });

  it('ignores figures without a unit', () => {
    expect(findDistances('Some 300 migrants rested.')).toEqual([]);
  });

  const config = { seed: 2018, numRuns: 300 };

  it('finds any "<n> miles" or "<n> kilómetros" with its value', () => {
    const unit = fc.constantFrom(
      ['miles', 'mi'],
      ['kilómetros', 'km'],
      ['kilometers', 'km'],
      ['millas', 'mi'],
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        unit,
        fc.boolean(),
        (n, [word, code], spanish) => {
          const figure = spanish ? n.toLocaleString('de-DE') : n.toLocaleString('en-US');
          const found = findDistances(`Ayer avanzaron ${figure} ${word} entre dos pueblos.`);
          expect(found.map((d) => [d.value, d.unit])).toEqual([[n, code]]);
        },
      ),
      config,
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => void findDistances(t)),
      config,
    );
  });
  it('reads how far another group is, a town ahead, and the stretch to a stop', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures('La caravana principal llegó a Córdoba, a más de 800 kilómetros al noroeste.'),
    ).toBe('gap');
    expect(measures('Entre ambos contingentes hay ahora unos 400 kilómetros.')).toBe('gap');
    expect(measures('The main caravan is now more than 250 miles (400 km) ahead.')).toBe('gap');
    expect(measures('Loreto está a unos 140 kilómetros al norte.')).toBe('to-destination');
    expect(measures('Durango city is about 100 miles (160 km) from here.')).toBe('to-destination');
    expect(measures('Esa misma noche durmió en Minatitlán, a unos 25 kilómetros.')).toBe('leg');
    // Leaving for a town is the day's stretch, whoever leaves.
    expect(
      measures('The main caravan left Irapuato for Guadalajara, about 150 miles to the west.'),
    ).toBe('leg');
  });

  it('reads a start told before the figure, town to town with "de … a", and a border post', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(measures('Salieron el sábado de Poptún, a unos 110 kilómetros de aquí.')).toBe('leg');
    expect(measures('Prevén salir el lunes hacia Huixtla, a unos 40 kilómetros.')).toBe(
      'to-destination',
    );
    expect(measures('Tras caminar ayer de Choluteca a San Lorenzo, unos 38 kilómetros.')).toBe(
      'leg',
    );
    expect(measures('La caravana sale de Danlí rumbo a Tegucigalpa, a unos 95 kilómetros.')).toBe(
      'leg',
    );
    expect(measures("By their count they've traveled roughly 1,000 miles.")).toBe('covered');
    expect(measures('They are about 60 km from the border crossing at Corinto.')).not.toBe(
      'to-border',
    );
  });

  it('reads a town named as the goal as the destination, even on a border', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures('Les faltan unos 500 kilómetros para llegar a Matamoros, en la frontera.'),
    ).toBe('to-destination');
    expect(
      measures(
        'Agua Prieta, the border city the group is aiming for, is still about 120 miles away.',
      ),
    ).toBe('to-destination');
    expect(measures('They still face about 175 miles to the Mexican border at La Mesilla.')).toBe(
      'to-destination',
    );
    expect(measures('Les quedan unos 3 mil kilómetros hasta la frontera de Estados Unidos.')).toBe(
      'to-border',
    );
  });

  it('reads how far another group is, whatever it set out from before', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures('La primera caravana ya está en Tijuana, a más de 2 mil kilómetros de aquí.'),
    ).toBe('gap');
    expect(measures('La segunda caravana llegó ayer a Tapachula, unos 400 kilómetros atrás.')).toBe(
      'gap',
    );
    expect(
      measures(
        'La caravana principal, la que salió de San Pedro Sula, pasó por Córdoba, a 800 kilómetros al noroeste.',
      ),
    ).toBe('gap');
    expect(
      measures(
        'La segunda caravana llegó caminando desde Ciudad Hidalgo, a 37 kilómetros de aquí.',
      ),
    ).toBe('leg');
  });

  it('reads the border said before the figure, a goal a group heads for or will leave for', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures('The first group set out 11 days ago, and the U.S. border is still 900 miles away.'),
    ).toBe('to-border');
    expect(
      measures('Llevan tres días, y a la frontera con Estados Unidos les quedan 3.000 km.'),
    ).toBe('to-border');
    expect(measures('They are heading for Puebla, about 90 miles (145 km) north.')).toBe(
      'to-destination',
    );
    expect(measures('They say they will leave for Tepic, about 60 km up the coast.')).toBe(
      'to-destination',
    );
    expect(measures('Most are heading for Reynosa, which is roughly 500 miles from here.')).toBe(
      'to-destination',
    );
    // Setting out today toward the next town is the day's stretch.
    expect(
      measures('They trudged out of the city at dawn, heading for Tonalá, 40 miles to the north.'),
    ).toBe('leg');
  });

  it('reads the way from where a caravan formed, and "los 20 km que lo separan"', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(measures('They rest here, about 150 km from Cobán, where the caravan formed.')).toBe(
      'covered',
    );
    expect(measures('Caminó los 20 kilómetros que lo separan de esta ciudad.')).toBe('leg');
  });

  it('reads a climb, a clock time, what is still to walk, and the way covered so far', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(measures('The 16-mile (25 km) climb took seven hours.')).toBe('leg');
    expect(
      measures('They left Tula at 4 a.m. on Wednesday, bound for Huichapan, 36 miles away.'),
    ).toBe('leg');
    expect(
      measures('They still have about 60 miles (95 km) to walk to the border post at El Espino.'),
    ).toBe('to-destination');
    expect(measures('They reached Saltillo on Sunday, having covered roughly 96 miles.')).toBe(
      'covered',
    );
    expect(measures('They rested, having covered the 260 km from Saltillo in five days.')).toBe(
      'leg',
    );
  });

  it('reads a goal named as such, the US as the goal, another group from here, a stop ahead', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures("The caravan's goal is Reynosa, on the Texas border, about 270 miles north."),
    ).toBe('to-destination');
    expect(
      measures('They want to continue to the United States, more than 2,000 miles away.'),
    ).toBe('to-border');
    expect(
      measures('They left Zamora for La Piedad, on the Jalisco border, about 31 miles away.'),
    ).toBe('leg');
    expect(
      measures(
        'La primera caravana salió hoy de Niltepec, unos 400 kilómetros al noroeste de aquí.',
      ),
    ).toBe('gap');
    expect(measures('Un grupo se adelantó a Camargo, a 22 kilómetros, y ya descansa allí.')).toBe(
      'leg',
    );
  });

  it('reads the border from where the group remains, what is still left, and a stretch of road', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(
      measures(
        'Now 11 days into their journey, they remain 1,000 miles from the nearest U.S. border.',
      ),
    ).toBe('to-border');
    expect(measures("There's still roughly 1,500 miles between them and Tijuana.")).toBe(
      'to-destination',
    );
    expect(measures('Their goal is the United States, some 2,600 miles away.')).toBe('to-border');
    expect(
      measures('La primera caravana se encuentra ya a 380 kilómetros al noroeste de esta ciudad.'),
    ).toBe('gap');
    expect(measures('Tras dos días de caminata por unos 28 kilómetros de camino, llegaron.')).toBe(
      'leg',
    );
    expect(measures('More than 1,000 miles of road still lie between them and the border.')).toBe(
      'to-border',
    );
  });

  it('reads the start through a state, a goal "van a", a stop up the highway, weeks, since', () => {
    const measures = (t: string) => first(t)?.measures;
    expect(measures('From Quimistán, the U.S. border is roughly 3,000 km away.')).toBe('to-border');
    expect(measures('They rest 65 km north of Huajuapan, Oaxaca, where they set out.')).toBe(
      'covered',
    );
    expect(measures('Van a Saltillo, a unos 120 kilómetros de aquí.')).toBe('to-destination');
    expect(measures('They reached Metetí, about 50 km (31 miles) up the highway, at dusk.')).toBe(
      'leg',
    );
    expect(
      measures('They reached Colonet, 75 miles south of Ensenada, where they had started.'),
    ).toBe('covered');
    expect(measures('In six weeks the caravan walked some 2,700 miles.')).toBe('covered');
    expect(measures('About 250 km (155 miles) since Yaviza, in five days.')).toBe('covered');
    expect(measures('Llegaron tras recorrer unos 240 kilómetros desde la frontera.')).toBe(
      'covered',
    );
    expect(
      measures('Peñas Blancas, on the Nicaraguan border, is still about 165 miles away.'),
    ).toBe('to-destination');
    expect(
      measures('Paso Canoas, en la frontera con Costa Rica, queda a unos 30 kilómetros.'),
    ).toBe('to-destination');
    expect(findDistances("That's about 150 miles, or 240 kilometers.").map((d) => d.value)).toEqual(
      [150],
    );
  });
});
