import type { Span } from './readSentence.ts';

// ", y ayer por la mañana algunos intentaron…", ", and on Tuesday they…": a clause with a day of
// its own.
const DATED_CLAUSE =
  /,\s*(?:and|but|then|y|pero|luego)\s+(?:\p{L}+\s+){0,2}?(?:ayer|anoche|hoy|esta (?:mañana|tarde|noche)|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|yesterday|today|this (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}])/iu;

/**
 * "pasó la noche en Esquipulas; el martes avanzó…", "pernoctaron en Castaños, y ayer algunos
 * intentaron subir a un tren que se dirigía a Piedras Negras": a semicolon, or a clause with a
 * day of its own, between two spans parts them.
 */
export function acrossClause(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return between.includes(';') || DATED_CLAUSE.test(between);
}
