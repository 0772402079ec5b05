import { cueSpans, type Span } from './backgroundSpans.ts';

// "Late October:", "a mediados de noviembre", "over the weekend", "since then": times with no
// day. A town told of in such a clause was passed some day the text does not say.
const UNDATED =
  /\b(?:(?:late|early|mid-?|in late|in early|in mid-?|a (?:mediados|principios|finales|fines) de)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\p{L}*(?!\.?\s*\d)|(?:over|during|last|this past) weekend|(?:el|este|durante el) fin de semana|since then|desde entonces|the following days|los d[ií]as siguientes)(?![\p{L}])/giu;

/** The clauses of a sentence that speak of a time with no day. */
export function undatedSpans(sentence: string): Span[] {
  return cueSpans(
    sentence,
    [...sentence.matchAll(UNDATED)].map((m) => m.index),
  );
}
