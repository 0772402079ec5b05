import { CAPTION_NUMBER } from './captionNumber.ts';
import { type Language, printedDates } from './findDates.ts';
import type { FoundReference } from './findReference.ts';

// What may stand beside the date in a heading: punctuation, a clock time, "Updated", and the
// place of a photo caption, with its state ("3/7 — Guaymas, 12 November.", "1 of 6 — Lázaro
// Cárdenas, Michoacán, 3 March"). Case-sensitive: the place is capitalised.
const HEADING_REST = new RegExp(
  String.raw`^[\s\p{P}]*(?:${CAPTION_NUMBER})?[\s\p{P}\d]*(?:\p{Lu}[\p{L}.-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+){0,2}[\p{Lu}\d][\p{L}\d.-]*){0,3},[\s\p{P}\d]*){0,2}(?:(?:[aA]\.[mM]\.|[pP]\.[mM]\.|[hH](?:rs?|RS?|oras|ORAS)|[uU](?:pdated|PDATED)|[aA](?:ctualizado|CTUALIZADO))[\s\p{P}\d]*)*$`,
  'u',
);

// "Updated: Sunday, Oct. 16, 2022, 6:40 p.m. CT" is about as long as a day heading gets.
const MAX_HEADING = 60;

/**
 * A line that is only a date ("TUESDAY, OCT. 18" over a live blog's entries, "2/7 — Guaymas,
 * 12 November." over a caption) starts a section: the entries under it are of that day, and
 * their "yesterday" is the day before it.
 */
export function headingDay(
  line: string,
  reference: FoundReference,
  language: Language,
): FoundReference | undefined {
  if (line.length > MAX_HEADING) return undefined; // spares a second date parse of every sentence
  const [date, other] = printedDates(line, reference, language);
  if (!date || other || date.dateEnd) return undefined;
  if (!HEADING_REST.test(line.slice(0, date.start) + line.slice(date.end))) return undefined;
  return {
    date: date.date,
    label: `the heading "${line.trim()}" (${date.date})`,
    given: false,
  };
}
