import { foldName } from '../admin1Codes.ts';
import { HERO_SUFFIX } from './buildGazetteer.ts';
import { CHURCH_WORDS } from './churchWords.ts';
import { hometownBefore } from './hometownBefore.ts';
import { REGION_NAMES } from './regionNames.ts';
import { VENUE_OF } from './venueOf.ts';

// "San Isidro de El General", "Huajuapan de León": capitalised words, "de", and one more name,
// on one line (a headline's last name does not run into the dateline under it).
const LONG_NAME =
  /(?<![\p{L}])(\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+){0,2})[^\S\n]+(del?[^\S\n]+(?:(?:la|las|los|el|La|Las|Los|El)[^\S\n]+)?\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+){0,2})(?![\p{L}])/gu;
const REGION_WORDS = new Set([...REGION_NAMES.keys()].map(foldName));
// "the parish of San Martín de Porres": a saint's name, not a town's.
const CHURCH_BEFORE = new RegExp(String.raw`\b(?:${CHURCH_WORDS})\s+(?:de|del|of)\s+$`, 'iu');
const CIUDAD_NAME = /(?<![\p{L}])Ciudad\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?![\p{L}])/gu;

let cached: { article: string; names: Map<string, string> } | undefined;

/**
 * "About 420 people left San Isidro de El General … They left San Isidro on Monday": the
 * name an article gives a town in full, which it then shortens and a reporter keys. A hero
 * ("Oaxaca de Juárez"), a state or a country after "de" is no part of the name.
 */
export function longNameIn(article: string | undefined, short: string): string | undefined {
  if (!article) return undefined;
  if (cached?.article !== article) cached = { article, names: longNames(article) };
  return cached.names.get(foldName(short));
}

/** Every full name in the article, by each run of its leading words ("San Isidro", "Isidro"). */
function longNames(article: string): Map<string, string> {
  const names = new Map<string, string>();
  LONG_NAME.lastIndex = 0;
  for (let m = LONG_NAME.exec(article); m; m = LONG_NAME.exec(article)) {
    const [, lead = '', tail = ''] = m;
    // "Teopisca de San Cristóbal de las Casas": the next name may start within this one's tail.
    LONG_NAME.lastIndex = m.index + lead.length + 1;
    const last = tail.split(/\s+/u).at(-1) ?? '';
    if (REGION_WORDS.has(foldName(last))) continue;
    // "said Yusmary Contreras, 31, from Santa Cruz de Mora": a hometown, not the road's town.
    if (hometownBefore(article, m.index)) continue;
    // "En la calle San Felipe de Jesús": a street's name, not San Felipe's in full.
    const before = article.slice(Math.max(0, m.index - 30), m.index);
    if (CHURCH_BEFORE.test(before) || VENUE_OF.test(before)) continue;
    const words = lead.split(/\s+/u);
    words.forEach((_, i) => {
      const short = words.slice(i).join(' ');
      const full = `${short} ${tail}`;
      if (!HERO_SUFFIX.test(full) && !names.has(foldName(short))) names.set(foldName(short), full);
    });
  }
  // "from Tamazunchale to Ciudad Valles … resting in Valles": a town's "Ciudad" dropped.
  for (const [full, short = ''] of article.matchAll(CIUDAD_NAME)) {
    const key = foldName(short);
    if (!REGION_WORDS.has(key) && !names.has(key)) names.set(key, full);
  }
  return names;
}
