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
