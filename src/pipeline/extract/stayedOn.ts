import { type Draft, onDay } from './baseDraft.ts';
import type { Reading } from './readSentence.ts';

// "reached Somoto, and it spent Thursday resting", "llegó a Somoto y el jueves descansó": a
// stay on the next day, told after the arrival with no town of its own.
const STAYED_ON_BEFORE =
  /(?:,\s*|\s)(?:and|y)\s+(?:(?:it|they|the group|the caravan|el grupo|la caravana)\s+)?(?:spent|stayed|rested|remained|pas[oó]|pasaron|descans[oó]|descansaron|permaneci[oó]|permanecieron)\s+(?:(?:the|all|all of|el|todo el)\s+)?$/iu;
const STAYED_ON_AFTER =
  /^\s*(?:,\s*)?(?:the\s+)?(?:descans[oó]|descansaron|permaneci[oó]|permanecieron|rested|stayed)(?![\p{L}])/iu;
const AND_THE = /(?:,\s*|\s)(?:and|y)\s+(?:el\s+|on\s+)?$/iu;

/** The arrival's town again on the day the group stayed on, said later in the sentence. */
export function withStayedOn(r: Reading, draft: Draft): Draft[] {
  if (draft.placeTo || draft.fact !== 'position') return [draft];
  const text = r.sentence.text;
  const later = r.dates.find((d) => {
    if (d.start < draft.anchor.end || d.date === draft.date || d.ahead) return false;
    const between = text.slice(draft.anchor.end, d.start);
    // "and spent Tuesday night in Chiquimula": a stay the clause puts in a town of its own.
    const clauseEnd = d.end + (text.slice(d.end).search(/[,.;]/u) + 1 || text.length);
    if (r.places.some((p) => p.start >= draft.anchor.end && p.start < clauseEnd)) return false;
    const stayed =
      STAYED_ON_BEFORE.test(between) ||
      (AND_THE.test(between) && STAYED_ON_AFTER.test(text.slice(d.end)));
    return stayed && !/[.;]/u.test(between);
  });
  return later ? [draft, onDay(draft, later)] : [draft];
}
