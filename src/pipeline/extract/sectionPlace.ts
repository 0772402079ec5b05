import { foldName } from '../admin1Codes.ts';
import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import { CAPTION_NUMBER } from './captionNumber.ts';
import { findPlaces } from './findPlaces.ts';
import { unlistedPlace } from './findUnlistedPlaces.ts';
import { MONTH_NAMES } from './monthNames.ts';
import { preferShortName } from './preferShortName.ts';
import { REGION_NAMES } from './regionNames.ts';
import { titleCase } from './titleCase.ts';

// "3/8 — San Pedro Carchá, 4 October 2022", "4. RINCÓN DE ROMOS, 17 October 2021 —": a
// caption's counter, then its place and a comma.
const HEAD_PLACE = new RegExp(
  String.raw`^\s*(?:${CAPTION_NUMBER})?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+){0,2}(?:\p{Lu}\.(?=\s)|\p{Lu}[\p{L}'’-]*)){0,4})(?:\s*\([^)]{2,20}\))?\s*,`,
  'u',
);
// First words of a heading that name no town: days, months, roads, "On the CA-2", "Updated",
// a show's "The Crossing Hour".
const NO_TOWN = new Set([
  ...'the by por on en near cerca along highway carretera route ruta road camino autopista updated actualizado today hoy monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
  ...MONTH_NAMES.split('|'),
]);

// "DANA WHITCOMB, HOST:", "LUCÍA BARRAGÁN, CONDUCTORA:": a speaker in a transcript.
const SPEAKER_ROLE =
  /^\s*(?:host|anchor|co-?host|correspondent|reporter|presenter|conductor[a]?|presentador[a]?|corresponsal|reporter[oa]|locutor[a]?|enviad[oa])\b/iu;
// "Diario del Altiplano, jueves 16 de noviembre": a masthead's outlet, not a town.
const OUTLET =
  /(?<![\p{L}])(?:Diario|Peri[oó]dico|Heraldo|Prensa|Noticias|Noticiero|News|Times|Post|Radio|Televisi[oó]n|Agencia|Press|Semanario|Gaceta|Cr[oó]nica|Tribuna|Journal|Herald|Gazette|Tribune|Informador|Jornada|Milenio|Ledger|Chronicle|Courier|Observer|Dispatch|Monitor|Bulletin|Sentinel|Globe|Register|Wire|Desk)(?![\p{L}])/iu;

/**
 * The town a day heading names before its date: in photo captions, where "here" and "this
 * farming town" are. A name no gazetteer lists is still a place there, for a person to find,
 * if the heading is a caption's, in capitals, of several words, or known to be a `dateline`.
 * A town the `article` also names short ("Autlán de Navarro", "Autlán") takes the short name.
 */
export function sectionPlace(
  heading: string,
  gazetteer: Gazetteer,
  dateline = false,
  article?: string,
): PlaceCandidate | undefined {
  const head = HEAD_PLACE.exec(heading);
  const name = head?.[1];
  const first = foldName(name?.split(/\s+/)[0] ?? '').replace(/\.$/u, '');
  if (!head || !name || NO_TOWN.has(first) || OUTLET.test(name)) return undefined;
  if (SPEAKER_ROLE.test(heading.slice(head.index + head[0].length))) return undefined;
  // Read without its counter, the heading is a dateline: "San Luis Potosí, 23 November" is the city.
  const line = heading.slice(heading.indexOf(name, head.index));
  const found = findPlaces(line.trimStart(), gazetteer, { article }).find((p) => p.dateline)?.place;
  // A name no gazetteer lists is trusted in a dateline, a caption or capitals, not as one
  // word heading a transcript: "Transcripción, martes 17 de mayo".
  const trusted =
    dateline || /^\s*\d/u.test(head[0]) || name === name.toUpperCase() || /\s/u.test(name);
  if (found || REGION_NAMES.has(name) || !trusted) return found;
  // "VANEGAS, San Luis Potosí —": the town as a map labels it.
  const capitals = name === name.toUpperCase();
  return preferShortName(unlistedPlace(capitals ? titleCase(name) : name), article);
}
