import { expect, it } from 'vitest';
import { headingDay } from './headingDay.ts';

const reference = { date: '2022-10-18', label: 'publication 2022-10-18', given: true };

it.each([
  ['MONDAY, OCT. 17', '2022-10-17'],
  ['Updated: Sunday, Oct. 16, 2022', '2022-10-16'],
  ['Lunes 17 de octubre', '2022-10-17'],
  ['3/7 — Guaymas, 12 October.', '2022-10-12'],
  ['1 of 7 — Uruapan, Michoacán, March 6, 2022', '2022-03-06'],
  ['Foto 2 de 5 — Tela, 4 de marzo de 2022', '2022-03-04'],
  ['8/8 — Fray Bartolomé de las Casas, 9 October 2022', '2022-10-09'],
])('reads "%s" as a heading for %s', (line, day) => {
  expect(
    headingDay(line, reference, /[a-z]{3}es|octubre|marzo/.test(line) ? 'es' : 'en')?.date,
  ).toBe(day);
});

it('takes a sentence with a date in it for no heading', () => {
  expect(headingDay('The caravan reached Donají on Oct. 17.', reference, 'en')).toBeUndefined();
  expect(headingDay('Oct. 17 to Oct. 18', reference, 'en')).toBeUndefined();
  expect(headingDay('Migrants rest in Guaymas, Oct. 12.', reference, 'en')).toBeUndefined();
});
