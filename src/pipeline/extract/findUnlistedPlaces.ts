import { foldName } from '../admin1Codes.ts';
import { type PlaceCandidate, placeSlug, SAINT_PREFIX } from './buildGazetteer.ts';
import { CHURCH_WORDS } from './churchWords.ts';
import type { PlaceMention } from './findPlaces.ts';
import { MONTH_NAMES } from './monthNames.ts';
import { ARRIVED_AFTER, FRONTED_TO } from './placeRole.ts';
import { REGION_NAMES } from './regionNames.ts';

// "los 270 kilómetros que separan A de B": the words before a stretch's two ends.
const SEPARATING = '(?:que separan?|that separates?|separating)';
// "set out from Ures", "setting off from Otatitlán", "departed from".
const SET_OUT_FROM = '(?:(?:set|sets|setting) (?:out|off)|depart(?:ed|ing|s)) from';

// Words that can only be followed by a place: a crossing's name, or where a group slept or
// arrived. Border posts (El Florido, La Hachadura) and villages are not GeoNames towns of
// 5,000, so only these words vouch for them.
const PLACE_ONLY_BEFORE = new RegExp(
  [
    String.raw`\b(?:border crossing|crossing|crossing point|port of entry|border post|checkpoint|border) (?:at|of)`,
    String.raw`\b(?:a|)cross(?:ed|es|ing)?\b[^.;:,]{0,40}?\b(?:at|through)(?: the)?`,
    String.raw`\b(?:reach(?:ed|es|ing)|arrive[sd]? (?:in|at)|arriving (?:in|at)|walked into)`,
    // "La caravana salió de Cuencamé rumbo a Gómez Palacio", "set out from Ures".
    String.raw`\b(?:sali(?:[oó]|eron|mos)|salen|(?:hab[ií]an? )?(?:salido|partido)|parti(?:[oó]|eron)|parten)(?: (?:(?:el|este|ayer|anoche|hoy) )?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)| ayer| anoche| hoy| esta (?:ma[ñn]ana|madrugada|tarde|noche))? (?:(?:del|de la) (?:pueblo|ciudad|villa|comunidad|localidad|cabecera(?: municipal)?|municipio) de|de|desde)`,
    // "El contingente dejó Tepache a las 6:00".
    String.raw`\bdej(?:[oó]|aron|an)`,
    String.raw`\b${SET_OUT_FROM}`,
    // "slept Friday night in Omoa", "camped overnight at", "a day of rest in Padilla".
    String.raw`\b(?:slept|sleeping|spent (?:the|\p{L}+) night|camped|camping|rested|resting|stopped|day of rest|rest day|d[ií]a de descanso)(?: \p{L}+){0,3}? (?:in|at|outside|near|en)`,
    // "were camped at the rodeo grounds in Filadelfia".
    String.raw`\b(?:slept|camped|rested)(?: \p{L}+){4,5}? (?:in|outside|near|en)`,
    String.raw`\b(?:(?:por|en|a) )?(?:la|el) (?:aduana|frontera|paso fronterizo|puesto fronterizo|garita|punto fronterizo)(?: de)?`,
    String.raw`\b(?:lleg(?:[oó]|aron|an)|arrib(?:[oó]|aron))(?: (?:este|esta|el|la|ayer|anoche|hoy|tarde|noche|ma[ñn]ana|madrugada|[\p{L}]+(?:es|as|os|o))){0,3} (?:a|hasta)`,
    // "había ingresado a Honduras el domingo por El Guasaule".
    String.raw`\b(?:cruz(?:ar|[oó]|aron|an|ado)|ingres(?:ar|[oó]|aron|an|ado)|entr(?:ar|[oó]|aron|an|ado))(?![\p{L}])[^.;:,]{0,40}?\bpor`,
    // Where a group stays: "a gymnasium in Villa Ahumada", "el albergue de Jocotán".
    String.raw`\b(?:shelter|gymnasium|gym|stadium|sports field|park|plaza|square|church|bus station|bus terminal|market|parish hall|municipal hall|town hall|albergue|gimnasio|estadio|cancha|parque|iglesia|auditorio|unidad deportiva|campamento|central camionera|terminal de autobuses|mercado)(?: (?:central|principal|municipal|main))? (?:in|at|of|de|en)`,
    String.raw`\b(?:ya )?(?:est[aá]n?|estaba|estaban|se encontraban?) en`,
    // "walked the 45 km (28 miles) from Choluteca to Pespire": the stretch's far end.
    String.raw`\b(?:km|kil[oó]metros|kilomet(?:er|re)s|miles|millas)\s+(?:\([^)]*\)\s+)?(?:from|de|desde)\s+\p{Lu}[^,;.]{0,40}?\s+(?:to|a|hasta)`,
    // "los 14 kilómetros entre Tucurú y Tamahú": both ends of a stretch.
    String.raw`\b(?:km|kil[oó]metros|kilomet(?:er|re)s|miles|millas)\s+(?:\([^)]*\)\s+)?(?:entre|between)(?:\s+\p{Lu}[^,;.]{0,40}?\s+(?:y|and))?`,
    // "la columna dejó Colotlán hacia Huejúcar", "left Cobán for Chisec": where it headed.
    String.raw`\b(?:left|leaves|${SET_OUT_FROM}|dej(?:[oó]|aron|an)|sali(?:[oó]|eron) de|salen de)\s+\p{Lu}[^,;.]{0,40}?\s+(?:for|toward|towards|hacia|rumbo a|con rumbo a)`,
    // "Hoy permanecen en Huejúcar", "remained in Raxruhá".
    String.raw`\b(?:permanec(?:e|en|[ií]a|[ií]an|i[oó]|ieron)|remain(?:s|ed)?|stay(?:s|ed)?|se qued(?:[oó]|aron|an))\s+(?:\p{L}+\s+){0,2}?(?:in|at|en)`,
    // "they had walked the 70 km (43 miles) to Jacó".
    String.raw`\b(?:walked|covered|trekked|hiked|recorrieron|caminaron)\s+(?:the\s+|los\s+)?(?:\S+\s+){0,2}?(?:km|kil[oó]metros|kilomet(?:er|re)s|miles|millas)\s+(?:\([^)]*\)\s+)?(?:to|a|hasta)`,
    // "On Tuesday it walked from Chisec to Raxruhá", "caminaron de Jalapa a Sanarate".
    String.raw`\b(?:walked|marched|trekked|moved on|went on|pushed on|caminaron|camin[oó]|avanzaron|avanz[oó])\s+(?:from|de|desde)\s+\p{Lu}[^,;.]{0,40}?\s+(?:to|a|hasta)`,
    // "los 270 kilómetros que separan La Hachadura de Tecún Umán": both ends of a stretch.
    String.raw`\b${SEPARATING}`,
    String.raw`\b${SEPARATING} \p{Lu}[^,;]{0,40} (?:de|from|and|y)`,
    String.raw`\b(?:durmi(?:[oó]|eron)|dormido|pernoct(?:[oó]|aron|ado)|descans(?:[oó]|aron|ado)|acamp(?:[oó]|aron|ado)|la pas(?:[oó]|aron)|pas(?:[oó]|aron|an) la noche|amaneci(?:[oó]|eron))(?: [^.;,]{1,40}?)? en`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^.*$/, (all) => String.raw`(?:${all})\s+$`),
  'iu',
);
const SEPARATES = new RegExp(String.raw`\b${SEPARATING}\s+$`, 'iu');
// "in Ciudad Pedro de Alvarado": a name that says it is a town, after a word of place.
const TOWN_NAME = /^(?:Ciudad|Villa|Puerto)\s+\p{Lu}/u;
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|near|into|en|a|de|desde|hacia|hasta|por)\s+$/iu;
// After a lowercase word or the sentence's first: "cruzó a pie de", "Caminan de", not "Comisión
// Mexicana de Ayuda a Refugiados".
// "los 50 km (31 millas) de": a figure's other unit in brackets.
const FROM_BEFORE =
  /(?:(?<![\p{L}])[\p{Ll}\d][\p{L}\d]*|\)|^\s*\p{Lu}\p{Ll}+)\s+(?:de|desde|from)\s+$/u;
// "in Lourdes, a fast-growing town in Colón", "en Raxruhá, un pueblo de", "En Ures, la antigua
// capital del estado": a name said to be a town.
const A_TOWN_AFTER =
  /^,\s+(?:an?|un|una|el|la)\s+(?:(?!(?:from|of|de|del|in|en)\s)[\p{L}-]+\s+){0,3}?(?:town|city|village|hamlet|municipality|port|pueblo|ciudad|poblado|municipio|localidad|comunidad|aldea|villa|puerto|capital|cabecera|seat)\b/u;
// "de Aculco, Estado de México, a Amealco": the start's state may stand between.
const TO_TOWN_AFTER = /^(?:,\s*\p{Lu}[^,;.]{1,30},)?\s+(?:a|al|hasta|to)\s+\p{Lu}/u;
// "they left Jacó for Quepos": the start of a day's stretch to a named town.
const LEFT_BEFORE = /\b(?:left|leaving|leaves)\s+$/iu;
const FOR_TOWN_AFTER = /^\s+(?:\p{Ll}+\s+){0,3}?(?:for|toward|towards)\s+\p{Lu}/u;
// "through the Agua Caliente crossing": the name before a word for a crossing.
const THROUGH_THE = /\bthrough the\s+$/iu;
// "at the Anguiatú border post": a border post by its name (not "at the El Chaparral
// crossing", where asylum seekers queue).
const AT_THE = /\bat the\s+$/iu;
const POST_AFTER = /^\s+(?:border\s+post|checkpoint)\b/iu;
const CROSSING_AFTER = /^\s+(?:border\s+)?(?:crossing|checkpoint|port|border post)\b/iu;
// "Luis B. Sánchez", "Praxedis G. Guerrero": a middle initial inside a town's name.
const NAME =
  /^\p{Lu}[\p{L}-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)*(?:\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|\p{Lu}[\p{L}-]*)){0,4}(?![\p{L}])(?![’'](?!s(?![\p{L}])))/u;
// Days and months: "reached Guadalajara Monday evening" names Guadalajara.
const DAY_WORDS = new Set([
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...'lunes martes miercoles jueves viernes sabado domingo'.split(' '),
  ...MONTH_NAMES.split('|'),
]);
// Capitalised words that follow "reached" and "arrived in" but name no place.
const NOT_PLACES = new Set([
  ...DAY_WORDS,
  ...[
    'mexican guatemalan honduran salvadoran american central nicaraguan venezuelan haitian cuban',
    'highway route carretera the this that its their his her',
    // "la garita de Migración", "la Plaza de Armas": an office and a square, not towns.
    'migracion armas aduanas',
  ]
    .join(' ')
    .split(' '),
]);

// "el atrio de la iglesia de Santo Tomás", "the parish of San Andrés": a church, not a town.
const SAINTS_VENUE = new RegExp(
  String.raw`\b(?:${CHURCH_WORDS})\s+(?:de\s+|del\s+|of\s+)?(?:San|Santo|Santa|Nuestra Señora|Our Lady|la Virgen|Sagrado)\b[^,;.]*$`,
  'u',
);

/** Names the words before them make places, where the gazetteer found nothing. */
export function findUnlistedPlaces(
  sentence: string,
  taken: readonly { start: number; end: number }[],
): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}.])\p{Lu}/gu)) {
    const before = sentence.slice(0, m.index);
    const full = NAME.exec(sentence.slice(m.index))?.[0];
    if (!full) continue;
    // A town's own name ("Ciudad Pedro de Alvarado") outranks a shorter town inside it.
    const town = TOWN_NAME.test(full) && LOCATIVE_BEFORE.test(before);
    // "que separan Teopisca de San Cristóbal": the first end stops at "de"; but in "que separan
    // Chiapa de Corzo de esta ciudad" the second end comes after the whole name.
    const whole = /^\s+de\s+\p{Ll}/u.test(sentence.slice(m.index + full.length));
    const first =
      !town && !whole && SEPARATES.test(before)
        ? (full.split(/\s+de\s+(?=\p{Lu})/u)[0] ?? full)
        : full;
    const name = beforeDayWord(town ? full : upToTaken(first, m.index, taken));
    const span = { start: m.index, end: m.index + name.length };
    const clash = (t: { start: number; end: number }) =>
      t.start < span.end && span.start < t.end && !(town && t.start > span.start);
    if ([...taken, ...found].some(clash)) continue;
    const after = sentence.slice(span.end);
    if (name.length < 3 || /^\.\p{L}/u.test(after)) continue;
    // "de La Mesilla a Ciudad Cuauhtémoc": the start of a stretch to a named town.
    const stretchStart =
      (FROM_BEFORE.test(before) && TO_TOWN_AFTER.test(after)) ||
      (LEFT_BEFORE.test(before) && FOR_TOWN_AFTER.test(after));
    const vouched =
      town ||
      stretchStart ||
      PLACE_ONLY_BEFORE.test(before) ||
      (LOCATIVE_BEFORE.test(before) && A_TOWN_AFTER.test(after)) ||
      (THROUGH_THE.test(before) && CROSSING_AFTER.test(after)) ||
      (AT_THE.test(before) && POST_AFTER.test(after)) ||
      (FRONTED_TO.test(before) && ARRIVED_AFTER.test(after));
    if (!vouched || !isPlaceName(name) || SAINTS_VENUE.test(before + name)) continue;
    found.push(unlisted(name, m.index));
  }
  return found;
}

/** "La Hachadura de Tecún Umán": a name runs up to a town already found, not over it. */
function upToTaken(
  name: string,
  start: number,
  taken: readonly { start: number; end: number }[],
): string {
  const inside = taken.find((t) => t.start > start && t.start < start + name.length);
  if (!inside) return name;
  return name.slice(0, inside.start - start).replace(/(?:\s+(?:de|del|la|las|los|el))*\s*$/u, '');
}

/** "reached Guadalajara Monday evening": a name ends before a day or a month. */
function beforeDayWord(name: string): string {
  const words = name.split(/\s+/u);
  const day = words.findIndex((w, i) => i > 0 && DAY_WORDS.has(foldName(w)));
  return day < 0 ? name : words.slice(0, day).join(' ');
}

function isPlaceName(name: string): boolean {
  const first = foldName(name.split(/\s+/)[0] ?? '');
  const initials = name.replace(/\s\p{Lu}\.(?=\s)/gu, ' ');
  return !NOT_PLACES.has(first) && !REGION_NAMES.has(name) && !/\./.test(initials);
}

function unlisted(name: string, start: number): PlaceMention {
  return {
    start,
    end: start + name.length,
    text: name,
    place: unlistedPlace(name),
    alternatives: [],
  };
}

/**
 * A place by the name a text gives it, for a person to find on a map. "Santiago Jamiltepec"
 * carries its short name, which the article may also use (see preferShortName).
 */
export function unlistedPlace(name: string): PlaceCandidate {
  const place = (n: string): PlaceCandidate => ({
    id: placeSlug(n),
    name: n,
    admin1: '',
    country: '',
    population: 0,
    known: false,
    unlisted: true,
  });
  // "Benque Viejo del Carmen": reports drop what follows "de" as they drop a saint.
  const short = SAINT_PREFIX.exec(name)?.[1] ?? /^(\p{L}.{3,}?)\s+(?:de|del)\s/u.exec(name)?.[1];
  // "San Lucas Sacatepéquez" is not short for the department it lies in.
  return short && !REGION_NAMES.has(short) ? { ...place(name), short: place(short) } : place(name);
}
