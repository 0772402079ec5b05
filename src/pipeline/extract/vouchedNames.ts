import { findUnlistedPlaces } from './findUnlistedPlaces.ts';
import { splitSentences } from './splitSentences.ts';

// An article is read sentence by sentence; its vouched names are found once.
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The names an article's own words make places somewhere ("walked … from Santa Tecla to
 * Lourdes"): a town GeoNames lacks is the same town where the article names it again.
 */
export function vouchedNames(article: string): ReadonlySet<string> {
  const cached = cache.get(article);
  if (cached) return cached;
  const names = new Set(
    splitSentences(article).flatMap((s) => findUnlistedPlaces(s.text, []).map((p) => p.text)),
  );
  if (cache.size > 50) cache.clear();
  cache.set(article, names);
  return names;
}
