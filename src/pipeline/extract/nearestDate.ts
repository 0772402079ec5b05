import type { DateMention } from './findDates.ts';

interface Span {
  start: number;
  end: number;
}

const NEXT_CLAUSE =
  /,\s*(?:and|but|then|while|where|when|y|pero|luego|mientras|donde|adonde|a donde|cuando)\s/iu;
const AND_THEN = /^\s*(?:y|and|e|pero|but)\s+(?:(?:el|la|on|this|last)\s+)?$/iu;
// "cruzó ayer por la aduana de El Florido": a date between the verb and the place's words.
const SAME_PHRASE =
  /^\s*(?:por|a|al|en|de|desde|hasta|hacia|at|in|to|from|into|through|across)\s+(?:(?:la|el|los|las|the)\s+)?(?:\p{Ll}+\s+){0,2}?(?:de\s+|of\s+)?$/u;

/** The date nearest the fact, preferring its own clause: "la noche del domingo en Huixtla; hoy…". */
export function nearestDate(
  dates: DateMention[],
  anchor: Span,
  text: string,
): DateMention | undefined {
  const distance = (d: DateMention) => {
    const [from, to] = d.start >= anchor.end ? [anchor.end, d.start] : [d.end, anchor.start];
    const gap = Math.max(0, to - from);
    if (d.end <= anchor.start && SAME_PHRASE.test(text.slice(from, to))) return 0;
    // A town's state between commas ("Tenosique, Tabasco, late yesterday", "San Pedro Sula, in
    // Honduras, on Oct. 13") is no new clause.
    const between = text
      .slice(from, to)
      .replace(/,\s*(?:(?:in|en)\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*,/gu, ' ');
    if (/[;—]/u.test(between)) return gap + text.length; // another clause altogether
    // "…the bridge, and on Nov. 6 nearly 5,000 slept in Mexico City": the date opens the next.
    if (d.start >= anchor.end && NEXT_CLAUSE.test(between)) return gap + text.length;
    // "se formó el sábado en … San Pedro Sula y el domingo durmió en Santa Rita".
    if (d.start >= anchor.end && AND_THEN.test(between)) return gap + text.length;
    return between.includes(',') ? gap + 40 : gap; // "el pasado sábado de X, y anteayer…"
  };
  return [...dates].sort((a, b) => distance(a) - distance(b))[0];
}
