import { describe, expect, it } from 'vitest';
import { findReference } from './findReference.ts';
import { splitSentences } from './splitSentences.ts';

describe('findReference', () => {
  it('takes the publication day when given', () => {
    expect(findReference([], 'en', '2019-03-08', '2030-01-01')).toMatchObject({
      date: '2019-03-08',
      given: true,
    });
  });

  it('falls back on the latest printed day, with its year from the text', () => {
    const text = 'On March 1, 2019 the group formed. A photo from March 4 shows them in the rain.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2019-03-04', given: false });
    expect(found.label).toContain('latest date printed');
  });

  it('moves on to a plain weekday within three days after the printed day', () => {
    const text = 'A photo from March 4, 2019 (a Monday). The group reached the river on Thursday.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2019-03-07', given: false });
    expect(found.label).toContain('the latest date printed, 2019-03-04');
  });

  it('stays on a date printed over the story, the date of the article itself', () => {
    const text = 'Wire Service | Monday, March 4, 2019\n\nThe group reached the river on Thursday.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2019-03-04', given: false });
    expect(found.label).toContain('the date at the head of the text');
    expect(found.printed).toBeUndefined(); // so its weekdays fall on or before it
  });

  it('stays on the date of a dateline, the day the story was filed', () => {
    const text =
      'Sale la caravana\n\nQuerétaro, 12 de noviembre de 2018.- Los migrantes salieron hoy. El grupo prevé seguir el martes.\n\nEl martes, el alcalde pidió ayuda.';
    const found = findReference(splitSentences(text), 'es', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2018-11-12', given: false });
    expect(found.label).toContain('the date in the dateline');
  });

  it('stays on the day a broadcast went out, stamped near its top', () => {
    const text =
      'Caravana llega a la capital\nRADIO VOZ DEL VALLE\nTranscripción de la emisión del miércoles 17 de octubre de 2018, 9:00 p.m.\n\nLOCUTORA: Hoy salieron de Chiquimula. El 20 de octubre esperan seguir.';
    const found = findReference(splitSentences(text), 'es', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2018-10-17', given: false });
  });

  it('stays on the day a broadcast says it is', () => {
    const text =
      'Caravan votes\n\nANCHOR: Good evening. It is Thursday, November 8, and the caravan is still here. They leave on Sunday.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01', '2018-12-01');
    expect(found).toMatchObject({ date: '2018-11-08', given: false });
  });

  it('stays on the printed day when the weekdays fall before it, or are plans', () => {
    const text =
      'A photo from March 4, 2019. They left on Saturday. They hope to cross next Thursday.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01');
    expect(found).toMatchObject({ date: '2019-03-04', given: false });
  });

  it('says so when it has only the clock', () => {
    const found = findReference(
      splitSentences('They walked on Monday.'),
      'en',
      undefined,
      '2030-01-01',
    );
    expect(found).toMatchObject({ date: '2030-01-01', given: false });
    expect(found.label).toContain('no publication day');
  });
});

describe('findReference in a story', () => {
  it('places dates printed without a year in the year of the log it is for', () => {
    const text = 'The caravan set out on Oct. 13. By Oct. 21 it was in Tapachula.';
    const found = findReference(splitSentences(text), 'en', undefined, '2030-01-01', '2018-12-01');
    expect(found).toMatchObject({ date: '2018-10-21', given: false });
    expect(found.label).toContain("the year of the log's time");
  });
});
