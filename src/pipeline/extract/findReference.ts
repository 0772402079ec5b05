import { type Language, printedDates, type Reference } from './findDates.ts';
import type { Sentence } from './splitSentences.ts';

/** The reference day, and whether it was given or inferred from the text. */
export interface FoundReference extends Reference {
  given: boolean;
}

/**
 * The day relative words are resolved against: the publication day when given; otherwise the
 * latest day printed in the text (an article is published on or after every day it prints),
 * when the text prints a year to place it in; otherwise `today`, which the label says plainly.
 */
export function findReference(
  sentences: readonly Sentence[],
  language: Language,
  published: string | undefined,
  today: string,
): FoundReference {
  if (published) return { date: published, label: `publication ${published}`, given: true };
  const latest = latestPrinted(sentences, language, today);
  if (latest) {
    return {
      date: latest,
      label: `the latest date printed, ${latest} (publication day not given)`,
      given: false,
    };
  }
  return {
    date: today,
    label: `today, ${today} (no publication day given or printed)`,
    given: false,
  };
}

/** The latest printed day; years left out are filled from the latest year the text prints. */
function latestPrinted(sentences: readonly Sentence[], language: Language, today: string) {
  const probe: Reference = { date: today, label: '' };
  const withYear = sentences.flatMap((s) =>
    printedDates(s.text, probe, language).filter((d) => !d.words.includes('(year from')),
  );
  const anchor = maxDay(withYear.map((d) => d.date));
  if (!anchor) return undefined; // "13 de octubre" with no year printed anywhere: which year?
  const reference: Reference = { date: anchor, label: '' };
  return maxDay(
    sentences.flatMap((s) => printedDates(s.text, reference, language).map((d) => d.date)),
  );
}

function maxDay(days: string[]): string | undefined {
  return days.reduce<string | undefined>(
    (max, d) => (max === undefined || d > max ? d : max),
    undefined,
  );
}
