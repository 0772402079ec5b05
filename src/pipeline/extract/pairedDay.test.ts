import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.ts';
import { pairedDay } from './pairedDay.ts';

const reference = { date: '2023-06-21', label: 'publication 2023-06-21', given: true };
const other = (text: string, day: string, language: 'en' | 'es' = 'en') =>
  pairedDay(text, findDates(text, reference, language), day)?.date;

describe('pairedDay', () => {
  it('gives the other day of two joined by "and"', () => {
    expect(other('They spent Sunday and Monday there.', '2023-06-18')).toBe('2023-06-19');
    expect(other('They spent Sunday and Monday there.', '2023-06-19')).toBe('2023-06-18');
    expect(other('El sábado y el domingo permanecieron en el auditorio.', '2023-06-17', 'es')).toBe(
      '2023-06-18',
    );
  });

  it('reads the pair after a stay and where it was: "rested there Sunday and Monday"', () => {
    expect(other('They rested there Sunday and Monday.', '2023-06-18')).toBe('2023-06-19');
    expect(other('Antes pasaron el domingo y el lunes en Nazas.', '2023-06-18', 'es')).toBe(
      '2023-06-19',
    );
  });

  it('gives none for days told apart', () => {
    expect(
      other('They reached Lerdo on Sunday, and on Monday left.', '2023-06-18'),
    ).toBeUndefined();
    expect(other('They rested there on Sunday.', '2023-06-18')).toBeUndefined();
    expect(other('It crossed on Monday and on Tuesday walked on.', '2023-06-19')).toBeUndefined();
    expect(other('Llegó el lunes y el martes salió.', '2023-06-19', 'es')).toBeUndefined();
  });
});
