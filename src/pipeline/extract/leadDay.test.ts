import { describe, expect, it } from 'vitest';
import { leadDay } from './leadDay.ts';

const reference = { date: '2023-04-14', label: 'publication 2023-04-14', given: true };
const day = (s: string) => leadDay(s, reference, 'en')?.date;

describe('leadDay', () => {
  it('reads a date that opens a caption or a timeline entry', () => {
    expect(day('April 10, 2023 — A woman carries her daughter across the line.')).toBe(
      '2023-04-10',
    );
    expect(day('EL CEIBO, Guatemala, April 9, 2023 — Migrants queue at the post.')).toBe(
      '2023-04-09',
    );
    expect(day('April 11: The caravan rests in Tenosique.')).toBe('2023-04-11');
    // A numbered caption, its town in capitals.
    expect(day('4. RINCÓN DE ROMOS, 8 April 2023 — Walkers arrive.')).toBe('2023-04-08');
    expect(day('2/8 — TENOSIQUE, April 9, 2023 — Walkers arrive.')).toBe('2023-04-09');
    // After a caption's number, a town in any case, with its state.
    expect(day('5. Perote, April 10, 2023 — Marchers bed down in the bullring.')).toBe(
      '2023-04-10',
    );
    expect(day('7. Esperanza, Puebla, April 12, 2023 — Migrants reach this town.')).toBe(
      '2023-04-12',
    );
    expect(day('Perote, April 10, 2023 — Not a caption.')).toBeUndefined();
    expect(day(`1. ${'Santa Lucía Cotzumalguapa Escuintla '.repeat(4)}, April 9 — x.`)).toBe(
      undefined,
    );
    // A long head in capitals is read in one pass, not tried every way it could be split.
    expect(day(`${'SANTA LUCIA COTZUMALGUAPA ESCUINTLA '.repeat(3)}April 9 is when it left.`)).toBe(
      undefined,
    );
  });

  it('reads a day written as a sentence of its own before a timeline entry', () => {
    const es = (t: string) => leadDay(t, reference, 'es')?.date;
    expect(es('Jueves 13.')).toBe('2023-04-13');
    expect(es('9 de abril.')).toBe('2023-04-09');
    expect(es('Jueves.')).toBeUndefined();
    expect(es('Jueves 13 salieron.')).toBeUndefined();
  });

  it('leaves dates inside a sentence, ranges and dates with no dash after them', () => {
    expect(day('On April 10, 2023 the caravan crossed.')).toBeUndefined();
    expect(day('April 10, 2023 was a Monday.')).toBeUndefined();
    expect(day('April 8-10 — The caravan waited at the border.')).toBeUndefined();
    expect(day('The caravan crossed.')).toBeUndefined();
  });
});
