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
  return new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(rest) ? short : place;
}
