import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCrowdSizes } from './findCrowdSizes.ts';

const values = (s: string) => findCrowdSizes(s).map((c) => [c.value, c.valueMax]);

describe('findCrowdSizes', () => {
  it('finds migrants counted in English', () => {
    expect(values('Police said about 2,300 Honduran migrants slept in the plaza.')).toEqual([
      [2300, undefined],
    ]);
    expect(values('The caravan now numbers between 3,000 and 3,500 people.')).toEqual([
      [3000, 3500],
    ]);
  });

  it('finds bare counts of the group by what it did, or by who put it at a figure', () => {
    const caravan = (s: string) => findCrowdSizes(s, true).map((c) => c.value);
    expect(caravan('About 400, most of them young men, got to Navojoa today.')).toEqual([400]);
    expect(caravan('Roughly 1,000 spent Sunday night in Mexicali.')).toEqual([1000]);
    expect(caravan('By Thursday there were about 800 of them here.')).toEqual([800]);
    expect(values('The national police put it at 1,300.')).toEqual([[1300, undefined]]);
    expect(values('City officials say about 4,500 people are now at the stadium.')).toEqual([
      [4500, undefined],
    ]);
    expect(values('The migration institute gives a range of 900 to 1,300.')).toEqual([[900, 1300]]);
    expect(caravan('Unos 250 siguen en Maravatío.')).toEqual([250]);
    expect(caravan('Antier ya eran 4 mil 500 aquí dentro, y llegan más.')).toEqual([4500]);
    expect(caravan('By Monday night the city counted roughly 2,000 here, and more came.')).toEqual([
      2000,
    ]);
    expect(caravan('Organizers said about 1,500 joined.')).toEqual([1500]);
    expect(caravan('Another 900 or so rolled in on buses on Thursday.')).toEqual([900]);
    expect(caravan('Unos 600 de los que salieron de la capital llegaron a Irapuato.')).toEqual([
      600,
    ]);
  });

  it('finds migrants counted in Spanish', () => {
    expect(values('Unos 1.800 migrantes durmieron en el parque.')).toEqual([[1800, undefined]]);
    expect(values('La caravana suma mil 200 personas, según la policía.')).toEqual([
      [1200, undefined],
    ]);
    expect(values('Cerca de un millar de hondureños cruzó el río.')).toEqual([[1000, undefined]]);
  });

  it("leaves an earlier caravan's figures, and those who split from the group", () => {
    const caravan = (s: string) => findCrowdSizes(s, true).map((c) => c.value);
    expect(
      caravan('It recalls the caravan of April 2018, when 1,500 people reached the town.'),
    ).toEqual([]);
    expect(caravan('The caravan that crossed Mexico this spring numbered about 1,500.')).toEqual(
      [],
    );
    expect(caravan('Unos 45 migrantes que se separaron del grupo fueron llevados.')).toEqual([]);
    expect(caravan('The caravan of 2,000 people reached Huixtla.')).toEqual([2000]);
    expect(caravan('Unlike the caravan of October 2018, this caravan numbers some 7,000.')).toEqual(
      [7000],
    );
  });

  it('needs the caravan for a plain count of people', () => {
    expect(values('The stadium holds 40,000 people.')).toEqual([]);
    expect(values('The march of 40,000 people reached the square.')).toEqual([[40000, undefined]]);
  });

  it('leaves out troops, rates, shares and national totals', () => {
    expect(values('The caravan will be met by 900 troops.')).toEqual([]);
    expect(values('Agents stop eight people a day at the caravan crossing.')).toEqual([]);
    expect(values('Of the caravan, 60 percent are men.')).toEqual([]);
    expect(values('The plan would expel 2 million migrants.')).toEqual([]);
  });

  it('leaves out people counted by an agency or a building', () => {
    expect(
      values('La Casa del Migrante, que tiene espacio para unas 200 personas, abrió.'),
    ).toEqual([]);
    expect(values('El auditorio, cuya capacidad es de 300 personas, se llenó.')).toEqual([]);
    expect(values('La parroquia habilitó su salón para 600 personas.')).toEqual([]);
    expect(values('The caravan found the complex set up for about 1,000 people.')).toEqual([]);
    expect(values("The caravan's shelter, built for 150 people, had closed.")).toEqual([]);
    // A few people in a story are no group on the road.
    expect(values('Three people in the caravan fainted on the climb.')).toEqual([]);
    expect(values('More than 1,000 caravan members have taken its offer of a bus home.')).toEqual(
      [],
    );
    expect(values('Mil 700 integrantes de la caravana han solicitado refugio.')).toEqual([]);
    expect(values('Unos 1.300 hondureños han retornado a su país.')).toEqual([]);
    expect(values('35 personas de la caravana fueron retornadas a Nicaragua.')).toEqual([]);
    expect(values('El martes fueron detenidas 45 personas en una combi.')).toEqual([]);
    expect(values('Officials said they detained 1,200 migrants from the caravan.')).toEqual([]);
    expect(values('El albergue tiene capacidad para 300 personas de la caravana.')).toEqual([]);
    expect(values('More than 2,000 asylum seekers already wait in shelters.')).toEqual([]);
    expect(values('Some 500 members of the National Guard met the caravan.')).toEqual([]);
    expect(values('About 400 National Guard troops watched the caravan.')).toEqual([]);
    expect(values('Some 1,500 migrants of the caravan rested.')).toEqual([[1500, undefined]]);
  });

  it('leaves out asylum queues, port intakes and the sick', () => {
    expect(values('More than 3,000 asylum seekers have put their names on a list.')).toEqual([]);
    expect(values('Some 3,000 caravan members have asked for asylum in Mexico.')).toEqual([]);
    expect(values('Officers take in about 60 asylum seekers on a good day.')).toEqual([]);
    expect(values('Dijo que 14 migrantes de la caravana fueron trasladados al hospital.')).toEqual(
      [],
    );
    expect(values('The caravan of 2,000 asylum seekers rested.')).toEqual([[2000, undefined]]);
    expect(values('Officials said 1,699 people of the caravan had requested refuge.')).toEqual([]);
    expect(values('Roughly 3,000 asylum seekers were already on a waiting list.')).toEqual([]);
    expect(values('In one case, 32 migrants were taken from a bus.')).toEqual([]);
    expect(values('About 300 migrants of the caravan turned back at the border.')).toEqual([]);
    expect(values('Unos 200 migrantes desistieron y regresaron a Honduras.')).toEqual([]);
  });

  it('reads people told of by what they do on the road, and official counts', () => {
    expect(values('Officials counted between 1,000 and 1,200 at the crossing on Monday.')).toEqual([
      [1000, 1200],
    ]);
    expect(values('La víspera, la PDH había contado entre 1,300 y 1,600 personas.')).toEqual([
      [1300, 1600],
    ]);
    expect(values('La policía estimó que ya sumaban unos tres mil.')).toEqual([[3000, undefined]]);
    expect(values('Some 1,500 people are bedding down tonight in the stadium.')).toEqual([
      [1500, undefined],
    ]);
    expect(values('Officials counted 300 votes in the town.')).toEqual([]);
    expect(
      values('Organizers put the number that set out from Arriaga on Saturday at about 4,000.'),
    ).toEqual([[4000, undefined]]);
    expect(values('Organizers put their own number at 7,000.')).toEqual([[7000, undefined]]);
    expect(values('A U.N. estimate put the crowd as high as 7,200.')).toEqual([[7200, undefined]]);
    expect(values('Buses carrying roughly 350 more pulled into Tijuana.')).toEqual([
      [350, undefined],
    ]);
    expect(values('Some 3,000 migrants fled; some 3,000 are left stranded on the bridge.')).toEqual(
      [
        [3000, undefined],
        [3000, undefined],
      ],
    );
    expect(values('De la caravana, mil 200 ya habían llegado al estadio.')).toEqual([
      [1200, undefined],
    ]);
    expect(values('En lo que va del mes han sido retornados por tierra 1,850 hondureños.')).toEqual(
      [],
    );
    expect(values('La Casa del Migrante dice que hay 400 personas en su albergue.')).toEqual([]);
    expect(values('The caravan used Federal Highway 57 open to walkers.')).toEqual([]);
    expect(values('Some 6,000 people remain in the city, according to municipal figures.')).toEqual(
      [[6000, undefined]],
    );
    expect(values('An informal list of asylum seekers has passed number 2,300.')).toEqual([]);
    expect(values('A notebook holds more than 3,000 names of people waiting.')).toEqual([]);
    expect(values('Officials put the number between 5,000 and 7,000.')).toEqual([[5000, 7000]]);
    expect(
      values(
        'About 3,000 migrants reached Tapachula on Monday, and a few dozen boarded buses back home.',
      ),
    ).toEqual([[3000, undefined]]);
    expect(values('State officials registered 1,050 people at the hall.')).toEqual([
      [1050, undefined],
    ]);
    expect(values('Between 4,000 and 4,500 people have registered here so far.')).toEqual([
      [4000, 4500],
    ]);
    expect(values('3,000 people had registered there this week for humanitarian visas.')).toEqual(
      [],
    );
    expect(values('By Tuesday about 1,000 of them were resting in Tapachula.')).toEqual([
      [1000, undefined],
    ]);
    expect(values('Oct. 21 - Some 5,000 regroup in Tapachula, Chiapas.')).toEqual([
      [5000, undefined],
    ]);
    expect(values('An advance party of about 80 reaches Tijuana.')).toEqual([[80, undefined]]);
    expect(values('About 1,700 Hondurans had already been flown or bused back.')).toEqual([]);
    expect(values('La Patrulla devolvió por Sonoyta a unas 140 personas.')).toEqual([]);
    expect(values('Behind me you see them, some 4,000 people by the Red Cross estimate.')).toEqual([
      [4000, undefined],
    ]);
    expect(values('En el estadio se alojaban entre 5 mil y 6 mil personas.')).toEqual([
      [5000, 6000],
    ]);
    expect(values('La caravana lleva un botiquín por cada veinte personas.')).toEqual([]);
    expect(values('They had been in another caravan, of about 1,200 people, in Oaxaca.')).toEqual(
      [],
    );
    expect(
      values('Un grupo de 42 migrantes prefirió subir a los autobuses de regreso a Honduras.'),
    ).toEqual([]);
    expect(values('By Tuesday the column had thinned to about 1,400.')).toEqual([
      [1400, undefined],
    ]);
    expect(values('Unos 2 mil extranjeros se concentraron en el parque central.')).toEqual([
      [2000, undefined],
    ]);
    expect(values('Unas 1.500 personas descansaban a la sombra en el parque.')).toEqual([
      [1500, undefined],
    ]);
    expect(
      values('On Nov. 6 the caravan rested; nearly 5,000 were sleeping in a stadium.'),
    ).toEqual([[5000, undefined]]);
    expect(values('The caravan is in town; more than 750 sleep at the sports complex.')).toEqual([
      [750, undefined],
    ]);
    expect(values('The caravan reached Tijuana; the first 80 or so got there on Sunday.')).toEqual([
      [80, undefined],
    ]);
    expect(values('La caravana sigue; unos 150, sobre todo mujeres, subieron a camiones.')).toEqual(
      [[150, undefined]],
    );
    expect(values('The group was still camped there, where about 1,700 remained.')).toEqual([
      [1700, undefined],
    ]);
    expect(values("The government's count on Wednesday was about 4,000.")).toEqual([
      [4000, undefined],
    ]);
    expect(values('The caravan left in 2018 walked north.')).toEqual([]);
    expect(values('By Sunday night the group had swelled to perhaps 2,500.')).toEqual([
      [2500, undefined],
    ]);
    expect(values('Police estimated the crowd at 2,000.')).toEqual([[2000, undefined]]);
    expect(values('The 7,000-strong caravan rested in Huixtla.')).toEqual([[7000, undefined]]);
    expect(values('The caravan has dwindled to fewer than 900.')).toEqual([[900, undefined]]);
    expect(values('Some 800 Nicaraguans walked north.')).toEqual([[800, undefined]]);
    expect(values('Around 2,000 men, women and children walked with the caravan.')).toEqual([
      [2000, undefined],
    ]);
    expect(values('Some 400 children travel with the caravan.')).toEqual([]);
    expect(values('Organizers of the caravan said that evening there were about 7,000.')).toEqual([
      [7000, undefined],
    ]);
    expect(values('A priest walking with the group says it is between 2,000 and 2,500.')).toEqual([
      [2000, 2500],
    ]);
    expect(values('The caravan reached the city, which counted 800 new arrivals.')).toEqual([
      [800, undefined],
    ]);
    expect(values('The caravan shrank; only about 300 made it this far.')).toEqual([
      [300, undefined],
    ]);
  });

  it('reads estimates put at a figure, counts said or made, and figures on the move', () => {
    const inStory = (t: string) => findCrowdSizes(t, true).map((c) => c.value);
    expect(inStory('The state government puts the figure at 850.')).toEqual([850]);
    expect(inStory('A UN agency put their number at some 7,200.')).toEqual([7200]);
    expect(inStory('A Red Cross coordinator put the crowd closer to 4,000.')).toEqual([4000]);
    expect(inStory('Roughly 400 more arrived by bus in Navojoa today.')).toEqual([400]);
    expect(inStory('El viernes unos 3 mil quedaron varados en el puente.')).toEqual([3000]);
    expect(inStory('Hoy unos 400 reanudaron la marcha.')).toEqual([400]);
    expect(inStory('La alcaldía habla de 780.')).toEqual([780]);
    expect(
      inStory('About 520 people remained, after some 130 boarded buses back to Honduras.'),
    ).toEqual([520]);
    expect(inStory('About 400 who went ahead by bus arrive in Tijuana.')).toEqual([400]);
    expect(inStory('Al mediodía, unos 800 habían cruzado a Guatemala.')).toEqual([800]);
    expect(inStory('Ahí los contamos entre mil y mil 500.')).toEqual([1000]);
    expect(
      values('El conteo del Instituto Nacional de Migración fue de 2 mil 800 personas.'),
    ).toEqual([[2800, undefined]]);
    expect(inStory('Somos como 700, contando a los rezagados.')).toEqual([700]);
    expect(inStory('The ministry gave a lower figure of 3,500.')).toEqual([3500]);
    expect(inStory('La policía manejaba una cifra menor, de 4 mil.')).toEqual([4000]);
    expect(inStory('The ministry puts them at about 4,000.')).toEqual([4000]);
    expect(inStory('Organizers say closer to 5,000.')).toEqual([5000]);
    expect(inStory('There were between 1,000 and 1,500 of them.')).toEqual([1000]);
    expect(inStory('Unos 3.000 derriban la reja del puente.')).toEqual([3000]);
    expect(inStory('Entre mil y mil 500 vadean el río.')).toEqual([1000]);
    expect(inStory('A count found 420 people in a hall built for 150.')).toEqual([420]);
    expect(inStory('Los primeros, unos 2 mil, llegaron al estadio.')).toEqual([2000]);
    expect(inStory('About 400, most of them on buses, reach Tijuana.')).toEqual([400]);
    expect(inStory('"We walk," said Iris Maldonado, 23, who left Choloma.')).toEqual([]);
    expect(inStory('Dice que ha traído de regreso a más de 2.000 hondureños.')).toEqual([]);
    expect(inStory('And 3,000 more are waiting for appointments in the capital.')).toEqual([]);
    expect(inStory('The city counted a little over 2,000 that first day.')).toEqual([2000]);
    expect(inStory('By nightfall about 2,000 had been counted.')).toEqual([2000]);
    expect(inStory('Organizers said 1,700.')).toEqual([1700]);
    expect(inStory('Oct. 21 — About 5,000 reach Tapachula.')).toEqual([5000]);
    expect(inStory('The remaining 600 or so left La Junta on Friday.')).toEqual([600]);
    expect(inStory('He has 600 lempiras and has 40 left.')).toEqual([]);
    expect(inStory('Troops walk alongside — we counted about 200.')).toEqual([]);
    expect(inStory('La Policía Nacional contó unos 400 en un solo grupo.')).toEqual([400]);
    expect(inStory('About 5,000 fill the central park.')).toEqual([5000]);
    expect(inStory('Tonight they say roughly 4,500 are registered.')).toEqual([4500]);
    expect(inStory('Port officials counted about 460 passengers.')).toEqual([460]);
    expect(inStory('She had $12 left of the $150 she set out with.')).toEqual([]);
    expect(inStory('It is larger than the caravan of about 1,200 that left in April.')).toEqual([]);
    expect(inStory('Según Migración, en lo que va de mayo 1,400 venezolanos han cruzado.')).toEqual(
      [],
    );
  });

  it('leaves out days of the month, temperatures, mats and yearly tallies', () => {
    expect(values('El lunes 17 salieron de la ciudad con la caravana.')).toEqual([]);
    expect(values('On the walk it dropped to about 50 degrees.')).toEqual([]);
    expect(values('The caravan shelter has 300 sleeping mats.')).toEqual([]);
    expect(
      values('En lo que va del año, 22 mil migrantes de la caravana fueron deportados.'),
    ).toEqual([]);
    expect(values('The group is 900 strong, and there are maybe 20 buses.')).toEqual([
      [900, undefined],
    ]);
  });

  it('reads the size of a group with no noun after it, and people on the move', () => {
    expect(values('By Ocotepeque the caravan had grown to about 2,500.')).toEqual([
      [2500, undefined],
    ]);
    expect(values('Una caravana de unas 1.300 avanzaba.')).toEqual([[1300, undefined]]);
    expect(values('Some 2,000 people slept here last night.')).toEqual([[2000, undefined]]);
    expect(values('Some 2,000 people voted.')).toEqual([]);
    expect(values('The caravan of 40 km.')).toEqual([]);
    expect(values('The caravan, about 800 strong, left.')).toEqual([[800, undefined]]);
    expect(values('The group now numbers about 400.')).toEqual([[400, undefined]]);
    expect(values('Officials put the marchers at about 500.')).toEqual([[500, undefined]]);
    expect(values('Huixtla, a town of about 50,000 people, met the caravan.')).toEqual([]);
    expect(values('Organizers said roughly 1,700 people joined.')).toEqual([[1700, undefined]]);
    expect(values('Officials issued visas to 1,200 people from the caravan.')).toEqual([]);
  });

  it('quotes from the qualifier to the noun', () => {
    const s = 'Officials counted more than 5,000 migrants on the bridge.';
    const [c] = findCrowdSizes(s);
    expect(s.slice(c?.start, c?.end)).toBe('more than 5,000 migrants');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => void findCrowdSizes(t)),
      { seed: 3, numRuns: 300 },
    );
  });
  it('reads head counts told by who counted and by what the crowd did', () => {
    expect(values('Protección Civil cuenta unas 1,300 personas.')).toEqual([[1300, undefined]]);
    expect(values('Organizers counted about 1,500 when the march left.')).toEqual([
      [1500, undefined],
    ]);
    expect(values('Buses arrived, bringing the number in the city to about 4,500.')).toEqual([
      [4500, undefined],
    ]);
    expect(values('On Wednesday the first 300 reached the next town.')).toEqual([[300, undefined]]);
    expect(values('Today about 6,000 people are crowded into a sports complex.')).toEqual([
      [6000, undefined],
    ]);
    expect(values('Hoy, más de 6 mil personas se hacinan en la unidad deportiva.')).toEqual([
      [6000, undefined],
    ]);
  });

  it('takes plain people for the caravan the paragraph spoke of just before', () => {
    const sentence = 'El viernes estaba en Mapastepec, con entre mil y mil 500 personas.';
    expect(values(sentence)).toEqual([]);
    expect(findCrowdSizes(sentence, true).map((c) => [c.value, c.valueMax])).toEqual([
      [1000, 1500],
    ]);
  });

  it('leaves out what a building holds and who asked for papers', () => {
    expect(values('The caravan reached a hall built to sleep about 150 people.')).toEqual([]);
    expect(values('The migrants slept outside; the shed holds about 400 people.')).toEqual([]);
    expect(values('Migrants said 1,743 people had asked for papers there.')).toEqual([]);
  });
  it('reads counts put by someone, of people already somewhere, or reported there', () => {
    expect(values('The caravan, now put by the United Nations at 7,200, walks on.')).toEqual([
      [7200, undefined],
    ]);
    const inTijuana = findCrowdSizes('Today more than 6,000 of them are in Tijuana.', true);
    expect(inTijuana.map((c) => c.value)).toEqual([6000]);
    expect(values('La víspera, el conteo era de 800.')).toEqual([[800, undefined]]);
    const navojoa = findCrowdSizes('Today about 400 more were reported in Navojoa.', true);
    expect(navojoa.map((c) => c.value)).toEqual([400]);
    expect(values('The walkers rested, about 640 of them by the count of Father Ruiz.')).toEqual([
      [640, undefined],
    ]);
  });

  it('leaves people who asked for something and people an agency moved', () => {
    expect(values('The institute said 62 migrants had asked to be flown back.')).toEqual([]);
    expect(values('El INM trasladó ayer en autobuses a 300 migrantes a Tapachula.')).toEqual([]);
    expect(values('A flight carrying 120 Hondurans back to San Pedro Sula left today.')).toEqual(
      [],
    );
    expect(values('Migración informó que ha devuelto a 1.700 migrantes.')).toEqual([]);
    expect(values('Los bomberos atendieron a 45 personas de la caravana.')).toEqual([]);
  });

  it('leaves people who have given up on the caravan', () => {
    expect(values('Some 1,300 caravan members have given up and gone home.')).toEqual([]);
    expect(values('Unos 40 migrantes de la caravana se rezagaron en Huixtla.')).toEqual([]);
    expect(values('Some 1,300 caravan members have reached Tijuana.')).toEqual([[1300, undefined]]);
  });

  it('reads "the true number was closer to", and people crammed, sheltering or resting', () => {
    expect(values('Organizers said the true number was closer to 7,000.')).toEqual([
      [7000, undefined],
    ]);
    const crammed = findCrowdSizes('Today about 6,000 of them are crammed into a stadium.', true);
    expect(crammed.map((c) => c.value)).toEqual([6000]);
    const rested = findCrowdSizes('The remaining 450 or so rested in the sports complex.', true);
    expect(rested.map((c) => c.value)).toEqual([450]);
    expect(values('About 350 people are now sheltering in the gym.')).toEqual([[350, undefined]]);
    expect(values('The number of deportations was 300.')).toEqual([]);
    const first = findCrowdSizes('The first 2,000 of the main caravan reach Mexico City.', true);
    expect(first.map((c) => c.value)).toEqual([2000]);
    expect(values('Estamos en el parque central, y aquí hay unas 320 personas.')).toEqual([
      [320, undefined],
    ]);
    expect(values('En el estado hay unas 320 personas detenidas.')).toEqual([]);
    expect(values('Officials told me there are close to 4,500 people inside.')).toEqual([
      [4500, undefined],
    ]);
    expect(values('Organizers said the true figure was nearer 7,000.')).toEqual([
      [7000, undefined],
    ]);
    const others = findCrowdSizes(
      'Some 800 are in Tijuana, while about 2,000 others rest in Culiacán.',
      true,
    );
    expect(others.map((c) => c.value)).toEqual([800, 2000]);
    expect(values('Los organizadores hablan de entre 900 y mil personas.')).toEqual([[900, 1000]]);
    const camp = findCrowdSizes('Around 1,000 camp in Mexicali.', true);
    expect(camp.map((c) => c.value)).toEqual([1000]);
  });

  it('reads a count that "came to" a figure and how many set out "con unas 2 mil"', () => {
    expect(
      values(
        'A count by civil protection, made as people bedded down in the plaza, came to 5,300.',
      ),
    ).toEqual([[5300, undefined]]);
    expect(values('Este salió el miércoles de la plaza con unas 2 mil.')).toEqual([
      [2000, undefined],
    ]);
    expect(values('He left home with 600 lempiras.')).toEqual([]);
    expect(values('Mexico flew 400 Hondurans home last week.')).toEqual([]);
  });

  it("reads a city's figure and an estimate; leaves people sent back and beds laid on", () => {
    const figure = findCrowdSizes("Dana, the city's figure this evening is about 4,800.", true);
    expect(figure.map((c) => c.value)).toEqual([4800]);
    expect(
      values('Organizers estimate between 4,000 and 5,000 people are at the stadium.'),
    ).toEqual([[4000, 5000]]);
    expect(
      values('Guatemala said it had bused about 2,000 Hondurans back across the border.'),
    ).toEqual([]);
    expect(values('It sent 230 Hondurans back last month.')).toEqual([]);
    expect(values('El INM subió a 60 personas a autobuses.')).toEqual([]);
    expect(values('Hay colchonetas para unas 500 personas en la caravana.')).toEqual([]);
    expect(values('Migración informa que 2.200 migrantes han entrado por Paso Canoas.')).toEqual(
      [],
    );
    expect(values('The agency said 1,699 caravan members had filed for refuge.')).toEqual([]);
    expect(values('Organizers count about 1,400 people at an evening roll call.')).toEqual([
      [1400, undefined],
    ]);
    const spoken = findCrowdSizes('La policía cuenta 280; los organizadores hablan de 400.', true);
    expect(spoken.map((c) => c.value)).toEqual([280, 400]);
  });
});
