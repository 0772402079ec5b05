/** At most this many words, as the log's schema allows. */
export const MAX_QUOTE_WORDS = 30;

/**
 * Words of a sentence, exactly as written, holding the span [start, end) and as much around
 * it as fits in MAX_QUOTE_WORDS; the sentence's final mark is left out.
 */
export function quoteAround(sentence: string, start: number, end: number): string {
  const words = [...sentence.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const first = Math.max(
    0,
    words.findIndex((w) => w.end > start),
  );
  let last = words.findIndex((w) => w.end >= end);
  if (last < first) last = first;
  last = Math.min(last, first + MAX_QUOTE_WORDS - 1);
  let from = first;
  let to = last;
  while (to - from + 1 < MAX_QUOTE_WORDS && (from > 0 || to < words.length - 1)) {
    if (to < words.length - 1) to += 1;
    if (to - from + 1 < MAX_QUOTE_WORDS && from > 0) from -= 1;
  }
  const text = sentence.slice(words[from]?.start ?? 0, words[to]?.end ?? sentence.length);
  return to === words.length - 1 ? text.replace(/[.!?:;,]+$/u, '') : text.replace(/[,;:]+$/u, '');
}
