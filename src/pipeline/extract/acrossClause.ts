import type { Span } from './readSentence.ts';

/** "pasó la noche en Esquipulas; el martes avanzó…": a semicolon between two spans parts them. */
export function acrossClause(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return text.slice(first.end, second.start).includes(';');
}
