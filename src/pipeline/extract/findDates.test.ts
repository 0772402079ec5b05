import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../core/weekdayOf.ts';
import { findDates, printedDates, type Reference } from './findDates.ts';

const ref: Reference = { date: '2019-03-08', label: 'publication 2019-03-08' }; // a Friday

describe('findDates', () => {
  it('reads printed dates in English and Spanish, filling the year from the reference', () => {
    expect(findDates('The group reached the river on March 3, 2019.', ref, 'en')[0]).toMatchObject({
      date: '2019-03-03',
      basis: 'printed',
    });
    expect(findDates('They slept there on Feb. 27.', ref, 'en')[0]).toMatchObject({
      date: '2019-02-27',
      basis: 'printed',
    });
    expect(findDates('Llegaron el 2 de marzo a la plaza.', ref, 'es')[0]).toMatchObject({
      date: '2019-03-02',
      basis: 'printed',
    });
  });

  it('reads a weekday in brackets after a printed day as that day', () => {
    const days = findDates('March 4 (Monday): About 1,500 people walk in.', ref, 'en');
    expect(days.map((d) => d.date)).toEqual(['2019-03-04']);
  });

  it('resolves weekday words backwards and keeps the weekday first in the words', () => {
    const [d] = findDates('They left late Tuesday night.', ref, 'en');
    expect(d).toMatchObject({ date: '2019-03-05', basis: 'weekday' });
    expect(weekdayOf(d?.words ?? '')).toBe(2);
    expect(findDates('El miércoles caminaron.', ref, 'es')[0]).toMatchObject({
      date: '2019-03-06',
    });
    expect(findDates('They plan to leave next Monday.', ref, 'en')[0]).toMatchObject({
      date: '2019-03-11',
    });
  });

  it('takes a plain weekday nearest the printed day when the publication day is unknown', () => {
    const printed = { date: '2019-03-04', label: 'the latest date printed, 2019-03-04' }; // Monday
    const inferred: Reference = { date: '2019-03-07', label: 'the latest day named', printed };
    expect(findDates('They walked on Thursday.', inferred, 'en')[0]).toMatchObject({
      date: '2019-03-07',
      basis: 'weekday',
    });
    expect(findDates('Salieron el viernes.', inferred, 'es')[0]?.date).toBe('2019-03-01');
    expect(findDates('They leave next Friday.', inferred, 'en')[0]?.date).toBe('2019-03-08');
  });

  it('gives "earlier in the day" and "esa noche" the day the text last spoke of', () => {
    const [previous] = findDates('On Tuesday the governor spoke.', ref, 'en');
    const date = (s: string, language: 'en' | 'es' = 'en') =>
      findDates(s, ref, language, previous)[0];
    expect(date('Earlier in the day, 3,000 people left Huixtla.')).toMatchObject({
      date: '2019-03-05',
      basis: 'relative',
    });
    expect(date('Esa misma noche durmieron en la plaza.', 'es')?.date).toBe('2019-03-05');
    expect(date('Later that day they rested.')?.words).toContain('last spoke of, 2019-03-05');
    expect(findDates('Earlier in the day they rested.', ref, 'en')).toEqual([]);
  });

  it('takes "la víspera" after a day told in its own sentence as that day\'s eve', () => {
    const days = findDates(
      'El martes hicieron el tramo a Juchitán, y la víspera habían dormido en Niltepec.',
      ref,
      'es',
    );
    expect(days.map((d) => d.date)).toEqual(['2019-03-05', '2019-03-04']);
  });

  it('takes "la víspera" past a day told in passing between commas, to the sentence before', () => {
    const [sunday] = findDates('El domingo la caravana llegó.', ref, 'es');
    const days = findDates(
      'El grupo, que salió de Tecún Umán el 28 de febrero, pasó la víspera en Metapa.',
      ref,
      'es',
      sunday,
      sunday,
    );
    expect(days.map((d) => d.date)).toEqual(['2019-02-28', '2019-03-02']);
  });

  it('takes the year from a printed weekday when no year is printed', () => {
    const clock: Reference = { date: '2026-11-23', label: 'today' };
    const [d] = findDates('Llegaron la tarde de este viernes 2 de abril a Acayucan.', clock, 'es');
    expect(d).toMatchObject({ date: '2021-04-02', basis: 'printed' });
    expect(findDates('They rested on Tuesday, Feb. 4.', clock, 'en')[0]?.date).toBe('2025-02-04');
    const story: Reference = { ...clock, near: '2018-11-25' };
    expect(findDates('Llegaron el lunes 2 de diciembre.', story, 'es')[0]?.date).toBe('2019-12-02');
  });

  it('reads a weekday after "hasta el" or a future verb as ahead', () => {
    expect(findDates('Descansará hasta el domingo.', ref, 'es')[0]).toMatchObject({
      date: '2019-03-10',
      ahead: true,
    });
    expect(findDates('Saldrán el domingo.', ref, 'es')[0]?.ahead).toBe(true);
    expect(findDates('Llegaron el domingo.', ref, 'es')[0]?.ahead).toBeUndefined();
    expect(findDates('El grupo prevé seguir el domingo.', ref, 'es')[0]?.ahead).toBe(true);
    const vote = findDates('The vote was to leave on Friday for Querétaro.', ref, 'en');
    expect(vote[0]?.ahead).toBe(true);
  });

  it('reads a weekday in a plan as ahead, and a photo count as no date', () => {
    expect(findDates('They planned to set out on Sunday for Durango.', ref, 'en')[0]?.date).toBe(
      '2019-03-10',
    );
    expect(findDates('5/9', ref, 'en')).toEqual([]);
    expect(findDates('Fotos del 5/9/2019.', ref, 'es')[0]?.date).toBe('2019-09-05');
  });

  it('reads "three days later" from the day told before, not "cinco días después de salir"', () => {
    const [previous] = findDates('On Tuesday the caravan crossed.', ref, 'en');
    expect(findDates('Three days later it rested.', ref, 'en', previous)[0]?.date).toBe(
      '2019-03-08',
    );
    expect(findDates('Tres días después llegaron.', ref, 'es', previous)[0]?.date).toBe(
      '2019-03-08',
    );
    expect(findDates('Llegó cinco días después de salir.', ref, 'es', previous)).toEqual([]);
  });

  it('reads "the next day" and "el domingo 4"', () => {
    const [previous] = findDates('On Tuesday the caravan crossed.', ref, 'en');
    expect(findDates('The next day they rested.', ref, 'en', previous)[0]?.date).toBe('2019-03-06');
    expect(findDates('Llegaron el domingo 3 a la plaza.', ref, 'es')[0]?.date).toBe('2019-03-03');
    expect(findDates('Había partido el miércoles 20 de la ciudad.', ref, 'es')[0]?.date).toBe(
      '2019-02-20',
    );
    expect(findDates('The next morning they walked on.', ref, 'en', previous)[0]?.date).toBe(
      '2019-03-06',
    );
  });

  it('reads "la víspera" as the eve of the day the sentence before spoke of, else of the reference', () => {
    const [sunday] = findDates('El domingo la caravana llegó.', ref, 'es');
    const eve = (s: string, before?: typeof sunday) =>
      findDates(s, ref, 'es', sunday, before)[0]?.date;
    expect(eve('La víspera, en Mazatenango, contaron 1,300.', sunday)).toBe('2019-03-02');
    expect(eve('La víspera, en Mazatenango, contaron 1,300.')).toBe('2019-03-07');
    expect(eve('El lunes, la víspera del cruce, caminaron.', sunday)).toBe('2019-03-04');
  });

  it('resolves relative words', () => {
    const date = (s: string, language: 'en' | 'es' = 'en') => findDates(s, ref, language)[0]?.date;
    expect(date('They arrived yesterday.')).toBe('2019-03-07');
    expect(date('Llegaron anoche.', 'es')).toBe('2019-03-07');
    expect(date('Salieron ayer.', 'es')).toBe('2019-03-07');
    expect(date('They left four days ago.')).toBe('2019-03-04');
    expect(date('Anteanoche durmieron en Tonalá.', 'es')).toBe('2019-03-06');
    expect(date('Esta madrugada salieron.', 'es')).toBe('2019-03-08');
    expect(date('The caravan arrived on the 6th.')).toBe('2019-03-06');
    expect(date('Llegaron el día 28.', 'es')).toBe('2019-02-28');
    expect(findDates('They gathered last week.', ref, 'en')[0]).toMatchObject({
      date: '2019-02-25',
      dateEnd: '2019-03-03',
      basis: 'relative',
    });
  });

  it('takes a capitalised relative word inside a sentence for a name', () => {
    expect(findDates('The figure was reported by USA Today.', ref, 'en')).toEqual([]);
  });

  it('reads a relative word that opens a live blog entry or a speaker’s turn', () => {
    const [entry] = findDates('10:15 a.m. — Yesterday the group walked on.', ref, 'en');
    expect(entry).toMatchObject({ basis: 'relative' });
    const [turn] = findDates('REPORTERO: Ayer llegaron.', ref, 'es');
    expect(turn?.date).toBe(entry?.date);
  });

  it('ignores months without a day', () => {
    expect(findDates('Since April the numbers grew.', ref, 'en')).toEqual([]);
    // "ago" is no month: "a few days ago" is not a printed date.
    expect(printedDates('They got there first, a few days ago.', ref, 'en')).toEqual([]);
    expect(printedDates('Salieron el 15 de agosto.', ref, 'es')[0]?.date).toMatch(/-08-15$/);
  });

  it('resolves every weekday word within the week up to the reference', () => {
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 3000 }),
        (w, offset) => {
          const date = new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const [d] = findDates(`The migrants rested on ${names[w]}.`, { date, label: 'x' }, 'en');
          expect(new Date(`${d?.date}T00:00:00Z`).getUTCDay()).toBe(w);
          const back = (Date.parse(date) - Date.parse(d?.date ?? '')) / 86_400_000;
          expect(back >= 0 && back < 7).toBe(true);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (t) => void findDates(t, ref, 'en')),
      { seed: 5, numRuns: 200 },
    );
  });
});
