import { findUnlistedPlaces } from './findUnlistedPlaces.ts';
import { splitSentences } from './splitSentences.ts';

// An article is read sentence by sentence; its vouched names are found once (as longNameIn).
let cached: { article: string; names: ReadonlySet<string> } | undefined;

/**
 * The names an article's own words make places somewhere ("walked … from Santa Tecla to
 * Lourdes"): a town GeoNames lacks is the same town where the article names it again.
 */
export function vouchedNames(article: string): ReadonlySet<string> {
  if (cached?.article !== article) {
    const found = splitSentences(article).flatMap((s) => findUnlistedPlaces(s.text, []));
    cached = { article, names: new Set(found.map((p) => p.text)) };
  }
  return cached.names;
}
