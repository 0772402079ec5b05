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
  /^\s*(?:after|despu[eé]s de)\s+[^.;]{0,30}?(?:set out|set off|setting out|setting off|left|started|starting|walked out|stepping off|getting off|salida|departure|leaving|departing|salir|partir|salieron|partieron|sali[oó]|parti[oó]|salido|partido)(?![\p{L}])/iu;
// "En cuatro días de camino": the days on the road.
const ON_THE_ROAD_AFTER =
  /^\s*(?:de camino|de caminata|de marcha|on the road|of walking)(?![\p{L}])/iu;
// "the youngest is eleven days old", "un bebé de 20 días de nacido": an age.
const AGE_AFTER = /^\s*-?\s*(?:old|of age|de nacid[oa]|de edad)(?![\p{L}])/iu;
// "a baby of five weeks", "un bebé de tres semanas": a child's age, said before the figure.
const AGE_BEFORE = /\b(?:baby|infant|newborn|beb[eé]|reci[eé]n nacid[oa])\s+(?:of|de)\s+$/iu;
const OFFSET_BEFORE = /\b(?:hace|hac[ií]a|within)\s+$/iu;
const ON_THE_ROAD_SINCE = /^\s+(?:recorre|recorren|camina|caminan|avanza|avanzan|viaja|viajan)\b/iu;
// "salió de San Pedro Sula hace ya 29 días": the days since the start, not a date.
const LEFT_AGO =
  /(?<![\p{L}])(?:sali[oó]|salieron|parti[oó]|partieron|dej[oó]|dejaron)(?![\p{L}])[^.;]{0,60}?(?<!desde\s)hace\s+(?:ya\s+|m[aá]s\s+de\s+|casi\s+|unos\s+|unas\s+)?$/iu;
// "the caravan that left Honduras almost four weeks ago", "left San Pedro Sula, Honduras, four
// weeks ago": the days since the start.
const LEFT_BEFORE_AGO =
  /(?<![\p{L}])(?:left|set out|set off|departed)(?![\p{L}])[^.;,]{0,50}?(?:,[^.;,]{1,30},[^.;,]{0,20}?)?(?:more than|almost|nearly|about|some|over|roughly)?\s*$/iu;
function leftAgo(before: string, after: string): boolean {
  return /^\s*ago\b/iu.test(after) && LEFT_BEFORE_AGO.test(before);
}

const ONE_DAY = /^(?:one|un)\s+(?:day|d[ií]a)$/iu;
const LASTING = /\b(?:for|after|in|within|tras|durante|en|por)\s+$/iu;
const IN_HOURS =
  /^[\s,]*(?:in|en)\s+(?:about|some|just over|poco m[aá]s de|unas|alrededor de)?\s*$/iu;
// "in two weeks" is a point in time unless the sentence speaks of travel.
const IN_BEFORE = /\b(?:in|en)\s+$/iu;
const TRAVEL =
  /\b(?:on the road|on foot|a pie|de camino|walk\w*|travel\w*|trek\w*|hik\w*|march\w*|journey\w*|cover\w*|take|took|taking|reach\w*|arriv\w*|camina\w*|recorr\w*|viaj\w*|march[oóa]\w*|avanz\w*|lleg\w*|tard\w*|miles|km|kil[oó]metros|millas)\b/iu;

const RIDE = /\b(?:ride|bus|drive|trip|journey|viaje|trayecto|jornada)\b/iu;
const TO_BORDER =
  /\b(?:reach|get to|arrive at|arrive in|llegar a|alcanzar)\s+(?:the\s+|la\s+)?(?:\p{L}+\s+){0,2}?(?:border|frontera|US|U\.S\.|United States|Estados Unidos|EE\.\s?UU\.)/u;
const COVERED =
  /\b(?:for|after|tras|durante|llev\p{L}*|have been|has been|han|ha|already|ya)\b[^.]{0,40}$/iu;
const TO_REACH = /\b(?:to reach|to get to|to arrive|para llegar|para alcanzar)\b/iu;
const TO_DESTINATION = /\b(?:to reach|to get to|para llegar a|hasta|to)\s+\p{Lu}/u;

/** The durations a sentence states: "another 25 days", "22 días", "36 hours", "fifth day". */
export function findDurations(sentence: string): DurationMatch[] {
  return [...numbered(sentence), ...aWeek(sentence), ...dayOfJourney(sentence)];
}

// "after a week on the road", "una semana más", "Llevamos una semana caminando": one week of
// the journey, said with the article.
const A_WEEK =
  /(?<![\p{L}])(?:(?:another|otra)\s+(week|semana)|(?<=\bllev\p{L}*\s+(?:ya\s+)?)(?:una)\s+(semana)|(?<=(?:walking|travell?ing|marching|caminando|viajando)\s+)(?:for|durante)\s+(?:a|one|una)\s+(week|semana)|(?:a|one|una)\s+(week|semana)\s+(?:more|m[aá]s|on the road|on foot|of walking|de camino|de caminata|a pie)|(?<=\bcumplen?\s+)(?:una)\s+(semana)(?=\s+(?:desde|de camino|en ruta))|(?:a|one|una)\s+(week|semana)(?=\s+(?:after|despu[eé]s)))(?![\p{L}])/giu;

function aWeek(sentence: string): DurationMatch[] {
  return [...sentence.matchAll(A_WEEK)].flatMap((m) => {
    const end = m.index + m[0].length;
    if (pointInTime(sentence, m.index, end)) return [];
    const word = m.slice(1).find(Boolean) ?? '';
    return [toMatch({ value: 1, start: m.index }, word, sentence, end)];
  });
}

const ORDINALS = new Map(
  [
    'first primer primero primera',
    'second segundo segunda',
    'third tercer tercero tercera',
    'fourth cuarto cuarta',
    'fifth quinto quinta',
    'sixth sexto sexta',
    'seventh séptimo septimo séptima',
    'eighth octavo octava',
    'ninth noveno novena',
    'tenth décimo decimo décima',
  ].flatMap((words, i) => words.split(' ').map((w) => [w, i + 1] as const)),
);
// "Day six on the road": a day counted in words.
const CARDINALS = new Map(
  [
    'one uno',
    'two dos',
    'three tres',
    'four cuatro',
    'five cinco',
    'six seis',
    'seven siete',
    'eight ocho',
    'nine nueve',
    'ten diez',
    'eleven once',
    'twelve doce',
  ].flatMap((words, i) => words.split(' ').map((w) => [w, i + 1] as const)),
);
// "the caravan's fifth day on the road", "su tercer día de marcha", "day 31 since they left",
// "the 11th day of the walk", "the march is in its fifth day": how many days the journey has
// lasted.
const DAY_OF_JOURNEY =
  /(?<![\p{L}])(?:(?:the|its|their|our|his|her|su|el|este|this)\s+(?:\p{L}+['’]s\s+)?(\p{L}+|\d{1,3}(?:st|nd|rd|th|º|o)?)\s+(?:day|d[ií]a)\s+(?:on the road|on (?:\p{L}+\s+)?(?:soil|territory)|since|of (?:the |their |its )?(?:walk|march|journey|trek|trip)|de (?:marcha|camino|caminata|viaje|recorrido)|en (?:suelo|territorio)(?:\s+\p{L}+)?)|(?:day|d[ií]a)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+(?:since|of (?:the |their )?(?:walk|march|journey)|on the road|desde|de (?:marcha|camino|caminata|viaje))|(?:march|caravan|group|column|journey|trek|walk)\s+(?:is|was)\s+(?:now\s+)?in\s+its\s+(\p{L}+|\d{1,3}(?:st|nd|rd|th)?)\s+day)(?![\p{L}])/giu;

function dayOfJourney(sentence: string): DurationMatch[] {
  return [...sentence.matchAll(DAY_OF_JOURNEY)].flatMap((m) => {
    const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const value = ORDINALS.get(word) ?? CARDINALS.get(word) ?? Number.parseInt(word, 10);
    if (!Number.isFinite(value) || value <= 0) return [];
    const end = m.index + m[0].length;
    return [{ value, unit: 'days' as const, measures: 'covered' as const, start: m.index, end }];
  });
}

function numbered(sentence: string): DurationMatch[] {
  return findNumbers(sentence).flatMap((n) => {
    const unit = UNIT.exec(sentence.slice(n.end));
    if (!unit?.[1] || n.value <= 0) return [];
    const end = n.end + unit[0].length;
    if (pointInTime(sentence, n.start, end) || anAge(sentence, n.start, end)) return [];
    const before = sentence.slice(0, n.start);
    if (ONES_OWN.test(before) || NOT_THE_WALK.test(before)) return [];
    // "closed the crossing for about five hours": hours count only for a stretch walked.
    // "They covered the last 18 kilometers, from Metapa, in about four hours": "in" looks back.
    const around = clauseAround(sentence, n.start);
    const within = IN_HOURS.test(sentence.slice(around.start, n.start));
    const from = within ? Math.min(around.start, Math.max(0, n.start - 80)) : around.start;
    const clause = sentence.slice(from, around.end);
    if (/^(?:hour|hora)/iu.test(unit[1]) && !TRAVEL.test(clause) && !RIDE.test(clause)) {
      return [];
    }
    return [toMatch(n, unit[1], sentence, end)];
  });
}

// "It took me eleven weeks", "She spent six weeks in Tapachula": one person's time.
const ONES_OWN =
  /(?:\b(?:took|cost|gave)\s+(?:me|her|him)|(?<![\p{L}])(?:I|[Ss]he|[Hh]e)\s+(?:spent|waited|walked|stayed|had spent|had waited))\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$/u;

// "These pictures were taken over four days": the photographer's days. "prevén permanecer dos
// días en esta ciudad", "plan to rest two days": a stay ahead.
const NOT_THE_WALK =
  /(?:\b(?:pictures|photographs|photos|images|fotos|fotograf[ií]as|im[aá]genes)\b[^.;]{0,40}\b(?:over|across|durante|a lo largo de|taken|made|shot|tomad[ao]s|hech[ao]s)|\b(?:prev[eé]n?|planean?|plans?|planned|expects?|expected|esperan?|pretenden?|intends?)\s+(?:to\s+)?(?:permanecer|quedarse|descansar|stay|rest|remain))\s+(?:about\s+|some\s+|unos\s+|unas\s+)?$/iu;

/** "the youngest is eleven days old": a child's age; "the caravan is four days old" is not. */
function anAge(sentence: string, start: number, end: number): boolean {
  const group = /\b(?:caravan|group|column|caravana|grupo|columna)\b/iu;
  if (AGE_BEFORE.test(sentence.slice(0, start))) return true;
  return AGE_AFTER.test(sentence.slice(end)) && !group.test(sentence.slice(0, start));
}

/** "three days ago", "hace tres días", "in two weeks" (unless the sentence speaks of travel). */
function pointInTime(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "43 days after the caravan set out": the days on the road so far.
  if (OFFSET_AFTER.test(after) && !SINCE_SETTING_OUT.test(after) && !leftAgo(before, after))
    return true;
  // "la caravana que desde hace seis días recorre el estado": the days on the road.
  if (OFFSET_BEFORE.test(before))
    return !LEFT_AGO.test(before) && !ON_THE_ROAD_SINCE.test(sentence.slice(end));
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
  const measures = measuresOf(sentence.slice(0, n.start), sentence.slice(end), sentence);
  // "after about nine hours on foot": hours are the length of a day's stretch.
  const match: DurationMatch = {
    value: n.value * factor,
    unit,
    measures:
      unit === 'hours' && (measures === 'other' || measures === 'covered') ? 'leg' : measures,
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
  const onTheRoad = OFFSET_BEFORE.test(before) && ON_THE_ROAD_SINCE.test(after);
  const walked = ON_THE_ROAD_AFTER.test(after);
  if (
    COVERED.test(before) ||
    LEFT_AGO.test(before) ||
    leftAgo(before, after) ||
    SINCE_SETTING_OUT.test(after) ||
    onTheRoad ||
    walked
  ) {
    return 'covered';
  }
  return 'other';
}
