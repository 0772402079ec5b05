import { findNumbers, type NumberMatch } from './findNumbers.ts';
import { mentionsCaravan } from './mentionsCaravan.ts';
import { MONTH_NAMES } from './monthNames.ts';
import { movedVerb } from './movedVerb.ts';
import { ROLLED_IN } from './rolledIn.ts';
import { SECURITY_FORCES } from './securityForces.ts';

/** A stated number of people: the figure, and the words from qualifier to noun. */
export interface CrowdMatch {
  value: number;
  valueMax?: number;
  start: number;
  end: number;
}

// Nouns that name migrants themselves: a figure before them is a crowd size.
const MIGRANTS =
  'migrants?|migrantes?|hondurans|hondure[ñn]os|salvadorans|salvadore[ñn]os|guatemalans|guatemaltecos|central americans|centroamericanos|venezuelans|venezolanos|haitians|haitianos|nicaraguans|nicarag[üu]enses|cubans|cubanos|ecuadorians|ecuatorianos|colombians|colombianos|men, women and children|hombres, mujeres y ni[ñn]os';
// Nouns for people in general: a crowd size only where the sentence is about the caravan.
// Asylum seekers at a port are a queue unless the sentence says they are the caravan.
const PEOPLE =
  'passengers|pasajeros|asylum[- ]seekers|refugees|refugiados|solicitantes de asilo|walkers|participants|participantes|(?:new )?arrivals|people|persons|personas|individuals|immigrants|inmigrantes|members|integrantes|adults|adultos|travell?ers|marchers|caminantes|foreigners|extranjeros';

// Up to two words between the figure and the noun ("7,200 Honduran migrants", "millar de").
const NOUN_AFTER = new RegExp(
  `^(?:\\s*(?:of|de)\\b)?((?:\\s+[\\p{L}'’-]+){0,2}?)\\s+(${MIGRANTS}|${PEOPLE})\\b`,
  'iu',
);
const NOT_PEOPLE_WORDS =
  /\b(?:troops|soldiers|soldados|agents|agentes|officers|police|polic[ií]as|guards?|guardia|army|ej[eé]rcito|military|militares|officials|funcionarios|volunteers|voluntarios|journalists|periodistas|miles|km|days|d[ií]as|percent|por|per|a|the|la|el|who|que|names|nombres|signatures|firmas|solicitudes|applications|claims)\b/iu;
// "500 members of the National Guard": the members of something else.
const OF_ANOTHER_BODY =
  /^\s*(?:of|de)\s+(?:the\s+|la\s+|el\s+|los\s+)?(?:National Guard|Guardia Nacional|police|polic[ií]a|army|ej[eé]rcito|military|Congress|Congreso|staff|crew|press|prensa|Red Cross|Cruz Roja)/iu;
// "detained 1,340 migrants", "capacidad para 250 personas", "3,000 asylum seekers wait in
// shelters": people counted by an agency or a building, not a crowd on the road.
const COUNTED_BEFORE =
  /\b(?:detained|deported|arrested|apprehended|tested|vaccinated|treated|returned|expelled|rescued|received|processed|flew|flies|bused|bussed|sent|(?:ha|han|hab[ií]an?) trasladado|sub(?:i[oó]|ieron) a|takes? in|took in|admits?|admitted|accepts?|accepted|processes|capacity (?:for|of)|room for|beds? for|(?:town|city|village|municipality|ciudad|pueblo|municipio|localidad) (?:of|de)|issued|granted|otorg[oó]|emiti[oó]|detuvo|detuvieron|deport[oó]|deportaron|deportad[oa]s?|retornad[oa]s|devuelt[oa]s|(?:ha|han|hab[ií]an?) devuelto|devolvi[oó]|devolvieron|detenid[oa]s?|rescatado|atendido|rescat[oó]|rescataron|atendi[oó]|atendieron|recibi[oó]|capacidad (?:para|de|es de)|capacity (?:is|was)|(?:espacio|sal[oó]n|lugar) para|(?:space|room|hall) for|cupo para|traslad[oó]|trasladaron|retornaron a|(?:tra[ií]d[oa]s?|trajo|trajeron) de regreso|brought back|holds|can hold|sleeps|built to (?:sleep|hold|house)|built for|set up for|meant for|designed for|habilitad[oa] para)\s+(?:\p{L}+\s+){0,4}$/iu;
const COUNTED_AFTER =
  /^\s*(?:\p{L}+\s+){0,4}?(?:were |have been |han sido |fueron )?(?:detained|deported|returned|accepted|applied|received|already wait|turned back|gave up|went (?:back )?home|dropped out|quit|left the caravan|were bused back|regresaron|desistieron|abandonaron la caravana|se entregaron|wait(?:ing)? in|(?:(?:had|have|has) )?(?:asked|applied|requested)\b|sought asylum|were taken|taken (?:to|from|off)|pulled from|(?:were |are )?(?:already )?on (?:an?|the) (?:\p{L}+ )?(?:waiting )?list|flown home|home|back|hospitali[sz]ed|injured|treated|killed|died|detenid[oa]s|deportad[oa]s|retornad[oa]s|devuelt[oa]s|(?:han |habían )?(?:retornado|regresado)|retornaron|were stopped|fueron detenid[oa]s|aceptaron|solicitaron|(?:han |habían )?solicitado|(?:have |has |had )?taken (?:its|an?|the|their) offer|(?:had |have |has )?(?:already )?been (?:flown|bused|sent|returned|deported)|en su albergue|in (?:its|their) shelter|pidieron|recibieron|obtuvieron|esperan|ya esperan|trasladad[oa]s|hospitalizad[oa]s|atendid[oa]s|herid[oa]s|muert[oa]s|murieron|fallecieron|(?:who\s+|que\s+)?(?:have|had|has|han|hab[ií]an)\s+(?:since\s+|already\s+|ya\s+)?(?:entered|crossed|filed|taken|ingresado|entrado|cruzado))\b/iu;
// "Federal Highway 57 open to walkers", "un botiquín por cada veinte personas": a road's
// number or a ratio, not a count.
const NOT_A_COUNT_BEFORE =
  /\b(?:highway|carretera|route|ruta|federal|autopista|kil[oó]metro|calle|avenida|avenue|street|cada|every|each|per)\s+$/iu;
// "some 4,000 people by the Red Cross's estimate": a head count, whoever the people are.
const BY_ESTIMATE =
  /^\s*(?:of (?:them|those)|de ellos)?\s*,?\s*(?:by|according to|seg[uú]n)\s+(?:the\s+|la\s+|el\s+)?[\p{L}'’.\s]{0,40}?(?:estimate|count|figures|c[aá]lculo|conteo|cifras)\b/iu;
// "between 4,000 and 4,500 people have registered here": a count at a shelter of the group.
// Not "had registered there this week for humanitarian visas": applicants, not the group.
const REGISTERED =
  /^\s*(?:have|had|has)\s+(?:\p{L}+\s+)?registered\b(?![^.;]{0,40}\bfor\s+(?:\p{L}+\s+)?(?:visas?|asylum|refuge|permits?|papers)\b)/iu;
// "Some 6,000 people remain in the city, according to municipal figures".
const COUNT_SOURCE =
  /^[^.;]{0,60}\b(?:according to|seg[uú]n)\b[^.;]{0,40}\b(?:figures|count|estimate|conteo|cifras|c[aá]lculo)\b/iu;
// "the caravan of April 2018", "the caravan that crossed Mexico this spring", "la caravana de
// octubre de 2018": an earlier caravan, whose figures are not this one's (unless the words turn
// back to this one: "Unlike the caravan of October 2018, this caravan numbers 7,000").
const EARLIER_CARAVAN = new RegExp(
  String.raw`(?<![\p{L}])(?:caravan|caravana)\s+(?:(?:of|de)\s+(?:(?:last|el pasado)\s+)?(?:${MONTH_NAMES})(?![\p{L}])|(?:that|which|que)\s[^.;]{0,50}?\b(?:(?:this|last|past|este|esta|el pasado|la pasada)\s+(?:spring|summer|fall|autumn|winter|primavera|verano|oto[ñn]o|invierno)|(?:last|past|el pasado)\s+(?:year|año)))(?![^.;]*\b(?:this|esta|este)\s+(?:caravan|caravana|group|grupo)\b)`,
  'iu',
);
// "another caravan, of about 1,200 people": some other group's size.
const ANOTHER_GROUP =
  /\b(?:(?:another|an earlier|a previous|otra|una anterior)\s+(?:caravan|caravana|group|grupo)|(?:than|que)\s+(?:the|la|el)\s+(?:caravan|caravana|group|grupo)(?:\s+\p{L}+){0,4}?)\s*,?\s+(?:of|de)\s+$/iu;
// Words up to a clause's end: "… and", "… while" open another.
// Another figure opens its own clause: "520 people remained, after some 130 boarded buses back".
const IN_CLAUSE = String.raw`^(?:(?!\b(?:and|y|while|mientras|but|pero)\b)[^.;\d]){0,140}\b`;
// "42 migrantes prefirió subir a los autobuses … de regreso a Honduras": people going home.
const GOING_HOME = new RegExp(
  `${IN_CLAUSE}(?:de regreso a|back home|(?:volver|regresar|retornar) a (?:su pa[ií]s|Honduras|Guatemala|El Salvador|casa))\\b`,
  'iu',
);
// "1,300 caravan members have given up and gone back", "unos 40 se rezagaron": those who
// left the group.
const LEFT_THE_GROUP = new RegExp(
  `${IN_CLAUSE}(?:(?:were|was) left behind|given up|dropped out|se rezagaron|se separaron del grupo|desistieron|han desistido|abandonaron la caravana)(?![\\p{L}])`,
  'iu',
);
// "a flight carrying 120 Hondurans back to San Pedro Sula": back to a town (case-sensitive,
// so "back to the shelter" is not one).
const BACK_TO_TOWN = new RegExp(`${IN_CLAUSE}[Bb]ack to \\p{Lu}`, 'u');
// "en lo que va del año, 22 mil": a national tally, not a crowd on the road.
const SO_FAR_THIS_YEAR =
  /\b(?:en lo que va (?:del? (?:a[ñn]o|mes|\d{4})|de (?:este|esta) (?:a[ñn]o|mes|semana)|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))|so far this (?:month|week)|so far this year|this year alone|in the past year|en el [uú]ltimo a[ñn]o)\b[^.;]*$/iu;
const RATE =
  /^\s*(?:a|per|each|every|al|por|cada)\s+(?:day|week|month|year|d[ií]a|semana|mes|a[ñn]o)\b/iu;

// A caravan of tens of thousands is the most any report has stated; larger figures are policy
// numbers (deportations, national populations), not crowds on the road.
const MAX_CROWD = 100_000;
// "four people were thrown from the truck", "three in her group fainted": people in a story,
// not a group on the road.
const MIN_CROWD = 10;

/**
 * The crowd sizes a sentence states: "some 7,200 people", "entre 4.000 y 5.000 migrantes".
 * People are the caravan's where the sentence speaks of it, or where `caravansCount` says so.
 */
export function findCrowdSizes(sentence: string, caravansCount = false): CrowdMatch[] {
  const caravan = caravansCount || mentionsCaravan(sentence) || movedVerb(sentence);
  return findNumbers(sentence).flatMap((n) => {
    const before = sentence.slice(0, n.start);
    const after = sentence.slice(n.end);
    const home = GOING_HOME.test(after) || BACK_TO_TOWN.test(after) || LEFT_THE_GROUP.test(after);
    const others =
      ANOTHER_GROUP.test(before) || EARLIER_CARAVAN.test(before) || NOT_A_COUNT_BEFORE.test(before);
    if (home || others) return [];
    // "$12 left of the $150": money.
    if (/[$€£]\s*$/u.test(before)) return [];
    if (isSize(n, sentence)) {
      if (bareSize(before, after, caravan, sentence.slice(n.start, n.end))) {
        return [crowdOf(n, n.end)];
      }
      // "the group, about 800 strong", "the 7,000-strong caravan": "strong" for its noun.
      const strong = STRONG.exec(after);
      if (strong) return [crowdOf(n, n.end + strong[0].length)];
    }
    const noun = NOUN_AFTER.exec(after);
    if (!noun || !isCrowd(n, noun, caravan, sentence)) return [];
    return [crowdOf(n, n.end + noun[0].length)];
  });
}

/**
 * A size with no noun after it: "a caravan of about 2,500"; in a sentence about the caravan,
 * "there were about 7,000." and "nearly 5,000 were sleeping in a stadium".
 */
function bareSize(before: string, after: string, caravan: boolean, digits: string): boolean {
  if (SIZE_OF_GROUP.test(before) || PUT_AT.test(before) || BY_ESTIMATE.test(after)) return true;
  if (DEPARTED_WITH.test(before) && ENDS_CLAUSE.test(after)) return true;
  if (FORCES_BEFORE.test(before)) return false;
  if (COUNTED.test(before.replace(/["“]$/u, '')) && COUNTED_WHERE.test(after)) return true;
  if (!caravan) return false;
  if (SAID_COUNT.test(before) && ENDS_CLAUSE.test(after)) return true;
  if (BEEN_COUNTED.test(after)) return true;
  if (COUNT_IS.test(before) && ENDS_CLAUSE.test(after.replace(OF_THEM, '').replace(HERE, ''))) {
    return true;
  }
  // "El lunes 17 salieron" is a day; "By Tuesday about 1,000 of them were resting" a count.
  const dayOfMonth = DAY_BEFORE.test(before) && /^\d/u.test(digits);
  // "Los primeros, unos 2 mil, llegaron", "Unos 400, en nueve autobuses, llegan": an aside
  // between the figure and its verb.
  const road = ROUGHLY.test(before + digits) ? after.replace(ASIDE, ' ') : after;
  return ON_THE_ROAD_AFTER.test(road) && !dayOfMonth && !YEAR.test(digits.trim());
}

function crowdOf(n: NumberMatch, end: number): CrowdMatch {
  return { value: n.value, ...maxOf(n), start: n.start, end };
}

// "salió … de la Plaza Salvador del Mundo con unas 2 mil.": how many set out (not "left home
// with 600 lempiras", which a unit follows).
const DEPARTED_WITH =
  /(?<![\p{L}])(?:sali[oó]|salieron|parti[oó]|partieron|left|set out)(?![\p{L}])[^.;]{0,80}\b(?:con|with)\s+$/iu;
// "colchonetas para unas 500 personas", "food for 3,000 people": what was laid on, not who came.
const FOR_BEFORE = /(?<![\p{L}])(?:para|for)\s+$/iu;
// "put the number that set out from Arriaga on Saturday at about 4,000": the estimate's words
// around a clause.
const PUT_AT =
  /\b(?:puts?|placed|estimated|pegged|puso|pusieron|estim[oó]|calcul[oó]|cifr[oó])\s+(?:the\s+|their\s+|its\s+|la\s+|el\s+)?(?:own\s+)?(?:number|figure|size|crowd|total|caravan|group|count|cifra|n[uú]mero|total)\b[^.;]{0,60}\s(?:at|en|(?:at\s+)?closer to|near|as (?:high|many|much|low) as)\s+$/iu;
// "organizers said 1,700.", "by nightfall about 2,000 had been counted": a head count.
const SAID_COUNT =
  /(?:\b(?:organi[sz]ers|organizadores|coordinators|coordinadores|leaders|officials|autoridades|police|polic[ií]a|the UN|la ONU)\s+(?:said|say|says|claim|claims|claimed|dijeron|dicen|aseguran|estimated|estiman|calculan)(?:\s+(?:closer|close|nearer)\s+to)?|\b(?:habl(?:a|an|aba|aban|aron|[oó])\s+de|talk(?:s|ed)?\s+of|spoke\s+of))\s+["“]?$/iu;
// "National Guard members are walking alongside — we counted about 200": the troops, not
// "la Policía Nacional contó unos 400", where the police are the counters.
const FORCES_BEFORE = new RegExp(
  String.raw`\b(?:${SECURITY_FORCES})\b[^.;]{0,60}[—–:][^.;—–:]{0,40}$`,
  'iu',
);
const BEEN_COUNTED = /^\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?counted\b/iu;
// "officials counted between 1,000 and 1,200 at the crossing": a head count of the group.
const COUNTED =
  /\b(?:counted|counts?|tallied|registered|contaron|cont[oó]|contado|contamos|cont[eé]|cuentan?|registra|contabiliz\p{L}+|registr[oó]|registraron|calculan?|calcul[oó]|estiman?|estim[oó]|estimates?|estimated|hablan? de|hablaron de)\s+(?:\p{L}+\s+){0,2}$/iu;
const COUNTED_WHERE =
  /^\s*(?:[.,;"”]|$|(?:at|in|on|en|a su paso|when|as|cuando|al|that|of them|de ellos)\s|(?:here|there|aqu[ií]|all[ií])(?![\p{L}]))/iu;
const STRONG = /^(?:\s+|\s*-\s*)strong\b/iu;
const YEAR = /^(?:19|20)\d\d$/u;
const COUNT_IS =
  /\b(?:there (?:were|are)|(?:it|the caravan|the group|la caravana|el grupo) (?:is|was|es|era)|(?:son|eran|somos|[eé]ramos|we are|we were))\s+(?:\p{L}+\s+){0,2}$/iu;
// "there were between 1,000 and 1,500 of them."
const OF_THEM = /^\s+(?:of them|de ellos)/iu;
const ASIDE = /^\s*,(?:[^,.;]{1,40},)?/u;
// "there were about 800 of them here."
const HERE = /^\s+(?:here|there|aqu[ií]|all[ií])(?:\s+(?:a?dentro|inside))?(?![\p{L}])/iu;
// "unos 2 mil", "about 400": a figure told as a rough count, not an age ("Ana Ruiz, 24,
// walked").
const ROUGHLY =
  /(?<![\p{L}])(?:about|some|roughly|perhaps|nearly|around|unos|unas|cerca de|alrededor de|casi)\s+[\d.,\s\p{L}]*$/iu;
const ENDS_CLAUSE = /^\s*(?:[.,;:)]|$)/u;
// "El lunes 17 salieron": a day of the month, not a count.
const DAY_BEFORE =
  /(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|d[ií]a|jan\p{L}*|feb\p{L}*|mar\p{L}*|apr\p{L}*|may|jun\p{L}*|jul\p{L}*|aug\p{L}*|sep\p{L}*|oct\p{L}*|nov\p{L}*|dec\p{L}*)\.?\s+$/iu;
const ON_THE_ROAD_AFTER = new RegExp(
  String.raw`^\s+(?:of (?:them|those)\s+|of those who\s+|de los que\s+|of the (?:\p{L}+\s+)?(?:caravan|group|column)\s+|de ellos\s+|or so\s+|people\s+|personas\s+|more\s+|others\s+|m[aá]s\s+)?(?:(?:reach|reaches|arrive|arrives|camp|camps|acampan|rest|rests|fill|fills|filled|(?:are|were) registered|leave|leaves|left(?=\s+(?:\p{Lu}|(?:for|from|on|the)\b))|remain|remains|(?:are|were) waiting(?! for (?:\p{L}+ )?(?:appointments?|asylum|papers|permits?|visas?|hearings?)\b)|(?:who|que) (?:traveled|travelled|viajaron|went|had gone) ahead|(?:had crossed|hab[ií]an cruzado)|se acomodan|esperan en)(?![\p{L}])|(?:(?:were|are|was|had|have|still)\s+)*(?:(?:(?:were|are|was)\s+)(?:still\s+)?(?:sleeping|walking|camping|resting)|camped|remained|remain|stayed|slept|rested|(?:now\s+)?(?:crammed|packed|crowded|sheltering|housed)|spent the night|walked|marched|set out|made it|(?:are|were) left stranded|regroup(?:ed)?|gathered|se reagrup\p{L}+|se (?:hab[ií]an )?concentrad[oa]s|se concentr\p{L}+|(?:ya )?hab[ií]an llegado|had arrived|durmieron|duermen|caminaron|caminan|salieron|reanudaron|derrib(?:an|aron)|vade(?:an|aron)|cruz(?:an|aron)|crossed|spends? the night|pasan la noche|quedaron (?:varad|atrapad)[oa]s|permanecen|permanec[ií]an|quedaban|pernoctaron|descansan|descansaron|reached|arrived|(?:have|has|had) (?:already )?arrived|(?:are|were) (?:now |still |already )?in|(?:ya )?(?:est[aá]n|estaban) en|(?:more )?were reported|llegan|llegaron|salen|walk|walked into|push(?:ed)?|counted (?:in|at)|(?:who|que) (?:left|set out|salieron|partieron)|sleep|sleeps|wait in|waited in|(?:had|have|has) come in|(?:who |que )?got (?:there|here|to)|spent (?:\p{L}+ )?night|siguen en|boarded|climbed (?:aboard|onto|into)|subieron a|abordaron|joined|se sumaron|se unieron|${ROLLED_IN})(?![\p{L}]))`,
  'iu',
);

// "a caravan of about 2,500", "el contingente, de unas 1.300", "had grown to 3,000": a size
// with no noun after it.
const SIZE_OF_GROUP =
  /\b(?:caravans?|caravanas?|groups?|grupos?|contingents?|contingentes?|columns?|columnas?|party|parties)(?:,)?\s+(?:of|de)\s+$|\b(?:(?:figure|count|estimate|tally|cifra|c[aá]lculo)(?:\s+\p{L}+)?,?\s+(?:of|de)|puts? (?:the )?(?:marchers|caravan|group|crowd|number|figure|them|it) at|puso la cifra en|had grown to|grew to|(?:gives|gave|puts?|put) a range of|(?:has |had )?(?:dwindled|shrunk|shrank|fallen|fell|dropped|thinned) to|se redujo a|baj[oó] a|(?:estimated|put|placed|pegged|calculated)\s+(?:the\s+)?(?:crowd|number|group|caravan|size|figure|total|marchers)?\s*at|(?:put|placed|estimated)\s+by\s+[^.;,]{1,40}\s+at|calcul[oó] en|cifr[oó] en|estim[oó] en|(?:bringing|brings|brought|raising|raised) the (?:number|total|count|crowd)(?:\s+\p{L}+){0,4}\s+to|(?:count|estimate|tally|figure|cifra|number(?! of)|conteo|c[aá]lculo)\b[^.;,]{0,50}\b(?:was|is|stood at|fue|era|es)(?:\s+de)?|(?:count|estimate|tally|conteo|c[aá]lculo)\b[^.;]{0,140}\b(?:came to|amounted to|totaled|arroj[oó])|has grown to|swelled to|had swelled to|carrying|transporting|(?:put|placed|estimated|pegged) (?:the )?(?:number|figure|total)|numbers|numbered|numbering|totaled|integraban|integran|la integraban|conformaban|sumaban?|suman?|ya suma|creci[oó] a|lleg[oó] a sumar)\s+(?:perhaps\s+|maybe\s+|quiz[aá]s?\s+|tal vez\s+|(?:fewer|less) than\s+|menos de\s+|(?:closer|close|nearer)(?: to)?\s+|m[aá]s cerca de\s+)?$/iu;

function isSize(n: NumberMatch, sentence: string): boolean {
  const after = sentence.slice(n.end);
  return (
    n.value >= 10 &&
    n.value <= MAX_CROWD &&
    !/^\s*(?:%|°|percent|por ciento|degrees|grados|km|kil[oó]metros|miles|millas|d[ií]as|days)/iu.test(
      after,
    )
  );
}

// "Estamos en el parque central de Sabanagrande, y aquí hay unas 320 personas": people where
// the reporter stands with the group.
// "City officials told me there are close to 4,500 people inside": a head count.
const HERE_ARE =
  /(?:(?<![\p{L}])(?:aqu[ií]|here)(?![\p{L}])|\b(?:officials|organi[sz]ers|authorities|autoridades|organizadores|funcionarios)\b)[^.;]*\b(?:hay|there are|there were)\s+(?:\p{L}+\s+){0,2}$/iu;

// "City officials say about 4,500 people are now staying at the stadium": officials' count.
const SAID_BEFORE =
  /\b(?:officials|organi[sz]ers|authorities|autoridades|organizadores|police|polic[ií]a)\s+(?:say|says|said|estimate|estimated|dicen|dijeron|calculan|estiman)\s+(?:that\s+|que\s+)?(?:about|some|roughly|nearly|around|more than|over|unos|unas|cerca de|alrededor de|m[aá]s de)?\s*$/iu;

function isCrowd(
  n: NumberMatch,
  noun: RegExpExecArray,
  caravan: boolean,
  sentence: string,
): boolean {
  if ((n.valueMax ?? n.value) > MAX_CROWD || n.value < MIN_CROWD) return false;
  if (NOT_PEOPLE_WORDS.test(noun[1] ?? '')) return false;
  const after = sentence.slice(n.end + noun[0].length);
  if (RATE.test(after) || COUNTED_AFTER.test(after) || OF_ANOTHER_BODY.test(after)) return false;
  if (
    COUNTED_BEFORE.test(sentence.slice(0, n.start)) ||
    FOR_BEFORE.test(sentence.slice(0, n.start))
  )
    return false;
  if (SO_FAR_THIS_YEAR.test(sentence.slice(0, n.start))) return false;
  const migrants = new RegExp(`^(?:${MIGRANTS})$`, 'iu').test(noun[2] ?? '');
  const counted = COUNTED.test(sentence.slice(0, n.start));
  const source = BY_ESTIMATE.test(after) || COUNT_SOURCE.test(after) || REGISTERED.test(after);
  const said = SAID_BEFORE.test(sentence.slice(0, n.start));
  return (
    migrants || caravan || counted || source || said || HERE_ARE.test(sentence.slice(0, n.start))
  );
}

function maxOf(n: NumberMatch): { valueMax?: number } {
  return n.valueMax === undefined ? {} : { valueMax: n.valueMax };
}
