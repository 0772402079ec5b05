import { expect, it } from 'vitest';
import { acrossClause } from './acrossClause.ts';

const parted = (text: string, a: string, b: string) => {
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  return acrossClause(text, span(a), span(b));
};

it('parts two spans by a semicolon or a clause with a day of its own', () => {
  expect(
    parted('Durmió en Esquipulas; el martes avanzó a Chiquimula.', 'Esquipulas', 'Chiquimula'),
  ).toBe(true);
  expect(
    parted(
      'El martes pernoctaron en Castaños, y ayer algunos subieron a un tren hacia Piedras Negras.',
      'Castaños',
      'Piedras Negras',
    ),
  ).toBe(true);
  expect(parted('They left Huixtla, and walked to Mapastepec.', 'Huixtla', 'Mapastepec')).toBe(
    false,
  );
});
