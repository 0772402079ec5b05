import { CAPTION_NUMBER } from './captionNumber.ts';
import { findDates, type Language, printedDates } from './findDates.ts';
import type { FoundReference } from './findReference.ts';

// What may open a paragraph before its date: a caption's number ("4. ", "3/8 — "), then a
// dateline in capitals with its country or state ("EL CEIBO, Guatemala, "), or nothing; after
// a caption's number, a town in any case ("5. Perote, April 10, 2019 —").
const STATE = String.raw`(?:(?:\p{Lu}[\p{Ll}.]*(?:\s+|(?=,)))+,\s*)?`;
const TOWN = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?\p{Lu}[\p{L}.'’-]*){0,4},\s*`;
const BEFORE_DATE = new RegExp(
  String.raw`^(?:(?:${CAPTION_NUMBER})?(?:\p{Lu}[\p{Lu}\s.'’-]*,\s*${STATE})?|(?:${CAPTION_NUMBER})${TOWN}${STATE})$`,
  'u',
);
// Then a dash or colon, and the entry: "April 10, 2023 — A woman carries…", "Oct. 19: …".
const AFTER_DATE = /^\s*(?:[—–]|-{1,2}\s|:\s)/u;

/**
 * "April 10, 2023 — A woman carries her daughter… on Monday": a date that opens a caption or
 * a timeline entry is that paragraph's day, which its weekdays fall on or before.
 */
export function leadDay(
  sentence: string,
  reference: FoundReference,
  language: Language,
): FoundReference | undefined {
  const alone = dateAlone(sentence, reference, language);
  if (alone) return alone;
  const [date] = printedDates(sentence, reference, language);
  if (!date || date.dateEnd) return undefined;
  if (!BEFORE_DATE.test(sentence.slice(0, date.start))) return undefined;
  if (!AFTER_DATE.test(sentence.slice(date.end))) return undefined;
  return {
    date: date.date,
    label: `the date that opens the paragraph (${date.date})`,
    given: false,
  };
}

/** "Lunes 4.", "28 de octubre.": a timeline entry's day, a sentence of its own before the entry. */
function dateAlone(
  sentence: string,
  reference: FoundReference,
  language: Language,
): FoundReference | undefined {
  const [date, other] = findDates(sentence, reference, language, undefined, undefined);
  if (!date || other || date.dateEnd || !/\d/u.test(sentence)) return undefined;
  const rest = sentence.slice(0, date.start) + sentence.slice(date.end);
  // "Jueves 7": the weekday is the mention, its day of the month the rest.
  if (!/^\s*(?:\d{1,2}\s*)?[.:]?\s*$/u.test(rest)) return undefined;
  return {
    date: date.date,
    label: `the day that opens the paragraph (${date.date})`,
    given: false,
  };
}
