import { foldName } from '../admin1Codes.ts';
import { type Gazetteer, HERO_SUFFIX, type PlaceCandidate, placeSlug } from './buildGazetteer.ts';
import { CAPTION_NUMBER } from './captionNumber.ts';
import { CHURCH_WORDS } from './churchWords.ts';
import {
  describedPlaces,
  genericMentions,
  type PlaceContext,
  thereMentions,
} from './describedPlaces.ts';
import { findUnlistedPlaces, unlistedPlace } from './findUnlistedPlaces.ts';
import { longNameIn } from './longNameIn.ts';
import { preferShortName } from './preferShortName.ts';
import { REGION_NAMES, type Region, type RegionMention, regionsIn } from './regionNames.ts';
import { VENUE_OF } from './venueOf.ts';
import { vouchedNames } from './vouchedNames.ts';

/** A place named in a sentence: the words, the place chosen and the others it may be. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: PlaceCandidate;
  /** Other places of that name the sentence could not rule out (empty when it is clear). */
  alternatives: PlaceCandidate[];
  /** A dateline: where the story is filed from, which is not yet where the caravan is. */
  dateline?: true;
  /** "there", "allí": the stop the sentences just before told of. */
  there?: true;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}+(?:[-.’']\p{L}+)*\.?/gu;
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'y']);
// Words that put a town in front of them: "in Tapachula", "rumbo a Tapachula", "en route Huixtla".
const LOCATIVE =
  /(?:\b(?:in|at|on|to|from|near|into|toward|towards|through|outside|reach|reaches|reached|reaching|left|leave|leaves|leaving|departed|departs|arrived?|arrives|arriving|enter|enters|entering|entered|entra|entran|entr[oó]|entraron|dej[oó]|dejaron|abandon[oó]|abandonaron|crossed|cruzado|cruz[oó]|cruzaron|atraves[oó]|atravesaron|route|via|for|of|en|a|al|de|desde|hacia|hasta|rumbo|cerca|por|entre|and|y)(?:\s+(?:the|la|el|los|las))?|(?:in|at)\s+(?:nearby|neighbou?ring)|en\s+(?:el|la)\s+vecin[oa]|,)\s*$/iu;
const CITY_OF =
  /\b(?:(?:city|port|town|ciudad|puerto|municipio|localidad)(?:\s+\p{Ll}+)?\s+(?:of|de)|cabecera (?:(?:departamental|municipal) )?de)\s+$/u;
// Words that make "Puebla" the town, not the state: a journey's ends are towns.
const TOWN_OF_STATE_NAME =
  /(?:\b(?:city of|ciudad de|ciudad \p{Ll}+ de|city \p{Ll}+ of|cabecera (?:(?:departamental|municipal) )?de|capital(?: (?:city )?(?:of|de))?|(?:sali[oó]|salieron|parti[oó]|partieron|left|departed)\s+(?:\S+\s+){0,4}(?:de|desde|from)|arrived in|arrives in|arriving in|reached|reaches|leave|leaves|left|leaving|departed|set out from|slept in|rested in|camped in|stayed in|night in|durmieron en|pernoctaron en|pernoct[oó] en|descansaron en|descansan en|acamparon en|(?:pernoct\p{L}+|durmi\p{L}+|descans\p{L}+|slept|rested|camped)\s+(?:\p{L}+\s+){1,2}(?:en|in|at)|(?:parque|plaza|square|park|albergue|shelter|estadio|stadium) (?:central |principal |main )?(?:de|of)|llegaron a|lleg[oó] a|llegan a|salieron de|sali[oó] de|partieron de)\s+)$/iu;
const STATE_AFTER = /^\s+(?:state|estado)\b/iu;
// A dateline: the town at the head of a story, then a comma or its country in brackets.
const DATELINE_AFTER =
  /^(?:\s*\(|\s+[-—–]\s|,\s*(?:\d|(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))|,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\s*(?:[,(—–-]|\d|$))/u;
// "Hueyapan de Ocampo": the hero's name a town's full name ends in is no town of its own.
const HERO_TAIL = /^\s+de\s+(?:los\s+)?(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+/u;

/** The mention over the town's whole name where the sentence writes it: "Jiménez del Teul". */
function withFullName(sentence: string, mention: PlaceMention): PlaceMention {
  const tail = fullNameTail(sentence, mention);
  return tail ? { ...mention, end: mention.end + tail.length, text: mention.text + tail } : mention;
}

function fullNameTail(sentence: string, mention: PlaceMention): string {
  const full = mention.place.name;
  if (full.length > mention.text.length && sentence.startsWith(full, mention.start)) {
    return full.slice(mention.text.length);
  }
  const hero = HERO_TAIL.exec(sentence.slice(mention.end))?.[0];
  return hero && HERO_SUFFIX.test(mention.text + hero) ? hero : '';
}

// Nothing, or a caption's number: "4. RINCÓN DE ROMOS, 17 October 2021 —", "3/8 — Guaymas, …".
const NOTHING_OR_NUMBER = new RegExp(String.raw`^\s*(?:${CAPTION_NUMBER})?$`, 'u');
// "la parroquia de San Buenaventura", "la iglesia de Guadalupe": a church named for its saint;
// but "el atrio de la parroquia de Cocula" is the town's parish. Fewer words than CHURCH_WORDS:
// "la catedral de Santa Ana" is the city's cathedral.
const CHURCH_OF =
  /\b(?:parroquia|parish|iglesia|church|templo|capilla|santuario|bas[ií]lica)\s+(?:de\s+(?:la\s+)?|of\s+)?$/iu;
const SAINTLY =
  /^(?:San|Santa|Santo|Santiago|Nuestra|Virgen|Guadalupe|Dolores|Cristo|Sagrado|Señor|Our Lady|Saint|St)(?![\p{L}])/u;
// "the parish of Santa María de Guadalupe", "la iglesia de San Juan de los Lagos": a church's
// saint, not the town named like them.
const SAINT_OF = new RegExp(
  String.raw`\b(?:${CHURCH_WORDS})\s+(?:de\s+|del\s+|of\s+)?(?:San|Santo|Santa|Nuestra Señora|Our Lady|la Virgen|Sagrado)(?:\s+\p{Lu}\p{L}*)*\s+(?:de|del|of)\s+(?:la\s+|los\s+)?$`,
  'u',
);
// "la Plaza Vasco de Quiroga": a venue named for a person, not the town named like them; "el
// Parque Central de Tapachula" and "el Auditorio Benito Juárez de Guadalajara" are the town's.
const VENUE_NAMED_FOR =
  /\b(?:Plaza|Parque|Avenida|Calle|Jard[ií]n|Colonia|Boulevard|Bulevar|Estadio|Mercado|Escuela|Hospital|Auditorio|Street|Avenue|Park|Square)\s+(?!(?:Central|Principal|Municipal|Mayor|Nacional|Norte|Sur|Grande|Cívica)\s)\p{Lu}\p{L}+\s+(?:de|del)\s+$/u;
/** A street, a church or a square the words before name, not the town named like it. */
function venueBefore(before: string, name: string): boolean {
  return (
    VENUE_OF.test(before) ||
    (CHURCH_OF.test(before) && SAINTLY.test(name)) ||
    VENUE_NAMED_FOR.test(before) ||
    SAINT_OF.test(before)
  );
}

// "Now we count towns," Arriaga said: a person.
const SAID_AFTER =
  /^\s+(?:said|says|told|added|dijo|dice|cont[oó]|explic[oó]|relat[oó]|a[ñn]adi[oó])(?![\p{L}])/u;
const TITLE =
  /\b(?:president|presidente|mr|mrs|ms|sr|sra|gen|general|gov|governor|gobernador|senator|san|santa)\.?\s+$/iu;

/**
 * The places a sentence names. A name of the log's own places counts anywhere; a GeoNames town
 * counts only after a word of place ("in", "to", "hacia", a comma). Names glued to other
 * capitalised words ("Washington Post", "Camp Pendleton") are parts of other names. Where a
 * name fits several places, the country and state words of the sentence choose.
 */
export function findPlaces(
  sentence: string,
  gazetteer: Gazetteer,
  context: PlaceContext = {},
): PlaceMention[] {
  const regions = regionsIn(sentence);
  const found = [
    ...aliasMentions(sentence, gazetteer),
    ...describedPlaces(sentence, gazetteer, context, regions),
  ];
  const words = [...sentence.matchAll(WORD)].map((m) => toWord(m[0], m.index));
  for (let i = 0; i < words.length; i += 1) {
    if (!isCapital(words[i]) || found.some((f) => overlaps(f, words[i] as Word))) continue;
    const longest = longestAt(sentence, words, i, gazetteer, regions, context);
    if (!longest) continue;
    const mention = withFullName(sentence, longest);
    found.push({ ...mention, place: preferShortName(mention.place, context.article) });
    while (i + 1 < words.length && (words[i + 1] as Word).start < mention.end) i += 1;
  }
  found.push(...namedAgain(sentence, found, context.article));
  const unlisted = findUnlistedPlaces(sentence, found).map((u) => ({
    ...u,
    place: preferShortName(u.place, context.article),
  }));
  const kept = found.filter((f) => !unlisted.some((u) => u.start <= f.start && f.end <= u.end));
  const named = [...kept, ...unlisted];
  const generic = genericMentions(sentence, named, context);
  const there = thereMentions(sentence, named, context.lastStop);
  return withoutQualifiers(
    sentence,
    [...named, ...generic, ...there].sort((a, b) => a.start - b.start),
  );
}

// A name that runs on: "Lourdes Hernández", not the town of Lourdes.
const NAME_AT = /^\p{Lu}[\p{L}-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*\p{Lu}[\p{L}-]*){0,4}/u;
const NAME_BEFORE = /\p{Lu}[\p{L}-]*\s+$/u;

/** "They spent Wednesday in Lourdes": a town the article vouched for elsewhere, named again. */
function namedAgain(
  sentence: string,
  found: readonly PlaceMention[],
  article: string | undefined,
): PlaceMention[] {
  const names = article ? vouchedNames(article) : new Set<string>();
  if (names.size === 0) return [];
  return [...sentence.matchAll(/(?<![\p{L}.])\p{Lu}/gu)].flatMap((m) => {
    const name = NAME_AT.exec(sentence.slice(m.index))?.[0] ?? '';
    const span = { start: m.index, end: m.index + name.length };
    const before = sentence.slice(0, m.index);
    const fits =
      names.has(name) &&
      !REGION_NAMES.has(name) &&
      !found.some((f) => overlaps(f, span)) &&
      !NAME_BEFORE.test(before) &&
      !venueBefore(before, name) &&
      /\p{L}\s*$/u.test(before) &&
      placeContext(before);
    if (!fits) return [];
    const place = preferShortName(unlistedPlace(name), article);
    return [{ ...span, text: name, place, alternatives: [] }];
  });
}

const REGION_WORDS = new Set([...REGION_NAMES.keys()].map(foldName));
// "los departamentos de Chiquimula", "the state of Puebla", "the Isthmus of Tehuantepec", "el
// Valle de Tulancingo", "the Tulancingo valley": a region.
const REGION_BEFORE =
  /\b(?:[Dd]epartamentos?|[Dd]epartments?|[Ss]tates?|[Ee]stados?|[Pp]rovinces?|[Pp]rovincia|[Ii]sthmus|[Ii]stmo|[Rr]egi[oó]n|[Ss]ierra|[Vv]alle|[Cc]uenca|[Mm]eseta)\s+(?:of|de|del)\s+(?:\p{Lu}\p{L}*,?\s+(?:y\s+|and\s+)?)*$/u;
const REGION_AFTER = /^\s+(?:state|department|departamento|valley|basin|highlands)\b/iu;

const DAY_WORD_BEFORE =
  /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\d),\s*$/iu;

/**
 * "Tecún Umán, San Marcos", "en Camotán, Chiquimula": a town's state or department after it;
 * "El Florido, en Camotán": the town a place lies in.
 */
function withoutQualifiers(sentence: string, found: PlaceMention[]): PlaceMention[] {
  return found.filter((m, i) => {
    const before = sentence.slice(0, m.start);
    // "por la aduana El Florido, en Camotán": the town a crossing lies in.
    const prev = found[i - 1];
    if (prev && /^,\s*(?:en|in)\s+$/u.test(sentence.slice(prev.end, m.start))) return false;
    if (REGION_BEFORE.test(before) || REGION_AFTER.test(sentence.slice(m.end))) return false;
    // After a town's name and a comma, found or not ("en Camotán, Chiquimula"), but not after
    // a day ("on Monday, Escuintla on Tuesday").
    const qualifies = /\p{Lu}[\p{L}.]*,\s*$/u.test(before) && !DAY_WORD_BEFORE.test(before);
    return !(qualifies && REGION_WORDS.has(foldName(m.text)));
  });
}

function toWord(text: string, start: number): Word {
  const bare = text.replace(/(?:['’]s|\.)$/u, '');
  return { text: bare, start, end: start + bare.length };
}

function isCapital(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word.text);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function aliasMentions(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  return gazetteer.aliases.flatMap(({ pattern, place }) =>
    [...sentence.matchAll(pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      place,
      alternatives: [],
    })),
  );
}

function longestAt(
  sentence: string,
  words: Word[],
  i: number,
  gazetteer: Gazetteer,
  regions: RegionMention[],
  { dateline, country, state, article }: PlaceContext,
): PlaceMention | undefined {
  for (let j = Math.min(words.length, i + 6) - 1; j >= i; j -= 1) {
    const span = spanOf(sentence, words, i, j);
    if (!span) continue;
    const long = longNameIn(article, span.text);
    const candidates = long
      ? byLongName(gazetteer, span.text, long, article)
      : lookUp(gazetteer, span.text);
    if (!candidates?.length || gluedToNames(sentence, words, i, j)) continue;
    const before = sentence.slice(0, span.start);
    const after = sentence.slice(span.end);
    const atHead = NOTHING_OR_NUMBER.test(before) && DATELINE_AFTER.test(after);
    const usable = candidates.filter(
      (c) =>
        (c.known || atHead || placeContext(before)) &&
        (!c.stateNamed ||
          atHead ||
          c === dateline ||
          townOfStateName(before, after) ||
          departmentTown(c, before, after)),
    );
    if (usable.length === 0 || TITLE.test(before) || venueOfHero(span.text, after)) continue;
    if (
      venueBefore(before, span.text) ||
      SAID_AFTER.test(after) ||
      speaker(span.text, before, after)
    ) {
      continue;
    }
    // "left Santa Ana": a town named like a department is likelier its seat, unless the story
    // is in a state with a town of that name; other country and state words come first.
    const own = (r: RegionMention) => overlaps(r, span);
    const clues = {
      words: regions.filter((r) => !own(r)).map((r) => r.region),
      name: regions.filter(own).map((r) => r.region),
    };
    const chosen = choose(usable, clues, country, state);
    return { ...span, ...chosen, ...(atHead ? { dateline: true } : {}) };
  }
  return undefined;
}

// "CÓRDOBA (LIVE, MEXICO CITY): Greta, …", "LAURA CÓRDOBA, LIVE, MEXICO CITY:": a speaker in
// a transcript, named like a town.
const SPEAKER_AFTER = /^\s*(?:\([^)]*\)\s*:|:|,\s*(?:LIVE|EN VIVO)\b)/u;

function speaker(name: string, before: string, after: string): boolean {
  // "REPORTERA (ALMA LEÓN), DESDE LEÓN:": where the reporter stands, not who speaks.
  const from = /(?:DESDE|FROM|LIVE|EN VIVO),?\s+$/u.test(before);
  return name === name.toUpperCase() && SPEAKER_AFTER.test(after) && !from;
}

// Towns named for heroes share the name of stadiums, streets and shelters across Mexico.
const HERO_NAME =
  /^(?:Benito|Emiliano|L[aá]zaro|Vicente|Miguel|Jos[eé]|Francisco|Jes[uú]s|Ignacio|Venustiano|Álvaro|Alvaro|Adolfo|Guadalupe)\s/u;
const VENUE_AFTER =
  /^\s+(?:sports?\s+(?:complex|center|centre|field|hall)|complex|stadium|auditorium|park|shelter|dam|street|avenue|boulevard|school|hospital|market|airport|square|plaza|bridge|gym(?:nasium)?)\b/iu;

const SAINT_NAME = /^(?:San|Santo|Santa|Saint|St\.)\s/u;
const CHURCH_AFTER =
  /^\s+(?:church|cathedral|parish|chapel|temple|basilica|convent|monastery)(?![\p{L}])/iu;

/**
 * "the Benito Juárez sports complex", "the Santo Domingo church": a venue named for a hero or a
 * saint, not the town of that name.
 */
function venueOfHero(name: string, after: string): boolean {
  return (
    (HERO_NAME.test(name) && VENUE_AFTER.test(after)) ||
    (SAINT_NAME.test(name) && CHURCH_AFTER.test(after))
  );
}

/** "Ciudad Juárez" is GeoNames' "Juárez": the article's own name becomes the proposed id. */
function lookUp(gazetteer: Gazetteer, name: string): PlaceCandidate[] | undefined {
  const found = gazetteer.names.get(foldName(name));
  if (found?.length) return found;
  // GeoNames' "Ciudad Choluteca" is the Choluteca reports name.
  const long = gazetteer.names.get(foldName(`Ciudad ${name}`));
  if (long?.length) {
    return long.filter((c) => !c.known).map((c) => ({ ...c, id: placeSlug(name), name }));
  }
  const ciudad = /^ciudad\s+(.+)$/iu.exec(name);
  if (!ciudad) return undefined;
  return gazetteer.names
    .get(foldName(ciudad[1] ?? ''))
    ?.filter((c) => !c.known)
    .map((c) => ({ ...c, id: `ciudad-${c.id}`, name: `Ciudad ${c.name}` }));
}

/**
 * A town the article names in full somewhere, under that name: "San Isidro de El General".
 * Not "de Teopisca a San Cristóbal" or "Yautepec de Cuernavaca", two towns.
 */
function byLongName(gazetteer: Gazetteer, short: string, long: string, article?: string) {
  const full = lookUp(gazetteer, long);
  if (full?.length) return full;
  const shortened = lookUp(gazetteer, short);
  const tail = long.slice(short.length).replace(/^\s+del?\s+/iu, '');
  const bare = tail.replace(/^(?:la|las|los|el)\s+/iu, '');
  // "los 15 kilómetros que separan Saba de Sonaguera": a tail the article makes a town elsewhere.
  const place = (name: string) =>
    Boolean(lookUp(gazetteer, longNameIn(article, name) ?? name)?.length) ||
    Boolean(article && vouchedNames(article).has(name));
  if (place(tail) || place(bare)) return shortened;
  return shortened?.map((c) => (c.known ? c : { ...c, id: placeSlug(long), name: long }));
}

function townOfStateName(before: string, after: string): boolean {
  // "near San Miguel, El Salvador": a town and its country; a state is named with "state".
  const inCountry = LOCATIVE.test(before) && COUNTRY_AFTER.test(after);
  // "walked to Chimaltenango, where a priest met the mayor": a town, where things happen.
  const where = LOCATIVE.test(before) && /^,\s*(?:where|donde)\s/iu.test(after);
  return (TOWN_OF_STATE_NAME.test(before) || inCountry || where) && !STATE_AFTER.test(after);
}

/**
 * "llegó el viernes a Jutiapa", "camped at the fairground in Yoro": south of Mexico a
 * department's name, in a sentence of place, is its seat; the department is named as one
 * ("el departamento de Jutiapa"). Mexico's states ("in Oaxaca") are the states.
 */
function departmentTown(c: PlaceCandidate, before: string, after: string): boolean {
  return (
    c.country !== 'MX' &&
    SEAT_BEFORE.test(before) &&
    !PEOPLE_OF.test(before) &&
    !/,\s*(?:en|in)\s+$/u.test(before) &&
    !DEPARTMENT_AFTER.test(after)
  );
}

// Not "toward Quetzaltenango and Huehuetenango", where a road leads.
const SEAT_BEFORE =
  /\b(?:in|at|of|into|near|outside|from|to|en|a|al|desde|de)(?:\s+(?:the|la|el))?\s+$/iu;
// "guatemaltecos de Huehuetenango", "people from Yoro": where people come from.
const PEOPLE_OF = /(?:\p{L}(?:os|as|es)|people|families)\s+(?:de|from)\s+$/iu;
// "the Suchitepéquez capital", "Sololá department": the department.
const DEPARTMENT_AFTER = /^\s+(?:state|estado|capital|department|departamento)\b/iu;

const COUNTRY_AFTER = /^,\s*(?:Honduras|Guatemala|El Salvador|Mexico|México)(?![\p{L}])/u;

/** Words i..j as one name: capitalised at both ends, joined by spaces, hyphens or connectors. */
function spanOf(sentence: string, words: Word[], i: number, j: number) {
  const first = words[i] as Word;
  const last = words[j] as Word;
  if (!isCapital(last)) return undefined;
  for (let k = i; k < j; k += 1) {
    const gap = sentence.slice((words[k] as Word).end, (words[k + 1] as Word).start);
    if (!/^[\s-]$/.test(gap)) return undefined;
    const inner = words[k + 1] as Word;
    if (k + 1 < j && !isCapital(inner) && !CONNECTORS.has(inner.text.toLowerCase()))
      return undefined;
  }
  return { start: first.start, end: last.end, text: sentence.slice(first.start, last.end) };
}

// "Julio Mapastepec, a Methodist pastor", "Marisela Chalchuapa, de 41 años": a person.
const PERSON_AFTER = /^,\s*(?:(?:an?|the|un|una|el|la|de \d+|who|quien)\s|\d+[\s,])/iu;
// "11:30 a.m. — In Mexico City": a capitalised word of place opens a clause, not a name.
const LEAD_WORD = /^(?:in|at|from|to|near|into|toward|en|desde|hacia|hasta|por|cerca)$/iu;

function gluedToNames(sentence: string, words: Word[], i: number, j: number): boolean {
  const prev = words[i - 1];
  const next = words[j + 1];
  const gluedBefore =
    prev !== undefined &&
    isCapital(prev) &&
    (i - 1 > 0 || PERSON_AFTER.test(sentence.slice((words[j] as Word).end))) &&
    !LEAD_WORD.test(prev.text) &&
    /^ $/.test(sentence.slice(prev.end, (words[i] as Word).start));
  const gluedAfter =
    next !== undefined &&
    isCapital(next) &&
    /^ $/.test(sentence.slice((words[j] as Word).end, next.start));
  // "Celia Irapuato de León, 41, a nurse": a person's names with "de" between, then an age.
  const firstName = words[i - 2];
  const namedDe =
    firstName !== undefined &&
    isCapital(firstName) &&
    /^(?:de|del)$/iu.test(prev?.text ?? '') &&
    /^,\s*\d{1,2},/u.test(sentence.slice((words[j] as Word).end));
  return gluedBefore || gluedAfter || namedDe;
}

function placeContext(before: string): boolean {
  return LOCATIVE.test(before) || CITY_OF.test(before);
}

/**
 * The candidate the sentence's country and state words favour; ties keep a town of the state
 * the story is in, then the seat of the department it is named like, then the log's own
 * place, then a town of the country the story is in ("Tecpán" in a story from Guatemala),
 * then one south of the US border, then the largest.
 */
function choose(
  candidates: PlaceCandidate[],
  clues: { words: Region[]; name: Region[] },
  country: string | undefined,
  state: string | undefined,
) {
  const inState = (c: PlaceCandidate) => `${c.country}/${c.admin1}` === state;
  const score = (c: PlaceCandidate, regions: Region[]) =>
    regions.reduce(
      (s, r) =>
        s +
        (r.country === c.country
          ? r.admin1 === undefined
            ? 1
            : r.admin1 === c.admin1
              ? 2
              : 0
          : 0),
      0,
    );
  const said = (c: PlaceCandidate) => score(c, clues.words);
  const ranked = [...candidates].sort(
    (a, b) =>
      said(b) - said(a) ||
      Number(inState(b)) - Number(inState(a)) ||
      score(b, clues.name) - score(a, clues.name) ||
      Number(b.known) - Number(a.known) ||
      Number(b.country === country) - Number(a.country === country) ||
      // The caravans stop at the border: "San Pedro" is a town on their side of it.
      Number(a.country === 'US') - Number(b.country === 'US') ||
      b.population - a.population,
  );
  const place = ranked[0] as PlaceCandidate;
  const alternatives = ranked.slice(1).filter((c) => said(c) === said(place));
  return { place, alternatives };
}
