import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import type { PlaceMention } from './findPlaces.ts';
import { placeRole } from './placeRole.ts';
import { type Region, type RegionMention, regionsIn } from './regionNames.ts';
import { stateOfDemonym } from './stateDemonyms.ts';

/** What earlier sentences tell about the words "this city", "la capital", "the state capital". */
export interface PlaceContext {
  /** The town the story is filed from. */
  dateline?: PlaceCandidate | undefined;
  /** The country whose capital "la capital" is. */
  country?: string | undefined;
  /** The state ("MX/25") whose capital "the state capital" is. */
  state?: string | undefined;
  /** Where the sentences just before left the group: what "there" and "allí" name. */
  lastStop?: PlaceCandidate | undefined;
  /** The town the story last told a group set out from: what "the same plaza" is in. */
  lastLeft?: PlaceCandidate | undefined;
  /** The whole article: a town it also names short is proposed under the short name. */
  article?: string | undefined;
}

// "They rested there on Tuesday", "allí pasaron la noche", "en ese municipio"; not "there were"
// or "officials there", who are someone else.
const THERE =
  /(?<![\p{L}])(?<!(?:[Oo]fficials|[Aa]uthorities|[Rr]esidents|[Ll]ocals|[Pp]olice|[Vv]olunteers|[Ww]orkers|[Ss]taff|kitchen|shelter)\s)(?:[Tt]here(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|seems?|appears?|remains?|must|should)(?![\p{L}]))(?!['’])|[Aa]ll[ií]|[Aa]h[ií]|[Aa]ll[aá]|(?:ese|aquel)\s+(?:municipio|pueblo|poblado|lugar)|(?:esa|aquella)\s+(?:ciudad|localidad|cabecera|comunidad|poblaci[oó]n)|that\s+(?:town|city|village))(?![\p{L}])/gu;

// Words for the dateline's town: "reached this Gulf Coast city", "llegaron a esta ciudad".
const THIS_TOWN =
  /(?<![\p{L}])(?:(?:[Tt]his|[Ee]st[ae])\s+(?:(?!(?:por|en|de|del|a|al|in|at|to|of|from|the|la|el)\s)[\p{L}-]+\s+){0,3}?(?:city|town|port|capital|village|ciudad|localidad|municipio|puerto|pueblo|villa|cabecera(?: municipal| departamental)?)|[Hh]ere|[Aa]qu[ií])(?![\p{L}])/gu;
// "walked through these gates", "inside this stadium": a venue of the town the story is filed
// from.
const THIS_VENUE =
  /(?<![\p{L}])(?:these\s+gates|(?:this|these|este|esta|estos)\s+(?:stadium|shelter|camp|sports complex|square|plaza|park|estadio|albergue|campamento|parque|deportivo|explanada))(?![\p{L}])/giu;
// "salió de la misma plaza un primer grupo", "left the same plaza on Sunday": where the group
// the story told of before set out from.
const SAME_PLACE =
  /(?<![\p{L}])(?:mism[oa]|same)\s+(?:lugar|plaza|punto|sitio|parque|place|square|spot|point|park)(?![\p{L}])(?!\s+fronteriz)/giu;

// "rested in the city", "a rest day in town", "the farming town": a town the
// sentence or the ones before it name (see genericMentions).
const THE_TOWN =
  /(?<=\b(?:in|at|on|into|of|en|a|de|reached|left|llegaron a|salieron de)\s+)(?:(?<=\b(?:in|into)\s+)town(?=\s*[.,;])|(?:the|la|el)\s+(?:(?!(?:next|nearest|closest|other|same|border|home|neighbou?ring|state|capital|old|new|first|last)\s)\p{Ll}+\s+)?(?:city|town|village|hamlet|ciudad|pueblo|poblado|localidad|municipio|cabecera\s+(?:municipal|\p{Ll}+(?:eña|eca|ense|ana|ina))|municipal\s+seat|(?:main|central|town)\s+(?:square|plaza|park)|(?:parque|plaza|gimnasio|auditorio)\s+(?:central|principal|municipal)|unidad\s+deportiva))(?:['’]s)?(?![\p{L}])(?!\s+(?:\p{L}+\s+)?(?:of|de|del)\s)/giu;
const NAME_INSIDE = /^\S+\s+\p{Lu}/u;
// "llegaron ayer a la capital": the capital of the country the story is in.
// "mexicana", "nayarita", "duranguense": the adjective of a country or a state.
const NATIONAL = 'mexicana|guatemalteca|hondure[ñn]a|salvadore[ñn]a';
const DEMONYM = String.raw`\p{Ll}+(?:ita|ense|e[ñn][oa]|ana|ina|eca|aca|ano)`;
// "la capital del país", "the country's capital": the same.
const BARE_CAPITAL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the|la)\s+capital(?:\s+del\s+pa[ií]s|\s+of\s+the\s+country)?|the\s+(?:country|nation)['’]s\s+capital)(?![\p{L}'’])(?!\s+(?:of|de|del|city|${NATIONAL}|estatal|regional)(?![\p{L}]))(?!\s+${DEMONYM}(?![\p{L}]))`,
  'giu',
);

// "had reached the state capital", "la capital del estado", "la cabecera departamental".
// "la capital nayarita", "la capital duranguense": the capital of the state the story is in.
const STATE_CAPITAL = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+(?:state|departmental)\s+capital|la\s+capital\s+(?:del\s+estado|estatal|departamental|(?!${NATIONAL})${DEMONYM})|la\s+cabecera\s+departamental)(?:['’]s)?(?![\p{L}'’])(?!\s+(?:of|de)\s)`,
  'giu',
);

// "la capital, San Salvador", "the city Tapachula": a name after the words says which town.
const NAMED_AFTER = /^,?\s*\p{Lu}/u;

// "left Sololá, the departmental capital,": a description in apposition to the name before it.
const NAMED_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*$/u;

/** Matches of a description that no name right before or after it explains. */
function unnamed(sentence: string, matches: Iterable<RegExpMatchArray>): RegExpMatchArray[] {
  return [...matches].filter(
    (m) =>
      !NAMED_AFTER.test(sentence.slice((m.index ?? 0) + m[0].length)) &&
      !NAMED_BEFORE.test(sentence.slice(0, m.index)),
  );
}

function toMention(m: RegExpMatchArray, place: PlaceCandidate): PlaceMention {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, text: m[0], place, alternatives: [] };
}

/**
 * "there", "allí": the town the sentence named before the word ("reached Sabancuy on Monday
 * and rested there on Tuesday"), else where the sentences before left the group.
 */
export function thereMentions(
  sentence: string,
  named: PlaceMention[],
  lastStop: PlaceCandidate | undefined,
): PlaceMention[] {
  return [...sentence.matchAll(THERE)].flatMap((m) => {
    const before = named.findLast((p) => p.end <= (m.index ?? 0));
    if (before) return [toMention(m, before.place)];
    return lastStop ? [thereMention(m, lastStop)] : [];
  });
}

function thereMention(m: RegExpMatchArray, place: PlaceCandidate): PlaceMention {
  return { ...toMention(m, place), there: true };
}

function capitalMentions(
  sentence: string,
  pattern: RegExp,
  capital: PlaceCandidate | undefined,
): PlaceMention[] {
  if (!capital) return [];
  return unnamed(sentence, sentence.matchAll(pattern)).map((m) => toMention(m, capital));
}

/**
 * Places a sentence names by description, not by name: "this city" and "aquí" (the dateline
 * town), its short name ("San Cristóbal"), "la capital" and "the state capital" of the country
 * and state the story is in, "the same plaza" a group set out from before. `regions` are the
 * sentence's countries and states, as findPlaces has already read them.
 */
export function describedPlaces(
  sentence: string,
  gazetteer: Gazetteer,
  context: PlaceContext,
  regions: RegionMention[] = regionsIn(sentence),
): PlaceMention[] {
  const { dateline, state } = context;
  // "la capital potosina" names its state; an adjective of no listed state ("la capital
  // quetzalteca") leaves the story's.
  const named = demonymCapitalMentions(sentence, gazetteer);
  const storyState = capitalMentions(
    sentence,
    STATE_CAPITAL,
    state ? gazetteer.stateCapitals.get(state) : undefined,
  ).filter((m) => !named.some((n) => n.start === m.start));
  return [
    ...datelineMentions(sentence, dateline),
    ...hereMentions(sentence, dateline ? undefined : context.lastStop),
    ...sameMentions(sentence, context, regions),
    ...capitalMentions(sentence, BARE_CAPITAL, capitalOf(sentence, gazetteer, context)),
    ...storyState,
    ...stateCityMentions(sentence, gazetteer, regions),
    ...named,
  ];
}

// "A smaller Salvadoran group had left the capital", "la caravana de salvadoreños que salió de
// la capital": El Salvador's caravans form in San Salvador, so the capital they leave is theirs.
// Honduran ones form in San Pedro Sula: the capital a Honduran group leaves is one on its road.
const SALVADORANS = /(?<![\p{L}])(?:Salvadorans?|salvadore[ñn][oa]s?)(?![\p{L}])/iu;
const LEFT_CAPITAL =
  /(?<![\p{L}])(?:left|leaving|departed|set out from|sali[oó] de|salieron de|parti[oó] de|partieron de|dej[oó]|dejaron)\s+(?:la|the)\s+capital(?![\p{L}])/iu;
// "Ciudad de Guatemala.-", "Salvadorans who spent months in Mexico City": another capital's story.
const OTHER_CAPITAL =
  /(?<![\p{L}])(?:Mexico City|Ciudad de M[eé]xico|CDMX|Guatemala City|Ciudad de Guatemala|Tegucigalpa|Managua|San Jos[eé](?!\s+\p{Lu}))(?![\p{L}])/iu;

/** The capital "la capital" means: San Salvador where Salvadorans left it; else the story's country's. */
function capitalOf(
  sentence: string,
  gazetteer: Gazetteer,
  { country, dateline }: PlaceContext,
): PlaceCandidate | undefined {
  const home =
    LEFT_CAPITAL.test(sentence) &&
    SALVADORANS.test(sentence) &&
    !OTHER_CAPITAL.test(sentence) &&
    ![...gazetteer.capitals.values()].some((c) => c.id === dateline?.id);
  const code = home ? 'SV' : country;
  return code ? gazetteer.capitals.get(code) : undefined;
}

// "pasa la noche en la capital potosina": the capital of the state the adjective names.
const CAPITAL_OF_DEMONYM = /(?<![\p{L}])(?:la|the)\s+capital\s+(\p{Ll}+)(?![\p{L}])/gu;

function demonymCapitalMentions(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  return [...sentence.matchAll(CAPITAL_OF_DEMONYM)].flatMap((m) => {
    const region = stateOfDemonym(m[1] ?? '');
    const capital = region && stateCapital(gazetteer, region);
    return capital ? [toMention(m, capital)] : [];
  });
}

function stateCapital(gazetteer: Gazetteer, region: Region): PlaceCandidate | undefined {
  return gazetteer.stateCapitals.get(`${region.country}/${region.admin1}`);
}

// "from Oaxaca city", "the Chihuahua city bus station": a state's capital, named after the
// state; not "this storm-scarred Oaxaca city", any town of the state.
const CITY_AFTER = /^\s+city(?![\p{L}])/u;
const SOME_CITY_BEFORE = /\b(?:this|that|an?|another|one)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function stateCityMentions(
  sentence: string,
  gazetteer: Gazetteer,
  regions: RegionMention[],
): PlaceMention[] {
  return regions.flatMap(({ region, start, end }) => {
    const city = CITY_AFTER.exec(sentence.slice(end));
    if (!city || region.admin1 === undefined || SOME_CITY_BEFORE.test(sentence.slice(0, start))) {
      return [];
    }
    const capital = stateCapital(gazetteer, region);
    if (!capital) return [];
    const text = sentence.slice(start, end + city[0].length);
    return [{ start, end: start + text.length, text, place: capital, alternatives: [] }];
  });
}

/** "salió de la misma plaza": the town a group set out from before, else the dateline's. */
function sameMentions(
  sentence: string,
  context: PlaceContext,
  regions: RegionMention[],
): PlaceMention[] {
  const matches = [...sentence.matchAll(SAME_PLACE)];
  if (matches.length === 0) return [];
  // "In El Salvador, about 2,000 set out from the same plaza": a plaza of that country.
  const countries = regions
    .filter((m) => m.region.admin1 === undefined)
    .map((m) => m.region.country);
  const fits = (p: PlaceCandidate | undefined) =>
    p !== undefined && (countries.length === 0 || countries.includes(p.country));
  const same = [context.lastLeft, context.dateline].find(fits);
  return same ? matches.map((m) => toMention(m, same)) : [];
}

// "got here Sunday", "aquí descansan": with no dateline, where the sentences just before left
// the group, as in a live blog's entry.
const HERE = /(?<![\p{L}])(?:[Hh]ere|[Aa]qu[ií])(?![\p{L}])/gu;

function hereMentions(sentence: string, lastStop: PlaceCandidate | undefined): PlaceMention[] {
  if (!lastStop) return [];
  return [...sentence.matchAll(HERE)]
    .filter((m) => !quoted(sentence.slice(0, m.index)))
    .map((m) => thereMention(m, lastStop));
}

/** Inside a quotation: a speaker's "here" may be anywhere. */
function quoted(before: string): boolean {
  const straight = (before.match(/"/gu) ?? []).length % 2 === 1;
  const opened = (open: string, close: string) =>
    before.lastIndexOf(open) > before.lastIndexOf(close);
  return straight || opened('“', '”') || opened('«', '»');
}

function datelineMentions(sentence: string, dateline: PlaceCandidate | undefined): PlaceMention[] {
  if (!dateline) return [];
  const short = shortName(dateline.name);
  const matches = [
    ...sentence.matchAll(THIS_TOWN),
    ...sentence.matchAll(THIS_VENUE),
    ...(short ? sentence.matchAll(short) : []),
  ];
  return matches.map((m) => toMention(m, dateline));
}

/**
 * "rested in the city", "en el parque central": the dateline town if the sentence names it
 * before, else the town named last before it ("llegaron a Metapán, donde durmieron en el parque
 * central"), else where the sentences just before left the group, else the dateline town.
 */
export function genericMentions(
  sentence: string,
  named: PlaceMention[],
  context: PlaceContext,
): PlaceMention[] {
  const { dateline, lastStop } = context;
  // "the Mexico City stadium": a name, not a word for the town.
  const described = [...sentence.matchAll(THE_TOWN)].filter((m) => !NAME_INSIDE.test(m[0]));
  return unnamed(sentence, described).flatMap((m) => {
    // "llegaron procedentes de Valle de Santiago y durmieron en el auditorio municipal": not
    // the town the group came from.
    const before = named.filter(
      (p) => p.end <= (m.index ?? 0) && placeRole(sentence.slice(0, p.start)) !== 'origin',
    );
    const place = before.find((p) => p.place.id === dateline?.id)?.place ?? before.at(-1)?.place;
    if (place) return [toMention(m, place)];
    if (lastStop) return [thereMention(m, lastStop)];
    return dateline ? [toMention(m, dateline)] : [];
  });
}

/** "San Cristóbal" in a story filed from San Cristóbal de las Casas: the dateline town. */
function shortName(name: string): RegExp | undefined {
  const head = /^(\p{Lu}\p{L}+\s+\p{Lu}\p{L}+)\s+de\s/u.exec(name)?.[1];
  if (!head) return undefined;
  return new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}]|\\s+de\\s)`, 'gu');
}
