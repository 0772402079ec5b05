import { type Draft, onDay } from './baseDraft.ts';
import type { DateMention } from './findDates.ts';
import type { Reading } from './readSentence.ts';

// "Sunday and Monday", "el sábado y el domingo": two days told as one; not "on Monday and on
// Tuesday walked", two days of two things.
const AND = /^\s*(?:and|y|e)\s+(?:el\s+)?$/iu;
// The pair opens the sentence or follows a stay: "El lunes y el martes pernoctó", "spent …".
const OPENS = /^\W*(?:on\s+|el\s+)?$/iu;
// "rested there Sunday and Monday", "descansaron en Huixtla el sábado y el domingo".
const STAY =
  /\b(?:spent|rested|stayed|remained|pasaron|pas[oó]|descansaron|descans[oó]|permanecieron|permaneci[oó])(?:\s+(?:there|here|in|at|allí|ahí|aquí|en)(?:\s+\p{L}[\p{L}.]*){0,3})?\s+(?:the\s+|on\s+|el\s+)?$/iu;

/** The other day of a pair joined by "and" that dates a stay, when `day` is one of them. */
export function pairedDay(
  text: string,
  dates: readonly DateMention[],
  day: string,
): DateMention | undefined {
  for (const [i, first] of dates.entries()) {
    const second = dates[i + 1];
    if (!second || !AND.test(text.slice(first.end, second.start))) continue;
    const before = text.slice(0, first.start);
    if (!OPENS.test(before) && !STAY.test(before)) continue;
    if (first.date === day && second.date !== day) return second;
    if (second.date === day && first.date !== day) return first;
  }
  return undefined;
}

/** "They spent Sunday and Monday there": a stay on each of two days told as one. */
export function withPairedDay(r: Reading, draft: Draft): Draft[] {
  const other = draft.placeTo ? undefined : pairedDay(r.sentence.text, r.dates, draft.date);
  if (!other) return [draft];
  return [draft, onDay(draft, other)];
}
