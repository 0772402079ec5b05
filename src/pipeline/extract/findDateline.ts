import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import { findPlaces } from './findPlaces.ts';
import type { Sentence } from './splitSentences.ts';

// A story's dateline comes within its first lines: after the headline, a deck, a byline.
const HEAD_SENTENCES = 8;

/** The town a story is filed from ("COATZACOALCOS, Mexico —", "Tenosique (México), 24 mar"). */
export function findDateline(
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): PlaceCandidate | undefined {
  for (const sentence of sentences.slice(0, HEAD_SENTENCES)) {
    const head = findPlaces(sentence.text, gazetteer).find((p) => p.dateline);
    if (head) return head.place;
  }
  return liveFrom(sentences, gazetteer);
}

// "(MARCUS OYELARAN, LIVE, GUADALAJARA):", "(SAÚL JIMÉNEZ, EN VIVO DESDE CÁRDENAS, TABASCO):".
const LIVE_FROM =
  /\b(?:LIVE|EN VIVO)(?:,\s*|\s+(?:FROM|DESDE)\s+)([\p{Lu}][\p{Lu}\s.'’-]*[\p{Lu}])/u;

/** A broadcast's reporter on the scene: where "here" and "aquí" are. */
function liveFrom(
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): PlaceCandidate | undefined {
  for (const sentence of sentences) {
    const name = LIVE_FROM.exec(sentence.text)?.[1];
    if (!name) continue;
    const town = name.toLowerCase().replace(/(?:^|\s)\p{L}/gu, (c) => c.toUpperCase());
    const found = findPlaces(`in ${town}.`, gazetteer)[0];
    if (found) return found.place;
  }
  return undefined;
}
