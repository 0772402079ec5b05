import { CAPTION_WORD } from './captionNumber.ts';

/** A sentence of an article, with where it starts in the text. */
export interface Sentence {
  text: string;
  start: number;
  /** Part of a photo caption (a paragraph carrying a photo credit). */
  caption: boolean;
  /** Above the story: a masthead, headline or deck, the lines before the first full sentence. */
  headline: boolean;
  /** Which paragraph (line) of the text it is in, counting from 0. */
  paragraph: number;
}

// Words whose trailing period does not end a sentence ("Nov. 3", "Mr. Trump", "U.S. border").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr rev fr pbro gen sen rep gov st sr sra srta lic ing no jan feb mar apr aug sept sep oct nov dec ene abr ago dic approx vs av ave col mt ft p.m a.m u.s u.n ee.uu d.c'.split(
    ' ',
  ),
);

// "at 4 a.m. Yesterday the group…" ends a sentence; "at 6 p.m. Thursday" does not.
const CLOCK = /^(?:a\.m|p\.m)$/u;
const WHEN_NEXT =
  /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{2,4}\b)/u;

// A photo credit in parentheses: "(AP Photo/Rebecca Blackwell)", "(Foto: EFE)".
const CREDIT = /\((?:[^()]*\b(?:Photo|Foto|AP|AFP|EFE|Reuters|Getty|Cuartoscuro)\b[^()]*)\)\s*$/;

// Headlines and decks carry no final stop; the story's first paragraph does.
const ENDS_SENTENCE = /[.!?]["'’”)]*\s*$/u;
// Masthead, headline, deck: more unstopped lines are a text that never stops, not a headline.
const MAX_HEADLINES = 3;

/** The sentences of an article: paragraphs split at line breaks, then at sentence ends. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let headline = true;
  for (const [i, paragraph] of paragraphs(text).entries()) {
    const caption = CREDIT.test(paragraph.text.trim());
    headline &&= i < MAX_HEADLINES && !ENDS_SENTENCE.test(paragraph.text);
    for (const piece of splitParagraph(paragraph.text)) {
      const trimmed = piece.text.trim();
      if (trimmed === '') continue;
      const lead = piece.text.indexOf(trimmed);
      const start = paragraph.start + piece.start + lead;
      sentences.push({ text: trimmed, start, caption, headline, paragraph: i });
    }
  }
  return sentences;
}

function paragraphs(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) found.push({ text: match[0], start: match.index });
  return found;
}

function splitParagraph(text: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  // An end mark, optional closing quotes or brackets, space, then an opening capital.
  for (const match of text.matchAll(/[.!?]+["'’”)]*\s+(?=["'‘“¿¡(]?\p{Lu})/gu)) {
    if (isAbbreviation(text, match.index) || LIST_NUMBER.test(text.slice(0, match.index))) continue;
    const end = match.index + match[0].length;
    pieces.push({ text: text.slice(start, end), start });
    start = end;
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

// "4. RINCÓN DE ROMOS, 17 October 2021 — …", "Photo 1 of 8. Autlán, 6 May 2023 — …": a numbered
// item's number opens its sentence.
const LIST_NUMBER = new RegExp(
  String.raw`^\s*${CAPTION_WORD}?(?:\d{1,2}\s*(?:of|de)\s*)?\d{1,2}$`,
  'u',
);

/** True when the period at `at` closes an abbreviation or an initial, not a sentence. */
function isAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const bare = word.toLowerCase().replace(/^\.+/, '');
  if (CLOCK.test(bare)) return WHEN_NEXT.test(text.slice(at + 1));
  // "No. 3" is a number; "No. Yesterday they…" is an answer. "15 ago. 2019" is August;
  // "a century ago. Two days earlier" ends a sentence.
  if (bare === 'no') return /^\s*\d/u.test(text.slice(at + 1));
  if (bare === 'ago')
    return /\d\s*$/u.test(text.slice(0, at - 3)) || /^\s*\d/u.test(text.slice(at + 1));
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
