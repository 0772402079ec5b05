import type { Span } from './readSentence.ts';

const CLAUSE_END = /,(?!\d)|[;:()—–]|\s-\s/gu; // "3,500" is one number

/** The clause of a sentence around an offset: between the commas, semicolons or dashes. */
export function clauseAround(sentence: string, at: number): Span {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}
