import { foldName } from '../admin1Codes.ts';
import { NUMBER_WORDS, parseNumber } from './parseNumber.ts';

/** A figure found in a text: one number, or a range ("between 4,000 and 5,000"). */
export interface NumberMatch {
  value: number;
  valueMax?: number;
  /** Where the figure starts, its qualifier ("some", "cerca de") included. */
  start: number;
  /** Where the last number ends. */
  end: number;
  qualifier?: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Digits with marks, or a word; "7,200" and "mil" are tokens, "2018," stops before the comma.
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+/gu;

const QUALIFIER =
  /(?:^|[^\p{L}])((?:some|about|around|roughly|approximately|nearly|almost|more than|over|at least|up to|fewer than|less than|close to|an estimated|estimated at|another|cerca de|alrededor de|unos|unas|aproximadamente|m[aá]s de|casi|al menos|por lo menos|hasta|menos de|poco m[aá]s de|otros|otras))\s+$/iu;

const RANGE_JOIN = /^\s*(?:and|to|or|-|–|—|y|a|al|o)\s*$/iu;
const RANGE_OPEN = /(?:between|from|entre|de)\s+$/iu;

// "in 2018", "octubre de 2018", "since 2011": a year, not a figure.
const YEAR_BEFORE =
  /(?:\b(?:in|en|since|desde|of|a[ñn]o|year|del?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[\p{L}]*\.?,?)\s+$/iu;

/** The numbers in a text, digits or words, English or Spanish, with ranges joined. */
export function findNumbers(text: string): NumberMatch[] {
  const figures = singles(text).filter((m) => !isYear(text, m) && !isVague(text, m));
  return joinRanges(text, figures).map((m) => withQualifier(text, m));
}

// "a few hundred", "varios miles": no figure was stated.
const VAGUE_BEFORE =
  /\b(?:a few|few|several|many|some few|varios|varias|unos cuantos|unas cuantas|cuantos|cuantas)\s+$/iu;

function isVague(text: string, m: NumberMatch): boolean {
  return !/\d/.test(text.slice(m.start, m.end)) && VAGUE_BEFORE.test(text.slice(0, m.start));
}

function isYear(text: string, m: NumberMatch): boolean {
  const digits = text.slice(m.start, m.end);
  return /^(?:19|20)\d\d$/.test(digits) && YEAR_BEFORE.test(text.slice(0, m.start));
}

function singles(text: string): NumberMatch[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const length = longestNumberAt(text, tokens, i);
    if (length === 0) {
      i += 1;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + length - 1] as Token;
    const value = parseNumber(text.slice(first.start, last.end)) as number;
    found.push({ value, start: first.start, end: last.end });
    i += length;
  }
  return found;
}

/** How many tokens from `i` make the longest number (0 for none). */
function longestNumberAt(text: string, tokens: Token[], i: number): number {
  let run = 0;
  while (run + i < tokens.length && run < 8 && isNumberToken(tokens[i + run] as Token)) {
    const next = tokens[i + run + 1];
    run += 1;
    if (!next || !/^[\s-]+$/.test(text.slice((tokens[i + run - 1] as Token).end, next.start))) {
      break;
    }
  }
  for (let length = run; length > 0; length -= 1) {
    const words = tokens.slice(i, i + length);
    const span = text.slice((words[0] as Token).start, (words.at(-1) as Token).end);
    // "2 mil y 3 mil" is a range: "y" joins tens and units ("treinta y cinco"), never thousands.
    if (/(?:\d|mil|millones|mill[oó]n)\s+y\s/iu.test(span)) continue;
    if (parseNumber(span) !== undefined) return length;
  }
  return 0;
}

function isNumberToken(token: Token): boolean {
  return /^\d/.test(token.text) || NUMBER_WORDS.has(foldName(token.text));
}

/** "between 4,000 and 5,000", "4,000 to 5,000", "entre 3 y 4 mil", "de 100 a 200". */
function joinRanges(text: string, numbers: NumberMatch[]): NumberMatch[] {
  const joined: NumberMatch[] = [];
  for (let i = 0; i < numbers.length; i += 1) {
    const low = numbers[i] as NumberMatch;
    const high = numbers[i + 1];
    if (high && isRange(text, low, high)) {
      const open = RANGE_OPEN.exec(text.slice(0, low.start));
      const start = open ? open.index : low.start;
      joined.push({
        value: scaledLow(text, low, high),
        valueMax: high.value,
        start,
        end: high.end,
      });
      i += 1;
    } else joined.push(low);
  }
  return joined;
}

function isRange(text: string, low: NumberMatch, high: NumberMatch): boolean {
  const between = text.slice(low.end, high.start);
  if (!RANGE_JOIN.test(between)) return false;
  if (/^\s*(?:and|y)\s*$/iu.test(between) && !RANGE_OPEN.test(text.slice(0, low.start))) {
    return false;
  }
  return high.value > scaledLow(text, low, high);
}

/** "4 to 5 million": the low end shares the high end's scale word. */
function scaledLow(text: string, low: NumberMatch, high: NumberMatch): number {
  const highText = foldName(text.slice(high.start, high.end));
  // "entre 900 y mil": a bare "mil" is a thousand, no scale for the low end.
  if (/^(?:mil|un millar|a thousand|one thousand)$/.test(highText)) return low.value;
  const scale = /(?:million|millones|millon)$/.test(highText)
    ? 1e6
    : /(?:thousand|mil)$/.test(highText)
      ? 1000
      : 1;
  const lowText = foldName(text.slice(low.start, low.end));
  const lowHasScale = /(?:million|millones|millon|thousand|mil)$/.test(lowText);
  return scale > 1 && !lowHasScale && low.value < 1000 ? low.value * scale : low.value;
}

function withQualifier(text: string, match: NumberMatch): NumberMatch {
  const from = Math.max(0, match.start - 40);
  const before = QUALIFIER.exec(text.slice(from, match.start));
  if (!before?.[1]) return match;
  const start = from + before.index + before[0].indexOf(before[1]);
  return { ...match, qualifier: before[1], start };
}
