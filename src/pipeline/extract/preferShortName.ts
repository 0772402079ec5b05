import type { PlaceCandidate } from './buildGazetteer.ts';

/**
 * "Asunción Nochixtlán, Oax.- … en Nochixtlán": a town the article also names short is
 * proposed under the short name, as a reporter keys it; "Santiago Papasquiaro", never
 * shortened in its article, keeps the full one.
 */
export function preferShortName(
  place: PlaceCandidate,
  article: string | undefined,
): PlaceCandidate {
  const short = place.short;
  if (!short || !article) return place;
  const rest = article.replaceAll(place.name, '');
  const name = short.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const alone = [...rest.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))];
  return alone.some((m) => !surname(rest.slice(0, m.index))) ? short : place;
}

// "el párroco Irineo Iturbide": after a first name, a town's short name is a surname.
const FIRST_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+$/u;
const NOT_NAMES = new Set(
  'en a de desde hacia hasta por para y e la el los las in at to from into near toward and the of'.split(
    ' ',
  ),
);

function surname(before: string): boolean {
  const word = FIRST_NAME_BEFORE.exec(before)?.[1];
  return word !== undefined && !NOT_NAMES.has(word.toLowerCase());
}
