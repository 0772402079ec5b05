import { isoDayToTime } from '../../core/isoDay.ts';
import { clauseAround } from './clauseAround.ts';
import { MONTH_NAMES } from './monthNames.ts';

const MONTHS = [
  ['jan', 'ene'],
  ['feb'],
  ['mar'],
  ['apr', 'abr'],
  ['may'],
  ['jun'],
  ['jul'],
  ['aug', 'ago'],
  ['sep', 'set'],
  ['oct'],
  ['nov'],
  ['dec', 'dic'],
] as const;

const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/g;
// "In January,", "since April", "en enero de este año": a month, by its own name (not "en
// Marcovia" or "en marcha"), with no day in front or after.
const MONTH_ONLY = new RegExp(
  String.raw`\b(?:in|since|last|en|desde|el pasado)\s+(${MONTH_NAMES}|setiembre|jan|feb|mar|apr|abr|jun|jul|aug|ago|sept|sep|set|oct|nov|dec|dic|ene)\b(?!\.?\s*\d)`,
  'giu',
);
const EARLIER_CARAVAN =
  /\b(?:(?:previous|earlier|past|last year's)\s+caravans?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+caravans?|caravanas?\s+(?:anteriores?|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))|otra caravana|the last (?:large |big )?caravan|la [uú]ltima caravana|last (?:spring|summer|fall|autumn|winter|year)|el a[ñn]o pasado|la primavera pasada|no es la primera (?:vez|caravana)|not the first (?:time|caravan))\b/giu;

// "two years ago", "hace dos años": an episode well before the story.
const YEARS_AGO =
  /\b(?:(?:a|one|two|three|four|five|several|\d+)\s+years?\s+ago|hace\s+(?:un|dos|tres|cuatro|cinco|varios|unos|\d+)\s+a[ñn]os?)\b/giu;

/** Part of a sentence, by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The background in a sentence: words about an earlier year, a month well before the
 * article's, or an earlier caravan. Such a cue in the first clause ("In October 2018, …") makes
 * the whole sentence history; later, only its own clause (", founded in 2011,").
 */
export function backgroundSpans(sentence: string, reference: string): Span[] {
  return cueSpans(sentence, backgroundCues(sentence, reference));
}

/** The clauses cues fall in; a cue in the first clause makes the whole sentence one span. */
const HEAD = 25;

export function cueSpans(sentence: string, cues: number[]): Span[] {
  // "In 2019, …", "It was here, in 2021, that …": a time set at the head covers the sentence.
  const firstEnd = Math.max(clauseAround(sentence, 0).end, HEAD);
  if (cues.some((c) => c < firstEnd)) return [{ start: 0, end: sentence.length }];
  return cues.map((c) => clauseAround(sentence, c));
}

function backgroundCues(sentence: string, reference: string): number[] {
  const year = Number(reference.slice(0, 4));
  const month = new Date(isoDayToTime(reference)).getUTCMonth();
  const years = [...sentence.matchAll(YEAR)].filter((m) => Number(m[0]) < year);
  const caravans = [...sentence.matchAll(EARLIER_CARAVAN)];
  const months = [...sentence.matchAll(MONTH_ONLY)].filter((m) => {
    const word = (m[1] ?? '').toLowerCase().slice(0, 3);
    const named = MONTHS.findIndex((names) => names.some((n) => n === word));
    // A month before this one, named without a day: an earlier episode, not this day's news;
    // "last October" in October is a year back.
    const last = /^(?:last|el pasado)\s/iu.test(m[0]);
    return (month - named + 12) % 12 >= 1 || (last && named === month);
  });
  const ago = [...sentence.matchAll(YEARS_AGO)];
  return [...years, ...caravans, ...months, ...ago].map((m) => m.index);
}
