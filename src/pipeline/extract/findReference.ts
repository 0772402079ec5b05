import { findDates, type Language, printedDates, type Reference } from './findDates.ts';
import type { Sentence } from './splitSentences.ts';

/** The reference day, and whether it was given or inferred from the text. */
export interface FoundReference extends Reference {
  given: boolean;
}

/**
 * The day relative words are resolved against: the publication day when given. Otherwise the
 * article is published on or after every day it names, so: the latest day printed in the text
 * (when it prints a year to place it in), or a later day its plain weekdays name, each taken
 * nearest that printed day, unless that day is printed over the story, as its own date.
 * Failing all that, `today`, which the label says plainly.
 */
export function findReference(
  sentences: readonly Sentence[],
  language: Language,
  published: string | undefined,
  today: string,
  near?: string,
): FoundReference {
  if (published) return { date: published, label: `publication ${published}`, given: true };
  // Only the clock needs the story's time: "lunes 2 de diciembre" fits 2019 and 2024 alike.
  const clock: Reference = { date: today, label: '', ...(near ? { near } : {}) };
  const stamped = stampDay(sentences, language, clock);
  if (stamped) {
    const label = `the day stamped at the top of the text, ${stamped} (publication day not given)`;
    return { date: stamped, label, given: false };
  }
  // No year printed anywhere: the dates are the story's, so they take the year of its time.
  const printedYear = latestPrinted(sentences, language, clock);
  const storyYear = !printedYear && near ? yearless(sentences, language, near) : undefined;
  const latest = printedYear ?? storyYear;
  if (!latest) {
    const label = `today, ${today} (no publication day given or printed)`;
    return { date: today, label, given: false };
  }
  const year = storyYear ? ` (no year printed: the year of the log's time, ${near})` : '';
  const printed = { date: latest, label: `the latest date printed, ${latest}${year}` };
  // A date over the story ("Pan-American Wire | Saturday, Nov. 9, 2024") or in its dateline
  // ("Tapachula, Chis., 21 de octubre de 2018.-") is the article's own: its weekdays fall on or
  // before it, as under a publication day.
  const where = ownDateAt(sentences, language, clock, latest);
  if (where) {
    const label = `the date ${where}, ${latest}${year} (publication day not given)`;
    return { date: latest, label, given: false };
  }
  const named = latestWeekday(sentences, language, printed);
  if (!named || named <= latest) {
    const label = `${printed.label} (publication day not given)`;
    return { date: latest, label, given: false, printed };
  }
  const label = `the latest day the text names, ${named} (a weekday, taken nearest ${printed.label}; publication day not given)`;
  return { date: named, label, given: false, printed };
}

// "Transcripción de la emisión del miércoles 17 de octubre de 2018", "Published Nov. 9": the
// day a broadcast went out or a story was posted, stamped near its top.
const STAMP =
  /^(?:transcripci[oó]n|emisi[oó]n|broadcast|aired|published|publicado|posted|updated|actualizado)(?![\p{L}])/iu;
const STAMP_PARAGRAPHS = 4;

/** Where the text prints `day` as its own date: over the story, or in its dateline. */
function ownDateAt(
  sentences: readonly Sentence[],
  language: Language,
  probe: Reference,
  day: string,
): string | undefined {
  if (headDates(sentences, language, probe).includes(day)) return 'at the head of the text';
  return datelineDay(sentences, language, probe) === day ? 'in the dateline' : undefined;
}

// A date closing a dateline: "Ciudad de México, 16 de noviembre de 2018.-", "TAPACHULA,
// Mexico, Oct. 21 (Wire) —".
const DATELINE_END = /^\s*(?:\([^)]{1,40}\)\s*)?(?:\.?\s*[-—–]|:)/u;
const DATELINE_REACH = 60;

/** The day printed in the dateline that opens the story. */
function datelineDay(sentences: readonly Sentence[], language: Language, probe: Reference) {
  const opening = sentences.find((s) => !s.headline && !s.caption);
  if (!opening) return undefined;
  const dated = printedDates(opening.text, probe, language).find(
    (d) => d.end <= DATELINE_REACH && DATELINE_END.test(opening.text.slice(d.end)),
  );
  return dated?.date;
}

/** The days printed in the masthead, headline and deck. */
function headDates(sentences: readonly Sentence[], language: Language, probe: Reference): string[] {
  return sentences
    .filter((s) => s.headline)
    .flatMap((s) => printedDates(s.text, probe, language).map((d) => d.date));
}

// "Good evening. It is Thursday, November 8, and …": a broadcast saying what day it is.
const TODAY_IS =
  /(?<![\p{L}])(?:it is|it's|today is|hoy es|hoy,)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b/iu;

/** The day a stamp near the top says the text went out, with its year printed or fixed. */
function stampDay(sentences: readonly Sentence[], language: Language, probe: Reference) {
  const top = sentences.filter((s) => s.paragraph < STAMP_PARAGRAPHS);
  const stamp = top.find((s) => STAMP.test(s.text)) ?? top.find((s) => TODAY_IS.test(s.text));
  const [day] = stamp ? printedDates(stamp.text, probe, language) : [];
  return day && !day.words.includes('(year from') ? day.date : undefined;
}

/** The latest printed day of a text that prints no year, placed in the year nearest `near`. */
function yearless(sentences: readonly Sentence[], language: Language, near: string) {
  return latestDay(sentences, language, { date: near, label: '' });
}

/** The latest printed day; years left out are filled from the latest year the text prints. */
function latestPrinted(sentences: readonly Sentence[], language: Language, probe: Reference) {
  const withYear = sentences.flatMap((s) =>
    printedDates(s.text, probe, language).filter((d) => !d.words.includes('(year from')),
  );
  const anchor = maxDay(withYear.map((d) => d.date));
  if (!anchor) return undefined; // "13 de octubre" with no year printed anywhere: which year?
  return latestDay(sentences, language, { date: anchor, label: '' });
}

/** The latest day printed in the text, years left out filled from `reference`. */
function latestDay(sentences: readonly Sentence[], language: Language, reference: Reference) {
  return maxDay(
    sentences.flatMap((s) => printedDates(s.text, reference, language).map((d) => d.date)),
  );
}

/** The latest day a plain weekday names; "next Thursday" is a plan, not a day reported. */
function latestWeekday(
  sentences: readonly Sentence[],
  language: Language,
  printed: { date: string; label: string },
) {
  const reference: Reference = { ...printed, printed };
  const days = sentences.flatMap((s) =>
    findDates(s.text, reference, language)
      .filter((d) => d.basis === 'weekday' && !d.ahead)
      .map((d) => d.date),
  );
  return maxDay(days);
}

function maxDay(days: string[]): string | undefined {
  return days.reduce<string | undefined>(
    (max, d) => (max === undefined || d > max ? d : max),
    undefined,
  );
}
