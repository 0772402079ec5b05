import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiTime, parseHostMessage } from './hostMessages.ts';

const base = { source: 'caravan-map', version: 1 };

describe('parseHostMessage', () => {
  it('accepts the four host commands of version 1', () => {
    expect(parseHostMessage({ ...base, type: 'setTime', time: '2018-10-25' })).toMatchObject({
      type: 'setTime',
    });
    expect(parseHostMessage({ ...base, type: 'setTime', time: '2018-10-25T15' })).toBeDefined();
    expect(parseHostMessage({ ...base, type: 'play' })).toBeDefined();
    expect(parseHostMessage({ ...base, type: 'pause' })).toBeDefined();
    expect(
      parseHostMessage({ ...base, type: 'setGroups', groups: ['main', 'second'] }),
    ).toBeDefined();
  });

  it('rejects other versions, unknown types, bad values and markup', () => {
    expect(parseHostMessage({ ...base, version: 2, type: 'play' })).toBeUndefined();
    expect(
      parseHostMessage({ ...base, type: 'navigate', url: 'javascript:alert(1)' }),
    ).toBeUndefined();
    expect(parseHostMessage({ ...base, type: 'setTime', time: '<img src=x>' })).toBeUndefined();
    expect(
      parseHostMessage({ ...base, type: 'setGroups', groups: ['main', '__proto__'] }),
    ).toBeUndefined();
    expect(parseHostMessage('{"type":"play"}')).toBeUndefined();
    expect(parseHostMessage(null)).toBeUndefined();
  });

  it('never throws on anything a page could post (seeded)', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        (data) => parseHostMessage(data) === undefined || typeof data === 'object',
      ),
      { seed: 7 },
    );
  });

  it('writes times as UTC hours', () => {
    expect(apiTime(Date.parse('2018-10-25T12:00:00Z'))).toBe('2018-10-25T12');
  });
});
