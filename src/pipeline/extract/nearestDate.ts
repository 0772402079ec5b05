import type { DateMention } from './findDates.ts';

interface Span {
  start: number;
  end: number;
}

/** The date nearest the fact, preferring its own clause: "la noche del domingo en Huixtla; hoy…". */
export function nearestDate(
  dates: DateMention[],
  anchor: Span,
  text: string,
): DateMention | undefined {
  const distance = (d: DateMention) => {
    const [from, to] = d.start >= anchor.end ? [anchor.end, d.start] : [d.end, anchor.start];
    const gap = Math.max(0, to - from);
    // A town's state between commas ("Tenosique, Tabasco, late yesterday") is no new clause.
    const between = text
      .slice(from, to)
      .replace(/,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*,/gu, ' ');
    if (/[;—]/u.test(between)) return gap + text.length; // another clause altogether
    return between.includes(',') ? gap + 40 : gap; // "el pasado sábado de X, y anteayer…"
  };
  return [...dates].sort((a, b) => distance(a) - distance(b))[0];
}
