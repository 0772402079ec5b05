/** What a place is to the group in a sentence: where it was, where it left, where it heads. */
export type PlaceRole = 'at' | 'from' | 'to' | 'across' | 'origin';

const ARRIVED =
  /\b(?:arrived?|arrives|arriving|arrival|reached|enter|enters|entering|entered|llegaron|lleg[oó]|llega|llegan|llegada|arribaron|arrib[oó]|entraron|entr[oó]|entra|entran)\s+(?:\p{L}+\s+)?(?:to|in|at|into|a|en|al)?\s*(?:the\s+|la\s+)?$/iu;
const FROM =
  /\b(?:(?:left|departed|set out|sali\p{L}*|parti\p{L}*)\s+(?:\S+\s+){1,6}?(?:from|de|desde)|(?:cruz[oó]|cruzaron|camin[oó]|caminaron|avanz[oó]|avanzaron)\s+(?:a pie\s+)?(?:de|desde)|from|since|from (?:the\s+)?(?:\p{L}+\s+){0,2}(?:city|town|port|village) of|de la ciudad de|desde la ciudad de|leave|leaves|leaving|left|departed|departs|departing|depart|out of|route|desde|sali[oó] de|salieron de|salir de|salen de|parti[oó] de|partieron de|dejaron|dej[oó]|dejan?|dejar|abandonaron|abandon[oó])\s+(?:the\s+|la\s+)?$/iu;
const TO =
  /\b(?:to|toward|towards|for|reach|reaching|hacia|rumbo a|rumbo al|hasta|para|a|al|destino a|direcci[oó]n a)\s+(?:the\s+|la\s+)?$/iu;

// "llegaron la tarde de este viernes 2 de abril a Acayucan": an arrival, whatever comes between.
const ARRIVED_FAR =
  /\b(?:arrived|reached|llegaron|lleg[oó]|llegan|arribaron|arrib[oó])(?![\p{L}])[^,;.]{0,50}?\s(?:to|in|at|a|en|al)\s+(?:the\s+|la\s+)?$/iu;

// "across the Rio Grande from Brownsville", "frente a El Paso": a landmark, not a stop.
const ACROSS = /\b(?:across (?:the (?:\p{L}+\s+){0,2})?from|opposite|frente a|enfrente de)\s+$/iu;

// "adonde llegaron anoche procedentes de Sayula", "arrived from Niltepec": where they came from,
// told of in passing, not a stop of that day; "took buses back to Acapulco": a return.
const ORIGIN =
  /\b(?:back to|de (?:regreso|vuelta) a|procedentes? de|provenientes? de|llegad[oa]s de|ven[ií]an? de|que vienen? de|arrived from|arriving from|coming from|came from|born in|naci[oó] en|nacid[oa] en|famil(?:ies|ias)(?:\s+\p{L}+)?\s+(?:from|de))\s+(?:the\s+|la\s+)?$/iu;

// "Many in the camp are from Olancho, Yoro and the outskirts of Tegucigalpa": homes, listed.
const HOMES =
  /\b(?:[Aa]re|[Ii]s|[Ww]ere|[Ww]as|[Cc]omes?|[Hh]ails?|[Ss]on|[Ee]s|[Ee]ran|[Vv]ienen?|[Oo]riginari[oa]s?)\s+(?:originally\s+|mostly\s+|mainly\s+|principalmente\s+)?(?:from|de)\s+(?:(?:\p{Lu}[\p{L}.-]*|and|y|or|o|the|outskirts|of|de|del|la|el|los|alrededores),?\s+)*$/u;

// "los 18 kilómetros entre Metapa y Tapachula": a stretch from the first to the second.
const DISTANCE_BETWEEN = String.raw`(?:kil[oó]metros|km|miles|millas)\s+(?:\([^)]*\)\s+)?(?:entre|between)\s+`;
const BETWEEN_FIRST = new RegExp(`${DISTANCE_BETWEEN}$`, 'iu');
const BETWEEN_SECOND = new RegExp(
  String.raw`${DISTANCE_BETWEEN}\p{Lu}[^,;.]{0,40}\s+(?:y|and)\s+$`,
  'iu',
);

// "A Tucurú había llegado el sábado", "A ese municipio llegaron esa misma noche": an arrival
// told place first.
export const FRONTED_TO = /^\s*(?:A|Hasta)\s+$/u;
export const ARRIVED_AFTER = /^\s+(?:(?:ya|hab[ií]an?|han?)\s+)?(?:lleg|arrib)\p{L}*/iu;

/**
 * The role of a place from the words just before it ("left Tapachula", "rumbo a Huixtla"), and
 * after it where the sentence opens on it.
 */
export function placeRole(before: string, after = ''): PlaceRole {
  if (FRONTED_TO.test(before) && ARRIVED_AFTER.test(after)) return 'at';
  const near = before.slice(-40);
  if (ACROSS.test(near)) return 'across';
  if (ORIGIN.test(near) || HOMES.test(before.slice(-100))) return 'origin';
  if (ARRIVED.test(near) || ARRIVED_FAR.test(before.slice(-80))) return 'at';
  if (FROM.test(before.slice(-70)) || BETWEEN_FIRST.test(near)) return 'from';
  if (TO.test(near) || BETWEEN_SECOND.test(before.slice(-80))) return 'to';
  return 'at';
}
