import type { Draft } from './baseDraft.ts';
import type { Gazetteer } from './buildGazetteer.ts';
import type { Reading } from './readSentence.ts';

/**
 * The caravans stop at the border. "In Tijuana, a march toward San Ysidro": the group stays in
 * Tijuana. "A march toward the San Ysidro crossing", naming no town: in the town across from
 * it. "Asylum seekers wait at San Ysidro": someone else.
 */
export function southOfBorder(r: Reading, draft: Draft, gazetteer: Gazetteer): Draft[] {
  if (draft.fact !== 'position') return [draft];
  const inUs = (id: string | undefined) =>
    r.places.find((p) => p.place.id === id)?.place.country === 'US';
  const { placeTo: _, ...stay } = draft;
  if (inUs(draft.placeTo) && !inUs(draft.place)) return [stay];
  if (!inUs(draft.place)) return [draft];
  const heading = draft.notes.some((n) => n.startsWith('heading to'));
  const twin = heading ? gazetteer.twins.get(draft.place ?? '') : undefined;
  return twin ? [{ ...stay, place: twin.id }] : [];
}
