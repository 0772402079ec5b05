import { expect, it } from 'vitest';
import { undatedSpans } from './undatedSpans.ts';

it.each([
  'Late October: The caravan left Huehuetoca for Querétaro.',
  'El grupo salió de San Pedro Sula el fin de semana.',
  'Since then: the group moved on through Los Mochis.',
  'Most are Cubans who reached Yucatán over the past year through Cancún.',
  'Muchos llegaron en los últimos meses por Cancún.',
])('takes "%s" as undated throughout', (s) => {
  expect(undatedSpans(s)).toEqual([{ start: 0, end: s.length }]);
});

it('keeps the dated clause of a sentence', () => {
  const s = 'They rested in Sayula on Monday, after leaving Tapachula in mid-November.';
  const [span] = undatedSpans(s);
  expect(s.slice(span?.start, span?.end)).toBe(' after leaving Tapachula in mid-November.');
  expect(undatedSpans('They left on Oct. 17 for Donají.')).toEqual([]);
  const since = 'La caravana llegó el lunes a Puebla y desde entonces ocupa el estadio.';
  const [after] = undatedSpans(since);
  expect(since.slice(after?.start, after?.end)).toBe('desde entonces ocupa el estadio.');
});
