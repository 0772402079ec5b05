import { foldName } from '../admin1Codes.ts';

// Number words of English and Spanish, folded (lower case, no accents).
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  cero: 0,
  uno: 1,
  un: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
  half: 0.5,
  medio: 0.5,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  mil: 1000,
  millar: 1000,
  millares: 1000,
  million: 1e6,
  millions: 1e6,
  millon: 1e6,
  millones: 1e6,
};

// Words that join number words without adding to them: "one hundred and twenty", "treinta y cinco".
const JOINERS = new Set(['and', 'y', 'a', 'de']);

/** Folded number words, for the scanner to know which words may belong to a number. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(SCALES),
  ...JOINERS,
]);

/**
 * The value of a number written in English or Spanish: "7,200" and "7.200" (a group of three
 * digits after the mark is thousands), "1.5 million", "1,5 millones", "mil 500" (1500),
 * "7 mil 500", "dos mil", "un millar", "twenty-five", "half a million". Undefined when the
 * words are not one number ("five twenty", "un" alone).
 */
export function parseNumber(text: string): number | undefined {
  const tokens = foldName(text)
    .split(/[\s-]+/)
    .filter((t) => t !== '');
  let total = 0;
  let current = 0;
  let seen = false;
  let last: 'small' | 'scale' | 'joiner' | undefined;
  for (const token of tokens) {
    if (JOINERS.has(token) && !(token === 'a' && !seen)) {
      if (!seen) return undefined;
      last = 'joiner';
      continue;
    }
    const scale = SCALES[token];
    if (scale !== undefined) {
      if (last === 'scale' && scale === 100) return undefined;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
      last = 'scale';
      continue;
    }
    const small = token === 'a' ? 1 : (digitsValue(token) ?? SMALL[token]);
    if (small === undefined || !addable(current, small)) return undefined;
    current += small;
    seen = true;
    last = 'small';
  }
  if (!seen || last === 'joiner' || lonePartWord(tokens)) return undefined;
  return total + current;
}

/** "un", "a" or "half" alone is no figure; they count only before a scale word. */
function lonePartWord(tokens: string[]): boolean {
  return tokens.length === 1 && ['a', 'un', 'una', 'half', 'medio'].includes(tokens[0] ?? '');
}

/** Digits with thousands marks ("7,200", "7.200") or a decimal mark ("1.5", "2,5"). */
function digitsValue(token: string): number | undefined {
  if (/^\d{1,3}([.,]\d{3})+$/.test(token)) return Number(token.replace(/[.,]/g, ''));
  if (/^\d+$/.test(token)) return Number(token);
  if (/^\d+[.,]\d+$/.test(token)) return Number(token.replace(',', '.'));
  return undefined;
}

/** "twenty" + "five" is one number; "five" + "twenty" is two. */
function addable(current: number, next: number): boolean {
  if (current === 0) return true;
  let place = 1;
  while (current % (place * 10) === 0) place *= 10;
  return next < place;
}
