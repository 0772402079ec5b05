import type { Draft } from './baseDraft.ts';
import type { Reading, RolePlace } from './readSentence.ts';
import { shiftDay } from './shiftDay.ts';

// "spent Wednesday resting here, a day after trudging 40 km from Niltepec to Juchitán".
const DAYS_AFTER = /\b(a|one|two|un|dos)\s+d(?:ays?|[ií]as?)\s+(?:after|despu[eé]s\s+de)\s/iu;

/** A place told after "a day after", dated by a day before it: the day before that one. */
export function dayBefore(r: Reading, draft: Draft, place: RolePlace): Draft {
  const cue = DAYS_AFTER.exec(r.sentence.text);
  if (!cue || place.start < cue.index || draft.anchor.start >= cue.index) return draft;
  if (draft.dateBasis === 'published' || draft.dateBasis === 'inferred') return draft;
  const days = /^(?:two|dos)$/iu.test(cue[1] ?? '') ? 2 : 1;
  const { dateEnd: _, ...rest } = draft;
  return {
    ...rest,
    date: shiftDay(draft.date, -days),
    dateWords: `${cue[0].trim()} ${draft.dateWords}`,
  };
}
