import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations or initials', () => {
    const text = 'They left on Nov. 12 for the U.S. border. Mr. Lopez walked too.\nNext line';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'They left on Nov. 12 for the U.S. border.',
      'Mr. Lopez walked too.',
      'Next line',
    ]);
    expect(splitSentences('Run by the Rev. Julio Arriaga, it is full.')).toHaveLength(1);
  });

  it('keeps offsets into the text and marks photo captions', () => {
    const text = 'Intro.\nMigrants rest in a park. (AP Photo/Jane Roe)';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(sentences.map((s) => s.caption)).toEqual([false, true, true]);
  });

  it('marks the masthead, headline and deck above the story', () => {
    const text =
      'THE BORDER SENTINEL\nCaravan reaches Puebla, heads north\nMigrants rested. They left.';
    expect(splitSentences(text).map((s) => s.headline)).toEqual([true, true, false, false]);
    const list = 'Oct 21 Tapachula\nOct 22 Huixtla\nOct 23 Huixtla\nOct 24 Mapastepec';
    expect(splitSentences(list).map((s) => s.headline)).toEqual([true, true, true, false]);
  });

  it('handles Spanish opening marks', () => {
    expect(splitSentences('Llegaron. ¿Cuántos son? Miles.').map((s) => s.text)).toHaveLength(3);
  });

  it('ends a sentence after a clock time, unless a day or zone follows', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('They left at 4 a.m. Yesterday they rested.')).toHaveLength(2);
    expect(texts('They left at 6 p.m. Thursday and walked.')).toHaveLength(1);
  });

  it("keeps a numbered item's number with its sentence", () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('1. AGUASCALIENTES, 16 October — Migrants gather. Organizers count.')).toEqual([
      '1. AGUASCALIENTES, 16 October — Migrants gather.',
      'Organizers count.',
    ]);
    expect(texts('Photo 1 of 8. Autlán, 6 May 2023 — Migrants rest. Many slept.')).toEqual([
      'Photo 1 of 8. Autlán, 6 May 2023 — Migrants rest.',
      'Many slept.',
    ]);
  });

  it('ends a sentence at "ago." unless it is August', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('Wells drilled a century ago. Two days earlier they left.')).toHaveLength(2);
    expect(texts('Salieron el 15 ago. De noche llegaron.')).toHaveLength(1);
  });

  it('ends a sentence at "No." unless a number follows', () => {
    expect(splitSentences('REYNA: No. Yesterday they rested.').map((x) => x.text)).toEqual([
      'REYNA: No.',
      'Yesterday they rested.',
    ]);
    expect(splitSentences('Shelter No. 3 is full.')).toHaveLength(1);
  });
});
