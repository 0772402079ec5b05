import { expect, it } from 'vitest';
import { findStatedBy } from './findStatedBy.ts';

it.each([
  ['About 3,000 people walked, according to the Red Cross.', 'Red Cross'],
  ['Unos 2.000 migrantes, según Protección Civil.', 'Protección Civil'],
  ['Mayor Ana Ruiz estimated 900 people in the square.', 'Mayor Ana Ruiz'],
  [
    'Maria Lopez, a spokeswoman for the Chiapas Red Cross, said 500 arrived.',
    'Maria Lopez, Chiapas Red Cross',
  ],
  ['The town is 40 miles away, reported Local Radio.', 'Local Radio'],
])('"%s" → %s', (sentence, who) => {
  expect(findStatedBy(sentence)).toBe(who);
});

it('finds no one where no one is named', () => {
  expect(findStatedBy('They said 500 arrived.')).toBeUndefined();
});
