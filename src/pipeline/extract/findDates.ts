import * as chrono from 'chrono-node';
import { isoDayToTime } from '../../core/isoDay.ts';
import { foldName } from '../admin1Codes.ts';
import { parseNumber } from './parseNumber.ts';
import { shiftDay } from './shiftDay.ts';
import { weekdayNear, weekdayOnDay } from './weekdayNear.ts';

/** A day a sentence names, resolved, with the words it rests on. */
export interface DateMention {
  date: string;
  dateEnd?: string;
  basis: 'printed' | 'weekday' | 'relative';
  /** A day the text looks ahead to ("next Thursday"), not one it reports. */
  ahead?: true;
  /** For the row's dateWords: the words, then how they were resolved. */
  words: string;
  start: number;
  end: number;
}

/** The day relative words are resolved against, and how that day was found. */
export interface Reference {
  date: string;
  /** "publication 2018-11-09", "the latest date printed, 2018-10-22 (…)". */
  label: string;
  /**
   * Set when the publication day is not known: the latest day the text prints, which plain
   * weekdays are taken nearest to (see weekdayNear), and what the label calls it.
   */
  printed?: { date: string; label: string };
  /** The story's own time (the log's latest day): a year-less date goes in the year nearest it. */
  near?: string;
}

export type Language = 'en' | 'es';

// "ago" is August only after a day ("15 ago."): "a few days ago" names no month.
const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|agosto|(?<=\d\s{0,2}(?:de\s+)?)ago|dic)[a-z]*\.?|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/iu; // "5/9" alone counts photos

const WEEKDAYS = [
  ['sunday', 'domingo'],
  ['monday', 'lunes'],
  ['tuesday', 'martes'],
  ['wednesday', 'miercoles'],
  ['thursday', 'jueves'],
  ['friday', 'viernes'],
  ['saturday', 'sabado'],
] as const;

const PLANNED =
  /(?:\b(?:will|would|plans? to|planned to|expects? to|expected to|hopes? to|scheduled to|aims? to|vote was to|vot(?:ed|es) to|votaron|votan|planean|planea|pretenden?|prev[eé]n?|esperan|saldr[aá]n?|llegar[aá]n?|\p{L}{3,}(?:ar|er|ir)(?:á|án))(?![\p{L}])[^.;,]*|\b(?:until|hasta(?: el)?)\s+)$/iu;

const WEEKDAY =
  /\b(next|this coming|pr[oó]ximo)?\s*\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado)(?![\p{L}])(\s+(?:pr[oó]ximo|que viene))?/giu;

/** Relative words and the span of days (from, to; 0 = the reference day) they name. */
const RELATIVE: readonly [RegExp, (ref: string) => [string, string], string][] = [
  [
    /\b(?:the day before yesterday|anteayer|antier|anteanoche)\b/iu,
    (r) => same(shiftDay(r, -2)),
    'two days before',
  ],
  [/\b(?:yesterday|ayer)\b/iu, (r) => same(shiftDay(r, -1)), 'the day before'],
  [/\b(?:last night|anoche)\b/iu, (r) => same(shiftDay(r, -1)), 'the night before'],
  [
    /\b(?:today|hoy|this morning|this afternoon|tonight|esta ma[ñn]ana|esta madrugada|esta tarde|esta noche)\b/iu,
    (r) => same(r),
    'the day of',
  ],
  [/\b(?:last week|la semana pasada)\b/iu, (r) => weekOf(shiftDay(r, -7)), 'the week before'],
  [/\b(?:(?:earlier )?this week|esta semana)\b/iu, (r) => [weekOf(r)[0], r], 'the week of'],
];

/** Words that point back to the day the text was last speaking of. */
const SAME_DAY =
  /\b(?:(?:earlier|later) (?:in )?(?:the|that) (?:day|morning|afternoon|evening)|later that night|that (?:same )?(?:day|night|morning|afternoon|evening)|the same day|(?:m[aá]s )?(?:temprano|tarde) ese (?:mismo )?d[ií]a|(?:ese|aquel) (?:mismo )?d[ií]a|(?:esa|aquella) (?:misma )?(?:noche|ma[ñn]ana|tarde)|el mismo d[ií]a|horas (?:antes|m[aá]s tarde|despu[eé]s))\b/iu;

// "on the 24th", "el día 24": a day of the month, the latest on or before the reference.
const DAY_ONLY = /\b(?:on the (\d{1,2})(?:st|nd|rd|th)|el d[ií]a (\d{1,2}))(?![\d\p{L}])/iu;

function dayOfMonthBefore(reference: string, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const [year, month] = reference.split('-').map(Number) as [number, number];
  const inMonth = (y: number, m: number) => {
    const date = new Date(Date.UTC(y, m - 1, day));
    return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
  };
  const here = inMonth(year, month);
  if (here && here <= reference) return here;
  return month === 1 ? inMonth(year - 1, 12) : inMonth(year, month - 1);
}

const DAYS_AGO = /\b(?:(\S+(?:\s\S+)?) days? ago|hace (\S+(?:\s\S+)?) d[ií]as)\b/iu;

/**
 * The days a sentence names: printed ("Nov. 3", "21 de octubre"), weekdays, relative words, and
 * "earlier in the day" / "esa noche", which take `previous`: the day the text last spoke of,
 * and "la víspera", which takes `justBefore`: the last day the sentence before spoke of.
 */
export function findDates(
  sentence: string,
  reference: Reference,
  language: Language,
  previous?: DateMention,
  justBefore?: DateMention,
): DateMention[] {
  const printed = printedDates(sentence, reference, language);
  // "June 3 (Monday):": the weekday in brackets glosses the printed day.
  const taken = (start: number) =>
    printed.some(
      (p) =>
        (start >= p.start && start < p.end) || /^\s*\(\s*$/u.test(sentence.slice(p.end, start)),
    );
  const weekdays = weekdayDates(sentence, reference).filter((w) => !taken(w.start));
  const relative = relativeDates(sentence, reference).filter((r) => !taken(r.start));
  const own = [...printed, ...weekdays, ...relative].sort((a, b) => a.start - b.start);
  const back = backReferences(sentence, own, previous, reference, justBefore);
  return [...own, ...back].sort((a, b) => a.start - b.start);
}

/** Printed days only ("Nov. 3", "21 de octubre"), years filled in from the reference. */
export function printedDates(
  sentence: string,
  reference: Reference,
  language: Language,
): DateMention[] {
  // The strict parsers read dates only, so "This morning - Monday, January 20th" is one date.
  const parser = language === 'es' ? chrono.es.strict : chrono.strict;
  const instant = new Date(`${reference.date}T12:00:00Z`);
  // chrono reads "la tarde de este viernes 2 de abril" as this afternoon: blank the time of day.
  const text = sentence.replace(TIME_OF_DAY_OF, (m) => ' '.repeat(m.length));
  return parser
    .parse(text, { instant, timezone: 0 })
    .filter((r) => r.start.isCertain('day') && MONTH.test(r.text))
    .map((r) => {
      const fromWeekday = r.start.isCertain('year') ? undefined : yearOfWeekday(r.start, reference);
      const yearWords = r.start.isCertain('year')
        ? ''
        : fromWeekday
          ? ' (the year in which that day was that weekday)'
          : ` (year from ${reference.label})`;
      const mention: DateMention = {
        date: fromWeekday ?? isoOf(r.start.date()),
        basis: 'printed',
        words: `${r.text}${yearWords}`,
        start: r.index,
        end: r.index + r.text.length,
      };
      if (r.end?.isCertain('day')) mention.dateEnd = isoOf(r.end.date());
      return mention;
    });
}

const TIME_OF_DAY_OF =
  /\b(?:(?:la|por la|en la)\s+)?(?:tarde|ma[ñn]ana|noche|madrugada)\s+del?\s+(?=(?:este\s+|el\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|\d))/giu;

/**
 * "viernes 2 de abril" with no year anywhere: of the years up to the reference's in which 2 April
 * was a Friday, the one nearest the story's time (or the latest). Undefined with no weekday.
 */
function yearOfWeekday(start: chrono.ParsedComponents, reference: Reference): string | undefined {
  const weekday = start.get('weekday');
  if (!start.isCertain('weekday') || weekday === null) return undefined;
  const month = (start.get('month') ?? 1) - 1;
  const day = start.get('day') ?? 1;
  const latest = Number(reference.date.slice(0, 4));
  const fits: string[] = [];
  for (let year = latest; year > latest - 28; year -= 1) {
    const date = new Date(Date.UTC(year, month, day));
    if (isoOf(date) <= reference.date && date.getUTCDay() === weekday) fits.push(isoOf(date));
  }
  const near = isoDayToTime(reference.near ?? reference.date);
  const away = (d: string) => Math.abs(isoDayToTime(d) - near);
  return fits.sort((a, b) => away(a) - away(b))[0];
}

// Not "el domingo 4 de noviembre", a printed date; but "el miércoles 20 de la ciudad de Oaxaca".
const DAY_OF_MONTH =
  /^\s+(\d{1,2})(?![\d:.,]\d)(?!\s+(?:de|of)\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)\p{L}*)/iu;

function weekdayDates(sentence: string, reference: Reference): DateMention[] {
  return [...sentence.matchAll(WEEKDAY)].map((m) => {
    const name = m[2] ?? '';
    const weekday = WEEKDAYS.findIndex((names) => names.includes(foldName(name) as never));
    // "next Thursday", "planned to set out on Sunday": a day ahead of the reference.
    const ahead =
      Boolean(m[1] || m[3]) || PLANNED.test(sentence.slice(Math.max(0, m.index - 60), m.index));
    const start = m.index + m[0].indexOf(name);
    const printed = ahead ? undefined : reference.printed;
    // "el domingo 4": the weekday and the day of the month together name one day.
    const day = DAY_OF_MONTH.exec(sentence.slice(m.index + m[0].length));
    const exact = day ? weekdayOnDay(reference.date, weekday, Number(day[1]), ahead) : undefined;
    const resolved =
      exact ??
      (printed
        ? weekdayNear(printed.date, weekday, 'nearest')
        : weekdayNear(reference.date, weekday, ahead ? 'after' : 'before'));
    const against = exact
      ? `the one on day ${day?.[1]} of its month, nearest ${reference.label}`
      : printed
        ? `the one nearest ${printed.label}`
        : `resolved against ${reference.label}`;
    const found: DateMention = {
      date: resolved,
      basis: 'weekday',
      words: `${name} (${m[0].trim() === name ? '' : `"${m[0].trim()}", `}${against})`,
      start,
      end: start + name.length,
    };
    if (ahead) found.ahead = true;
    return found;
  });
}

function relativeDates(sentence: string, reference: Reference): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, span, meaning] of RELATIVE) {
    const m = pattern.exec(sentence);
    // "USA Today", "Hoy Los Angeles": a capital inside a sentence makes it a name; after a
    // live blog's "10:15 a.m. —" or a colon it opens the entry.
    const opens = /(?:^|[:—–-])\s*$/u.test(sentence.slice(0, m?.index ?? 0));
    if (!m || (!opens && /^\p{Lu}/u.test(m[0]))) continue;
    const [date, dateEnd] = span(reference.date);
    const words = `${m[0]} (${meaning} ${reference.label})`;
    found.push(mention(date, dateEnd, words, m.index, m[0].length));
  }
  const day = DAY_ONLY.exec(sentence);
  if (day) {
    const date = dayOfMonthBefore(reference.date, Number(day[1] ?? day[2]));
    if (date) {
      const words = `${day[0]} (the last such day of the month, ${reference.label})`;
      found.push(mention(date, date, words, day.index, day[0].length));
    }
  }
  const ago = DAYS_AGO.exec(sentence);
  // "left four days ago": the number is the last word or two before "days".
  const count = (ago?.[1] ?? ago?.[2] ?? '').split(/\s+/);
  const days = ago ? (parseNumber(count.join(' ')) ?? parseNumber(count.at(-1) ?? '')) : undefined;
  if (ago && days !== undefined && Number.isInteger(days)) {
    const date = shiftDay(reference.date, -days);
    found.push(
      mention(date, date, `${ago[0]} (before ${reference.label})`, ago.index, ago[0].length),
    );
  }
  return found;
}

// "the next day", "al día siguiente", "the next morning".
const NEXT_DAY =
  /\b(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|a day later|al d[ií]a siguiente|el d[ií]a siguiente|(?:a )?la (?:ma[ñn]ana|tarde|noche) siguiente|un d[ií]a despu[eé]s)(?![\p{L}])/iu;

// "la víspera", "the day before": the eve of the day the text last spoke of, else of the reference.
// Not "la víspera del cruce", the eve of an event named after it.
export const DAY_BEFORE =
  /\b(?:the previous (?:day|afternoon|evening|night|morning)|the day before(?! (?:the|its|their)\b)|la v[ií]spera(?! del?\s)|el d[ií]a anterior|la noche anterior|la tarde anterior)(?![\p{L}])/iu;

// "Tres días después llegaron a Tecún Umán", "Three days later": days after the one told before
// (not "cinco días después de haber salido", counted from the start).
const DAYS_LATER = (
  [
    [2, 'two|dos'],
    [3, 'three|tres'],
    [4, 'four|cuatro'],
    [5, 'five|cinco'],
    [6, 'six|seis'],
  ] as const
).map(([days, words]): [RegExp, number, string] => [
  new RegExp(
    String.raw`\b(?:${words})\s+(?:days\s+later|d[ií]as\s+(?:despu[eé]s|m[aá]s\s+tarde))(?![\p{L}])(?!\s+(?:de|del|que)\s)`,
    'iu',
  ),
  days,
  `${days} days after the one the text last spoke of`,
]);

// Words that point back to a day the story spoke of, and how many days after it they mean.
const BACK_REFERENCES: readonly [RegExp, number, string][] = [
  [SAME_DAY, 0, 'the day the text last spoke of'],
  [NEXT_DAY, 1, 'the day after the one the text last spoke of'],
  [DAY_BEFORE, -1, 'the day before the one the text last spoke of'],
  ...DAYS_LATER,
];

/**
 * "esa noche", "the next day": counted from the day named last before, here or earlier. "La
 * víspera" looks back only to a day told before it in its sentence ("El martes hicieron el tramo
 * …, y la víspera habían dormido en Niltepec") or in the sentence before; else it is the eve
 * of the reference.
 */
function backReferences(
  sentence: string,
  own: DateMention[],
  before: DateMention | undefined,
  reference: Reference,
  justBefore: DateMention | undefined,
): DateMention[] {
  return BACK_REFERENCES.flatMap(([pattern, days, meaning]) => {
    const m = pattern.exec(sentence);
    if (!m) return [];
    const earlier = own.filter((d) => d.end <= m.index && !inAside(sentence, d, m.index)).at(-1);
    const previous = earlier ?? (days < 0 ? justBefore : before);
    if (!previous && days >= 0) return [];
    const from = previous?.date ?? reference.date;
    const date = shiftDay(from, days);
    const words = previous ? `${meaning}, ${from}` : `the day before ${reference.label}`;
    return [mention(date, date, `${m[0]} (${words})`, m.index, m[0].length)];
  });
}

// ", que salió de San Salvador el 31 de octubre,": a clause set off by commas, told in passing.
const ASIDE_OPENS = /^,\s*(?:que|which|who|quienes?|el cual|la cual)\s/iu;

/** True when a day sits in a relative clause between commas that closes before `at`. */
function inAside(sentence: string, d: DateMention, at: number): boolean {
  const open = sentence.lastIndexOf(',', d.start);
  const close = sentence.indexOf(',', d.end);
  return open >= 0 && close >= 0 && close < at && ASIDE_OPENS.test(sentence.slice(open));
}

function mention(
  date: string,
  dateEnd: string,
  words: string,
  start: number,
  length: number,
): DateMention {
  const found: DateMention = { date, basis: 'relative', words, start, end: start + length };
  if (dateEnd !== date) found.dateEnd = dateEnd;
  return found;
}

function same(day: string): [string, string] {
  return [day, day];
}

/** Monday to Sunday of the week holding `day`. */
function weekOf(day: string): [string, string] {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const monday = shiftDay(day, -((weekday + 6) % 7));
  return [monday, shiftDay(monday, 6)];
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
