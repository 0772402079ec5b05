import type { Measures } from '../../core/schema.ts';
import { clauseAround } from './clauseAround.ts';
import { findNumbers } from './findNumbers.ts';
import { namesBorder } from './namesBorder.ts';

/** A stated duration, in days or hours, and what it measures. */
export interface DurationMatch {
  value: number;
  valueMax?: number;
  unit: 'days' | 'hours';
  measures: Measures;
  /** The words as stated when they were converted ("two weeks" → 14 days). */
  converted?: string;
  start: number;
  end: number;
}

const UNIT =
  /^\s*(?:more\s+|extra\s+|additional\s+)?-?\s*(days?|d[ií]as?|weeks?|semanas?|hours?|horas?|jornadas?)(?![\p{L}])/iu;
// "three days ago", "hace tres días", "two days later": a date, not a duration.
const OFFSET_AFTER = /^\s*(?:ago|later|earlier|before|after|antes|despu[eé]s|atr[aá]s)\b/iu;
const SINCE_SETTING_OUT =
  /^\s*(?:after|despu[eé]s de)\s+[^.;]{0,30}?(?:set out|left|started|salida|departure|leaving|salir|partir|salieron|partieron|sali[oó]|parti[oó])(?![\p{L}])/iu;
const OFFSET_BEFORE = /\b(?:hace|hac[ií]a|within)\s+$/iu;
const ONE_DAY = /^(?:one|un)\s+(?:day|d[ií]a)$/iu;
const LASTING = /\b(?:for|after|in|within|tras|durante|en|por)\s+$/iu;
// "in two weeks" is a point in time unless the sentence speaks of travel.
const IN_BEFORE = /\b(?:in|en)\s+$/iu;
const TRAVEL =
  /\b(?:walk\w*|travel\w*|trek\w*|hik\w*|march\w*|journey\w*|cover\w*|take|took|taking|reach\w*|arriv\w*|camina\w*|recorr\w*|viaj\w*|march[oóa]\w*|avanz\w*|lleg\w*|tard\w*|miles|km|kil[oó]metros|millas)\b/iu;

const RIDE = /\b(?:ride|bus|drive|trip|journey|viaje|trayecto|jornada)\b/iu;
const TO_BORDER =
  /\b(?:reach|get to|arrive at|arrive in|llegar a|alcanzar)\s+(?:the\s+|la\s+)?(?:\p{L}+\s+){0,2}?(?:border|frontera|US|U\.S\.|United States|Estados Unidos|EE\.\s?UU\.)/u;
const COVERED =
  /\b(?:for|after|tras|durante|llevan|lleva|have been|has been|han|ha|already|ya)\b[^.]{0,40}$/iu;
const TO_REACH = /\b(?:to reach|to get to|to arrive|para llegar|para alcanzar)\b/iu;
const TO_DESTINATION = /\b(?:to reach|to get to|para llegar a|hasta|to)\s+\p{Lu}/u;

/** The durations a sentence states: "another 25 days", "22 días", "36 hours". */
export function findDurations(sentence: string): DurationMatch[] {
  return [...numbered(sentence), ...aWeek(sentence)];
}

// "after a week on the road", "una semana más": one week of the journey, said with the article.
const A_WEEK =
  /(?<![\p{L}])(?:(?:another|otra)\s+(week|semana)|(?<=(?:walking|travell?ing|marching|caminando|viajando)\s+)(?:for|durante)\s+(?:a|one|una)\s+(week|semana)|(?:a|one|una)\s+(week|semana)\s+(?:more|m[aá]s|on the road|of walking|de camino|de caminata))(?![\p{L}])/giu;

function aWeek(sentence: string): DurationMatch[] {
  return [...sentence.matchAll(A_WEEK)].flatMap((m) => {
    const end = m.index + m[0].length;
    if (pointInTime(sentence, m.index, end)) return [];
    return [toMatch({ value: 1, start: m.index }, m[1] ?? m[2] ?? m[3] ?? '', sentence, end)];
  });
}

function numbered(sentence: string): DurationMatch[] {
  return findNumbers(sentence).flatMap((n) => {
    const unit = UNIT.exec(sentence.slice(n.end));
    if (!unit?.[1] || n.value <= 0) return [];
    const end = n.end + unit[0].length;
    if (pointInTime(sentence, n.start, end)) return [];
    // "closed the crossing for about five hours": hours count only for a stretch walked.
    const around = clauseAround(sentence, n.start);
    const clause = sentence.slice(around.start, around.end);
    if (/^(?:hour|hora)/iu.test(unit[1]) && !TRAVEL.test(clause) && !RIDE.test(clause)) {
      return [];
    }
    return [toMatch(n, unit[1], sentence, end)];
  });
}

/** "three days ago", "hace tres días", "in two weeks" (unless the sentence speaks of travel). */
function pointInTime(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "43 days after the caravan set out": the days on the road so far.
  if (OFFSET_AFTER.test(after) && !SINCE_SETTING_OUT.test(after)) return true;
  if (OFFSET_BEFORE.test(before)) return true;
  // "and one day we decided to walk": some day, not a day's length.
  if (ONE_DAY.test(sentence.slice(start, end)) && !LASTING.test(before)) return true;
  return IN_BEFORE.test(before) && !TRAVEL.test(sentence);
}

function toMatch(
  n: { value: number; valueMax?: number; start: number },
  word: string,
  sentence: string,
  end: number,
): DurationMatch {
  const weeks = /^(?:week|semana)/iu.test(word);
  const factor = weeks ? 7 : 1;
  const unit = /^(?:hour|hora)/iu.test(word) ? 'hours' : 'days';
  const match: DurationMatch = {
    value: n.value * factor,
    unit,
    measures: measuresOf(sentence.slice(0, n.start), sentence.slice(end), sentence),
    start: n.start,
    end,
  };
  if (n.valueMax !== undefined) match.valueMax = n.valueMax * factor;
  if (weeks) match.converted = sentence.slice(n.start, end);
  return match;
}

function measuresOf(before: string, after: string, sentence: string): DurationMatch['measures'] {
  const near = after.slice(0, 80);
  // "30 more days to reach it", where "it" is the border the sentence named.
  const reachBorder = TO_REACH.test(near) && namesBorder(sentence) && !TO_DESTINATION.test(near);
  if (TO_BORDER.test(near) || reachBorder) return 'to-border';
  if (TO_DESTINATION.test(near)) return 'to-destination';
  if (COVERED.test(before)) return 'covered';
  return 'other';
}
