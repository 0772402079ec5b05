import { expect, it } from 'vitest';
import { MAX_QUOTE_WORDS, quoteAround } from './quoteAround.ts';

it('quotes a short sentence whole, without its final mark', () => {
  expect(quoteAround('Some 300 people rested.', 5, 8)).toBe('Some 300 people rested');
});

it('keeps a long sentence to 30 words around the figure, word for word', () => {
  const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
  words[60] = '4,000';
  const sentence = `${words.join(' ')}.`;
  const at = sentence.indexOf('4,000');
  const quote = quoteAround(sentence, at, at + 5);
  expect(quote.split(' ')).toHaveLength(MAX_QUOTE_WORDS);
  expect(quote).toContain('4,000');
  expect(sentence).toContain(quote);
});
