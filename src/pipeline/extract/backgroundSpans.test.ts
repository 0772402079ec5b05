import { describe, expect, it } from 'vitest';
import { backgroundSpans } from './backgroundSpans.ts';

const reference = '2021-03-24';
const whole = (s: string) => [{ start: 0, end: s.length }];
const spans = (s: string) => backgroundSpans(s, reference);

describe('backgroundSpans', () => {
  it('makes a sentence history when it opens on an earlier year, month or caravan', () => {
    for (const s of [
      'In October 2018, a caravan of 7,000 crossed Mexico.',
      'In January, police stopped some 7,000 people.',
      // In March, "last March" is a year back.
      'Last March, a smaller group of about 300 walked from Liberia in three days.',
      'Otra caravana de unas 12 mil personas cruzó en enero.',
      'The April caravan numbered about 1,200 at its largest.',
      'It was here, in 2019, that a caravan of about 1,000 people waited for weeks.',
      'The last caravan to cross Mexico, in April, numbered about 1,100.',
      'Last spring, a smaller caravan of about 1,200 people made the trip.',
      'No es la primera vez que un grupo así cruza el estado: en 2021, unos 300 lo hicieron.',
    ]) {
      expect(spans(s)).toEqual(whole(s));
    }
  });

  it('keeps the rest of the sentence when the history is a clause inside it', () => {
    const s = 'Some 900 people slept in the shelter, founded in 2011, on Monday.';
    const [span] = spans(s);
    expect(s.slice(span?.start, span?.end)).toBe(' founded in 2011');
  });

  it('reads "two years ago" and "hace dos años" as an earlier episode', () => {
    const s = 'Contó que su hijo fue deportado hace dos años con un grupo de 60 guatemaltecos.';
    expect(spans(s)).toEqual(whole(s));
    const t = 'About 700 people slept here, and a cousin went north two years ago.';
    const [span] = spans(t);
    expect(t.slice(span?.start, span?.end)).toBe(' and a cousin went north two years ago.');
  });

  it('reads "3,500" as one number, not a clause break', () => {
    const s = 'Tijuana has absorbed migrants before: some 3,500 Haitians in 2016.';
    const [span] = spans(s);
    expect(s.slice(span?.start, span?.end)).toBe(' some 3,500 Haitians in 2016.');
  });

  it('finds none in sentences about the journey now', () => {
    for (const s of [
      'Some 2,500 migrants left Tenosique on March 22.',
      'They have walked since February 27.',
      'In March they crossed two borders.',
      'Some 2021 migrants registered.',
      'It was the first large caravan of the spring.',
      // Towns that start like a month, and "en marcha".
      'El lunes la caravana durmió en Marcovia.',
      'Esta mañana, aquí en Janos, unas 650 personas desayunaron.',
      'Unos 4 mil migrantes salen del albergue en marcha.',
    ]) {
      expect(spans(s)).toEqual([]);
    }
  });
});
