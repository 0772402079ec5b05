import { cueSpans, type Span } from './backgroundSpans.ts';
import { clauseAround } from './clauseAround.ts';

// "Late October:", "a mediados de noviembre", "over the weekend", "over the past year": times
// with no day. A town told of in such a clause was passed some day the text does not say.
const UNDATED =
  /\b(?:(?:late|early|mid-?|in late|in early|in mid-?|a (?:mediados|principios|finales|fines) de)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\p{L}*(?!\.?\s*\d)|(?:over|during|last|this past) weekend|(?:el|este|durante el) fin de semana|the following days|los d[ií]as siguientes|(?:over|in|during) the (?:past|last) (?:few\s+)?(?:year|months|weeks)|(?:en|durante) (?:el|los) (?:[uú]ltimos?|pasados?) (?:año|meses|semanas))(?![\p{L}])/giu;
// "llegó el lunes a la Ciudad de México y desde entonces ocupa el estadio": the days after a
// dated event; only the words from the cue on are undated.
const SINCE_THEN = /\b(?:since then|desde entonces)(?![\p{L}])/giu;

/** The clauses of a sentence that speak of a time with no day. */
export function undatedSpans(sentence: string): Span[] {
  const since = [...sentence.matchAll(SINCE_THEN)].map((m) => m.index);
  // "Since then: …" at the head covers the sentence.
  const [opening, after] = [since.filter((i) => i === 0), since.filter((i) => i > 0)];
  const cues = [...[...sentence.matchAll(UNDATED)].map((m) => m.index), ...opening];
  const spans = cueSpans(sentence, cues);
  return [...spans, ...after.map((i) => ({ start: i, end: clauseAround(sentence, i).end }))];
}
