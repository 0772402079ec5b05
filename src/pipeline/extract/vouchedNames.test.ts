import { describe, expect, it } from 'vitest';
import { vouchedNames } from './vouchedNames.ts';

describe('vouchedNames', () => {
  it('lists the names an article’s words make places, and not names said in passing', () => {
    const article =
      'They walked the 13 km (8 miles) from Santa Tecla to Lourdes. Marta Lourdes Hernández, 38, walks too. Durmieron en Colombia.';
    expect([...vouchedNames(article)].sort()).toEqual(['Colombia', 'Lourdes', 'Santa Tecla']);
  });
});
