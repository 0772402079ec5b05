import type { PlaceCandidate } from './buildGazetteer.ts';

/** Of towns of one name, the log's own, else the largest: what "the capital" or a twin is. */
export function knownOrLargest(candidates: readonly PlaceCandidate[]): PlaceCandidate | undefined {
  const largest = [...candidates].sort((a, b) => b.population - a.population)[0];
  return candidates.find((p) => p.known) ?? largest;
}
