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
  return undefined;
}
