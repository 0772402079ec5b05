import type { PlaceCandidate } from './buildGazetteer.ts';
import type { PlaceRole } from './placeRole.ts';
import type { RolePlace } from './readSentence.ts';

/**
 * A town a sentence leaves unnamed ("Llegaron anoche", filed from Juchitán), anchored on the
 * verb that tells of it so that it takes that verb's day.
 */
export function placeAtVerb(
  verb: string,
  start: number,
  place: PlaceCandidate,
  role: PlaceRole,
): RolePlace {
  return { start, end: start + verb.length, text: verb, place, alternatives: [], role };
}
