import { acrossClause } from './acrossClause.ts';
import { arrivedHere, arrivedThereBefore, reachedAfter } from './arrivals.ts';
import { baseDraft, checkPlace, type Draft } from './baseDraft.ts';
import { clauseBefore } from './clauseBefore.ts';
import { dayBefore } from './dayBefore.ts';
import type { DateMention } from './findDates.ts';
import { earlierStay, elsewhereBut, notThereNow } from './notThereNow.ts';
import { withPairedDay } from './pairedDay.ts';
import { placeAtVerb } from './placeAtVerb.ts';
import type { ProposeOptions } from './proposeRows.ts';
import type { Reading, RolePlace } from './readSentence.ts';
import { ROLLED_IN } from './rolledIn.ts';
import { southOfBorder } from './southOfBorder.ts';
import { spanGap } from './spanGap.ts';
import { withStayedOn } from './stayedOn.ts';

// "El presidente … viajó ayer a Palenque": someone else's trip, not the caravan's.
// Titles take prefixes and both genders: "vicecanciller", "deputy minister", "presidenta municipal".
const OFFICIAL_TRIP =
  /(?<![\p{L}])(?:vice-?|sub|deputy\s+|vice\s+)?(?:president[ea]?|governor|gobernador[a]?|mayor|alcalde(?:sa)?|secretary|secretari[oa]|canciller|minister|ministr[oa]|chief|director[a]?|jef[ea]|head|official|funcionari[oa]|delegad[oa]|envoy|enviad[oa]|consul|c[oó]nsul|ambassador|embajador[a]?|commissioner|comisionad[oa]|bishop|obispo|archbishop|arzobispo|delegate|ombudsman|ombudsperson|councilman|councilwoman|regidor[a]?|coordinator|coordinador[a]?|diputad[oa]|legislator|lawmaker|congress(?:wo)?man|senador[a]?|senator|liaison|titular)(?![\p{L}])[^.;]{0,80}\b(?:travel+ed|visited|flew|drove|driven|flown|toured|speaks|spoke|was in|were in|met in|took (?:his|her|their) (?:case|complaint|plea) to|estuvo en|se reuni[oó] en|viaj[oó]|viaja|visit[oó]|vol[oó]|recorri[oó])(?![\p{L}])/iu;
// "I drove down to Tijuana last week", "Yo misma viajé la semana pasada a Tapachula": the
// writer's own trip; a verb in the first person says it without "Yo" ("viajé a Mexicali").
const WRITERS_TRIP =
  /(?:(?:^|[.;:"“]\s*|\band\s+)(?:I|Yo(?:\s+mism[oa])?)\s+(?:\p{L}+\s+){0,2}?(?:drove|flew|travel+ed|went|spent|visited|viaj[eé]|estuve|fui|pas[eé])|(?<![\p{L}])(?:viajé|visité|manejé|volé))(?![\p{L}])/u;
// "He flew to Mexico City on Monday to ask for federal help": one person's trip (the mayor the
// sentence before named), not the caravan's.
const ONES_TRIP =
  /(?:^|[.;:"“]\s*)(?:He|She)\s+(?:(?:is|was|has|had)\s+)?(?:flying|flew|flown|drove|driven|driving|travel+ed|travel+ing)(?![\p{L}])/u;
// "El Instituto Nacional de Migración trasladó ayer en autobuses a 300 personas a Tapachula",
// "fueron trasladados por el Instituto Nacional de Migración a Durango": people an agency
// moved, not the caravan on the road.
const AGENCY_MOVED =
  /\b(?:fueron|were)\s+(?:trasladad|llevad|devuelt|deportad|bused|moved|taken|flown|returned|deported)\p{L}*\s+(?:por|by)\s+(?:(?:el|la|los|las|the)\s+)?(?:Instituto|INM|institute|immigration|migraci[oó]n|agentes|agents|autoridades|authorities|polic|Guardia|gobierno|government|army|ej[eé]rcito)|\b(?:institut[eo]|INM|agents|agentes|authorities|autoridades|police|polic[ií]a|personal del|governor|gobernador[a]?|government|gobierno)\b[^.;]{0,80}?\b(?:traslad[oó]|trasladaron|trasladad[oa]s?|moved|bused|flew|flown|took|llev[oó]|llevaron|devolvi[oó]|devolvieron|returned|deported|deport[oó]|deportaron|pulling|pulled|ofreci[oó]|offered)(?![\p{L}])/iu;
// "has seen few caravans; most pass through Guadalajara": caravans in general, not this one.
const GENERIC =
  /\b(?:few|many|most|several|some|other|earlier|previous|past|pocas|muchas|varias|otras)\s+(?:\p{L}+\s+)?(?:caravans|caravanas)\b|\b(?:another|an earlier|a previous|otra|una anterior)\s+(?:caravan|caravana)\b/iu;
const DEPARTED =
  /\b(?:left|leaving|leaves?|departed|departing|set (?:out|off)|sets (?:out|off)|setting (?:out|off)|sali[oó]|salieron|saliendo|salido|salen?|parten?|parti[oó]|partieron|partido|siguieron|continuaron|reanudaron|dejaron|dej[oó]|abandonaron|abandon[oó])(?![\p{L}])/iu;

/**
 * "This morning the group set off again on the walk to Acayucan", filed from Coatzacoalcos:
 * a departure that names no town leaves the dateline's.
 */
function leftFromDateline(
  r: Reading,
  places: RolePlace[],
  options: ProposeOptions,
): RolePlace | undefined {
  const to = places.find((p) => p.role === 'to');
  const dateline = options.dateline;
  if (!to || !dateline || to.place.id === dateline.id || places.some((p) => p.role === 'at')) {
    return undefined;
  }
  const verb = DEPARTED.exec(clauseBefore(r.sentence.text, to.start));
  if (!verb) return undefined;
  return placeAtVerb(verb[0], r.sentence.text.lastIndexOf(verb[0], to.start), dateline, 'from');
}

const ARRIVAL =
  /\b(?:arrived|reached|llegaron|lleg[oó]|llegado|llegan|arribaron|arrib[oó])(?![\p{L}])[^.;]{0,60}$/iu;

// "recorrieron los 270 kilómetros que separan La Hachadura de Tecún Umán": a stretch walked.
const WALKED_SEPARATING =
  /\b(?:recorr\p{L}*|camin\p{L}*|cubri\p{L}*|walked|covered|hiked|travell?ed)(?![\p{L}])[^.;]{0,60}(?:que separan?|that separates?|separating)\s+$/iu;

// "recorrieron los 62 kilómetros de La Entrada a esta ciudad", "after walking the 28 miles
// (45 km) from Esperanza to Orizaba": a stretch walked, from one town to the other.
const WALKED_THE =
  /\b(?:recorr\p{L}*|camin\p{L}*|cubri\p{L}*|walked|walking|covered|covering|hiked)(?![\p{L}])[^.;]{0,40}?\b(?:los|las|the)\s+(?:roughly\s+|some\s+|about\s+|casi\s+)?[\d.,]+\s*(?:-\s*)?(?:km|kil[oó]metros?|kilomet(?:er|re)s?|miles?|millas?)\s+(?:\([^)]*\)\s+)?(?:de|from|desde)\s+$/iu;

/**
 * The two towns of a stretch the group walked, "que separan A de B" or "los 18 km de A a B", as
 * start and end.
 */
function walkedBetween(r: Reading): [RolePlace, RolePlace] | undefined {
  const text = r.sentence.text;
  const i = r.places.findIndex((p) => {
    const before = text.slice(0, p.start);
    return WALKED_SEPARATING.test(before) || WALKED_THE.test(before);
  });
  const [a, b] = [r.places[i], r.places[i + 1]];
  // "from Ahuacatlán up to Jala".
  const between =
    /^\s+(?:de|from|and|y|a|(?:(?:up|down|on|over|back)\s+)?to|hasta)\s+(?:la\s+|el\s+)?$/iu;
  if (!a || !b || !between.test(text.slice(a.end, b.start))) return undefined;
  return [
    { ...a, role: 'from' },
    { ...b, role: 'to' },
  ];
}

// Words that open a clause telling of the start in passing: "the column that formed in…".
const IN_PASSING = '(?:that|which|who|since|when|after|que|desde que|cuando|tras|despu[eé]s de)';
// "the column that formed in San Pedro Sula", "cuando se reunió en": the start, told in passing.
const FORMED = new RegExp(
  String.raw`\b${IN_PASSING}\s+(?:\p{L}+\s+){0,4}?(?:formed|gathered|assembled|se form[oó]|se reuni[oó]|se congreg[oó]|se organiz[oó]|ingres[oó]|entr[oó]|entered)(?![\p{L}])[^,;.]*$`,
  'iu',
);
// "cinco semanas después de la salida de San Pedro Sula": the start, named as a noun.
const DEPARTURE_NOUN =
  /\b(?:tras|despu[eé]s de|after|since|desde)\s+(?:la|su|the|its|their)\s+(?:salida|partida|departure)\s+(?:de|desde|from)\s+$/iu;
// "It's four weeks today since they left San Pedro Sula", "six days after leaving": a start
// told by the time since, which the duration row carries. "walked north through Gómez
// Palacio", "pasaron por Pitiquito": a route. Each counts only with a date of its own.
const TIME_SINCE =
  /\b(?:days?|weeks?|months?|d[ií]as|semanas|meses)\s+(?:\p{L}+\s+){0,2}?(?:since|after|desde que|despu[eé]s de)\s+(?:[\p{L}\d,]+\s+){0,5}?(?:left|leaving|set out|setting out|departed|departing|walked out|sal\p{L}*|part\p{L}*|dej\p{L}*)\b[^,;]*$/iu;
const THROUGH =
  /\b(?:(?:walked|marched|rode|passed|went|drove|moved|headed)\s+(?:\p{L}+\s+){0,6}?through|pasaron por|pas[oó] por)\s+(?:[^,;]{0,40},\s*)?$/iu;
const LOOKING_BACK = new RegExp(
  String.raw`\b${IN_PASSING}\s+(?:\p{L}+\s+){0,3}?(?:set out|setting out|set off|setting off|left|leaving|departed|departing|sali[oó]|salieron|salir|parti[oó]|partieron|partir|dejar)(?![\p{L}])[^,;]*$`,
  'iu',
);

/**
 * True when a date in the place's clause is nearer to it than to any other town:
 * "de Culiacán, Sinaloa, el domingo 16".
 */
function datedClause(r: Reading, place: RolePlace, from = 0): boolean {
  const text = r.sentence.text;
  const start = Math.max(from, place.start - clauseBefore(text, place.start).length);
  const stop = text.slice(place.end).search(/;/u);
  const end = Math.min(place.end + 60, stop < 0 ? text.length : place.end + stop);
  // "which left San Pedro Sula in Honduras on Oct. 13, rested in Huixtla": a town after the
  // comma that closes the clause does not take its date.
  const beyond = (d: DateMention, p: RolePlace) =>
    p.start >= d.end && text.slice(d.end, p.start).includes(',');
  const nearest = (d: DateMention) =>
    r.places.every((p) => beyond(d, p) || spanGap(d, place) <= spanGap(d, p));
  return r.dates.some((d) => d.start >= start && d.start < end && nearest(d));
}

// "descansaron el domingo en Huixtla y el lunes reanudaron la marcha hacia Escuintla".
const SET_OUT_AGAIN =
  /^[^.;]*?(?:,?\s+(?:and|y|then|luego)\s+)(?:[^.;]{0,30}?\s)?(?:resumed|set (?:out|off)(?: again)?|left|headed|reanud\p{L}+|salieron|sali[oó]|partieron|parti[oó]|siguieron|continuaron)(?![\p{L}])/iu;

/**
 * "rested in A on Sunday and on Monday set out for B": a new day's start from A, anchored on
 * its verb so it takes that clause's date.
 */
function setOutAgain(r: Reading, place: RolePlace, to: RolePlace): RolePlace | undefined {
  if (to.start < place.end) return undefined;
  const m = SET_OUT_AGAIN.exec(r.sentence.text.slice(place.end, to.start));
  if (!m) return undefined;
  const start = place.end + m[0].length - 1;
  return { ...place, start, end: start + 1, role: 'from' };
}

// "Llegaron anoche", "Hoy permanecen en el salón comunal": a stay that names no town, told
// from the town the story is filed from.
const STAYED = new RegExp(
  String.raw`(?<![\p{L}])(?:llegaron|arrived|got (?:in|here)|came in|${ROLLED_IN}|durmieron|slept|(?<!the )rests? (?:at|in|on)|pernoctaron|pernoctan?|descansan?|descansaron|descansaban?|permanecen|permanec[ií]an|remain|remained|stayed|acampan|acamparon|camped|se quedaron|amanecieron|rest day|d[ií]a de descanso)(?![\p{L}])`,
  'iu',
);

const EVE =
  /^\W*(?:la v[ií]spera|the (?:day|night) before|the previous (?:day|night))(?![\p{L}])/iu;

// "durmieron en la explanada del templo", "were camped on the football field".
const IN_A_VENUE =
  /^[^.;,]{0,30}?\b(?:en|in|at|on|under|bajo)\s+(?:el|la|los|las|the|a|an|un|una)\s/iu;

/**
 * A stay the story tells of at its own town, naming none: "Anoche durmieron en la cancha";
 * or, in a story filed from nowhere, at the town the sentences just before left the group in.
 */
function stayHere(r: Reading, options: ProposeOptions): Draft[] {
  const verb = STAYED.exec(r.sentence.text);
  // Filed from nowhere: where the sentences just before left the group, if a venue says so.
  const venue = verb && IN_A_VENUE.test(r.sentence.text.slice(verb.index + verb[0].length));
  // "El domingo bajaron desde San Cristóbal hasta esta ciudad. La víspera descansaron en la
  // explanada del templo": the eve of a journey, at its start.
  const eve = venue && EVE.test(r.sentence.text) ? options.lastStart : undefined;
  const here = eve ?? options.dateline ?? (venue ? options.lastStop : undefined);
  if (!verb || !here || r.places.length > 0 || GENERIC.test(r.sentence.text)) return [];
  const place = placeAtVerb(verb[0], verb.index, here, 'at');
  return [positionDraft(r, place, undefined, options)];
}

// Who counts or where, in the town: "the parish counted", "en el parque central de la cabecera".
const COUNTED_LOCALLY =
  /(?<![\p{L}])(?:parish|parroquia|p[aá]rroco|volunteers?|voluntari[oa]s?|municipal|Protecci[oó]n Civil|civil protection|the city|la ciudad|cabecera|aqu[ií]|here|the town|el pueblo|hall|sal[oó]n|parque|plaza|square|atrio|gimnasio|albergue|shelter|stadium|estadio|complex|complejo|church|iglesia|auditorio|cancha|field)(?![\p{L}])/iu;
// "A second caravan, perhaps 1,500 people", "un primer grupo de unos 500": another group's count.
const OTHER_GROUP =
  /(?<![\p{L}])(?:second|first|another|other|earlier|previous|segund[oa]|primer[oa]?|otr[oa]s?|anterior)(?![\p{L}])/iu;

/**
 * "A volunteer counts heads at the parish hall: 640 people had signed in", filed from Arcelia:
 * a head count in a sentence that names no town is one where the sentences before left the
 * group, else in the dateline's. Unlike a stay, a count is told where it was taken, and a
 * feature that follows the walk ("On Thursday, the town's mayor counted 410") takes it in the
 * town it last reached.
 */
function countedHere(r: Reading, options: ProposeOptions): Draft | undefined {
  const count = r.crowds[0];
  const here = options.lastStop ?? options.dateline;
  const sentence = r.sentence.text;
  if (!count || !here || GENERIC.test(sentence)) return undefined;
  if (!COUNTED_LOCALLY.test(sentence) || OTHER_GROUP.test(sentence)) return undefined;
  const text = sentence.slice(count.start, count.end);
  const place: RolePlace = { ...count, text, place: here, alternatives: [], role: 'at' };
  return positionDraft(r, place, undefined, options);
}

/** Where a group was: a sentence about the caravan, or a dated sentence at one of the log's places. */
export function positionDrafts(r: Reading, options: ProposeOptions): Draft[] {
  return draftsOf(r, options)
    .flatMap((d) => southOfBorder(r, d, options.gazetteer))
    .flatMap((d) => withPairedDay(r, d))
    .flatMap((d) => withStayedOn(r, d));
}

function draftsOf(r: Reading, options: ProposeOptions): Draft[] {
  const text = r.sentence.text;
  if (r.places.length === 0) {
    const counted = countedHere(r, options);
    return counted ? [counted] : stayHere(r, options);
  }
  // A town found only by words of the road ("crossed at El Ceibo") is as sure as a log place;
  // "there", where the sentences just before left the group, is the group's.
  const dated =
    r.dates.length > 0 && r.places.some((p) => p.place.known || p.place.unlisted || p.there);
  // "la víspera, en X, contó 1,300", "la PNC contó 2 mil 300 personas en La Mesilla".
  const counted = r.crowds.length > 0;
  if (!(r.caravan || dated || r.moving || counted)) return [];
  if (GENERIC.test(text) || officialTrip(text) || AGENCY_MOVED.test(text)) return [];
  const stretch = walkedBetween(r);
  const places = groupPlaces(r, stretch);
  const from = startOf(r, places, options);
  const to = places.find((p) => p.role === 'to' && p.place.id !== from?.place.id);
  const at = places.filter((p) => p.role === 'at');
  const drafts: Draft[] = stretch ? [positionDraft(r, stretch[0], stretch[1], options)] : [];
  // "desde San Pedro Sula" alone says where a journey began, not where the group was that day.
  const departed = from && DEPARTED.test(clauseBefore(text, from.start));
  // "llegó ayer a la Ciudad de Guatemala tras recorrer los 170 km desde Chiquimula": an
  // arrival from A is a row where the group arrived, not at A.
  const arrived = from && to && !departed && ARRIVAL.test(text.slice(0, to.start).slice(-80));
  const start =
    from && (to || departed) && !arrived ? positionDraft(r, from, to, options) : undefined;
  if (start) drafts.push(start);
  for (const earlier of earlierStarts(r, places, from)) {
    drafts.push(positionDraft(r, earlier, undefined, options));
  }
  if (arrived) drafts.push(positionDraft(r, to, undefined, options));
  at.forEach((place, i) => {
    drafts.push(...stopDrafts(r, place, i === 0 ? to : undefined, from, start, options));
  });
  // "procedente de Ciudad Isla, donde pernoctó el sábado", "llegaron hoy … desde Metapa, donde
  // descansaron la víspera": where the group came from, that night. A start the group walked
  // from counts for a stay with a day of its own ("from Ciudad Guzmán, where they set out" not).
  for (const origin of places.filter((p) => p.role === 'origin' || (p === from && !departed))) {
    const night = arrivedThereBefore(text, origin);
    if (night && (origin.role === 'origin' || datedStay(r, night))) {
      drafts.push(positionDraft(r, night, undefined, options));
    }
  }
  // "rumbo a Ruiz, a unos 70 kilómetros, a donde llegaron anoche": the end reached, that night.
  for (const end of [to, stretch?.[1]]) {
    const reached = end && reachedAfter(r, end);
    if (reached) drafts.push(positionDraft(r, reached, undefined, options));
  }
  const here = arrivedHere(r, places, options);
  if (here) drafts.push(positionDraft(r, here, undefined, options));
  const heading = !from && to ? headingDraft(r, to, at, options) : undefined;
  return heading ? [...drafts, heading] : drafts;
}

/** A stay with a date right after its verb: "donde descansaron la víspera", not "where they set out". */
function datedStay(r: Reading, verb: RolePlace): boolean {
  const text = r.sentence.text;
  if (DEPARTED.test(text.slice(verb.start, verb.end))) return false;
  return r.dates.some(
    (d) =>
      d.start >= verb.end &&
      d.start - verb.end <= 40 &&
      !/[,;.]/u.test(text.slice(verb.end, d.start)),
  );
}

/** The places a sentence names that are the group's, not a plan, a stretch or its start. */
function groupPlaces(r: Reading, stretch: RolePlace[] | undefined): RolePlace[] {
  const text = r.sentence.text;
  return r.places.filter(
    (p) =>
      // "had spent Sunday resting in Tapanatepec": an earlier stay its own day dates.
      (!notThereNow(text, p) || (earlierStay(text, p) && datedClause(r, p))) &&
      !stretch?.some((s) => s.start === p.start) &&
      !(FORMED.test(clauseBefore(text, p.start)) && !datedClause(r, p)) &&
      !DEPARTURE_NOUN.test(text.slice(0, p.start)) &&
      !passedBy(r, p),
  );
}

/** A route or a start told by the time since, with no day of its own after those words. */
function passedBy(r: Reading, place: RolePlace): boolean {
  const clause = clauseBefore(r.sentence.text, place.start);
  const cue = TIME_SINCE.exec(clause) ?? THROUGH.exec(clause);
  if (!cue) return false;
  // "four weeks today since they left": only a day after "since" dates the start.
  const since = Math.max(0, cue[0].search(/(?:since|after|desde|despu[eé]s)\s/iu));
  return !datedClause(r, place, place.start - clause.length + cue.index + since);
}

/**
 * The rows a town the group was at gives: that day there, a new day's start from it ("rested
 * in A on Sunday and on Monday set out for B"), and an arrival told after it.
 */
function stopDrafts(
  r: Reading,
  place: RolePlace,
  to: RolePlace | undefined,
  from: RolePlace | undefined,
  start: Draft | undefined,
  options: ProposeOptions,
): Draft[] {
  const text = r.sentence.text;
  const next = to && !from ? setOutAgain(r, place, to) : undefined;
  const ahead = to && !from && !next && to.place.id !== place.place.id && to.start > place.end;
  const heading = ahead && !acrossClause(text, place, to) ? to : undefined;
  const arrival = arrivedThereBefore(text, place);
  // "descansa en Juchitán, adonde llegó anoche": the stay takes no date of the arrival's.
  const stay = arrival ? { ...r, dates: r.dates.filter((d) => d.start < arrival.start) } : r;
  const here = positionDraft(stay, place, heading, options);
  // "crossed at Corinto on Monday and on Tuesday walked from Corinto to …": two days there.
  if (place.place.id === from?.place.id && start?.date === here.date) return [];
  const drafts: Draft[] = [];
  const nextDraft = next && positionDraft(r, next, to, options);
  if (nextDraft) drafts.push(nextDraft);
  // "los 40 km que la separan de Huixtla, donde pasaron la noche": there only on that night.
  // "cruzaron esta mañana Anguiatú y siguieron hacia Chiquimula": one row says that day.
  const sameDay = nextDraft?.date === here.date;
  if ((!arrival || !elsewhereBut(text, place)) && !sameDay) drafts.push(here);
  if (arrival) drafts.push(positionDraft(r, arrival, undefined, options));
  return drafts;
}

/** Where the group was headed, when no town says where it was, as a guess to check. */
// "votan salir mañana hacia Querétaro": a move the next day, not the day's (not "esta mañana",
// "la mañana del lunes", the morning).
const TOMORROW =
  /(?<![\p{L}])(?<!(?:la|esta|una|cada|toda|de|por|en)\s)(?:mañana|tomorrow)(?![\p{L}])(?!\s+(?:del?|por)\s)/iu;

function headingDraft(
  r: Reading,
  to: RolePlace,
  at: RolePlace[],
  options: ProposeOptions,
): Draft | undefined {
  const text = r.sentence.text;
  // "the last 80 miles to Juárez": a stretch's end, which its distance row already tells.
  // "walked the 55 km to Chimaltenango, where a priest…": a stretch's end the group reached.
  const legEnd =
    /\d\s*-?\s*(?:miles?|millas?|km|kil[oó]met\p{L}*)\s+(?:to|hasta|a)\s+$/iu.test(
      text.slice(0, to.start),
    ) && !/^,\s*(?:where|donde)\s/iu.test(text.slice(to.end));
  // "pasó la noche en Esquipulas; el martes avanzó hasta Chiquimula": a clause of its own.
  // "waded across the river to Ciudad Hidalgo on Monday, a day after a clash on the bridge":
  // the end of a move told before any other town.
  const alone = at.every((p) => acrossClause(text, p, to) || p.start > to.end);
  if (legEnd || !alone || TOMORROW.test(text.slice(0, to.start))) return undefined;
  const draft = positionDraft(r, to, undefined, options);
  draft.notes.push(`heading to ${to.place.name}; where the group was is not said (edit place)`);
  return draft;
}

/**
 * The town the group left. "la caravana que salió de Tapachula", "since it left San Pedro
 * Sula": a start told in passing counts only with its own date ("que partió de Culiacán el
 * domingo 16"). A departure that names no town leaves the dateline's.
 */
function startOf(r: Reading, places: RolePlace[], options: ProposeOptions): RolePlace | undefined {
  const from = nearestStart(r, places);
  if (!from) return leftFromDateline(r, places, options);
  return toldUndated(r, from) ? undefined : from;
}

/**
 * "El grupo, que partió de Tapachula el 27, salió el viernes de Tehuacán rumbo a esta ciudad":
 * the start nearest before the goal is the day's; with no goal, the one a verb says was left.
 */
function nearestStart(r: Reading, places: RolePlace[]): RolePlace | undefined {
  const to = places.find((p) => p.role === 'to');
  const starts = places.filter((p) => p.role === 'from');
  // "Desde San Salvador: … salieron de la plaza Salvador del Mundo": the one left.
  const left = starts.find((p) => DEPARTED.test(clauseBefore(r.sentence.text, p.start)));
  return (to && starts.findLast((p) => p.end <= to.start)) ?? left ?? starts[0];
}

/**
 * Where the words that tell a start in passing open ("que partió de", "since it left"), or
 * undefined where the start is the day's own.
 */
function passingCue(r: Reading, place: RolePlace): number | undefined {
  const text = r.sentence.text;
  // "When the column left Arandas for Atotonilco on Thursday, …": the day's start, told first.
  if (OPENING_WHEN.test(text) && !/[,;]/u.test(text.slice(0, place.start))) return undefined;
  const clause = clauseBefore(text, place.start);
  const cue = LOOKING_BACK.exec(clause);
  return cue ? place.start - clause.length + cue.index : undefined;
}

const OPENING_WHEN = /^\s*(?:when|cuando)\s/iu;

/**
 * A start told in passing with no day inside its own clause: "since it left San Pedro Sula",
 * "Today the people who left Huixtla are camped …" (whose day is the main clause's); not
 * "que partió de Culiacán el domingo 16".
 */
function toldUndated(r: Reading, place: RolePlace): boolean {
  const cue = passingCue(r, place);
  return cue !== undefined && !datedClause(r, place, cue);
}

/** Earlier starts a sentence tells in passing with a day of their own: "que partió de X el 27". */
function earlierStarts(r: Reading, places: RolePlace[], from: RolePlace | undefined): RolePlace[] {
  return places.filter((p) => {
    const cue = p.role === 'from' && p !== from ? passingCue(r, p) : undefined;
    return cue !== undefined && datedClause(r, p, cue);
  });
}

/** "The governor flew to Tapachula", not "…, while the mayor drove to the state capital". */
function officialTrip(text: string): boolean {
  if (WRITERS_TRIP.test(text) || ONES_TRIP.test(text)) return true;
  const m = OFFICIAL_TRIP.exec(text);
  return (
    m !== null &&
    !/\b(?:while|whereas|mientras)\s+(?:\p{L}+\s+){0,2}$/iu.test(text.slice(0, m.index))
  );
}

function positionDraft(
  r: Reading,
  place: RolePlace,
  to: RolePlace | undefined,
  options: ProposeOptions,
): Draft {
  const anchor = {
    start: Math.min(place.start, to?.start ?? place.start),
    end: Math.max(place.end, to?.end ?? 0),
  };
  const moving = r.caravan || r.moving || to !== undefined || place.role === 'from';
  const draft = dayBefore(r, baseDraft(r, anchor, options, moving ? 'position' : 'event'), place);
  draft.place = place.place.id;
  checkPlace(draft, place);
  if (to) {
    draft.placeTo = to.place.id;
    checkPlace(draft, to);
  }
  if (!moving) delete draft.group;
  return draft;
}
