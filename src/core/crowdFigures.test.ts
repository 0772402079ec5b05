import { describe, expect, it } from 'vitest';
import { crowdFigures } from './crowdFigures.ts';
import { reportTime } from './reportTime.ts';
import type { EventRow, Group, Source } from './schema.ts';

function crowd(
  id: string,
  date: string,
  value: number,
  extra: { valueMax?: number; statedBy?: string; source?: string; group?: Group } = {},
): EventRow {
  return {
    id,
    date,
    dateBasis: 'printed',
    group: extra.group ?? 'main',
    fact: 'crowd',
    value,
    valueMax: extra.valueMax,
    unit: 'people',
    statedBy: extra.statedBy,
    source: extra.source ?? 'ept',
    quote: `${value} people`,
  };
}

function source(id: string, outlet: string): [string, Source] {
  return [id, { id, kind: 'report', file: 'reports.csv', outlet }];
}

const SOURCES = new Map([
  source('ept', 'El Paso Times'),
  source('dm', 'Daily Mail'),
  source('gnn', 'GNN Liberia'),
]);

const ROWS: EventRow[] = [
  crowd('org', '2018-10-24', 10000, { statedBy: 'Pueblo Sin Fronteras' }),
  crowd('gov', '2018-10-24', 3630, { statedBy: 'Mexican government' }),
  crowd('un', '2018-10-24', 7200, { statedBy: 'United Nations', source: 'dm' }),
  crowd('range', '2018-11-08', 4000, { valueMax: 5000, source: 'gnn' }),
  crowd('early', '2018-10-13', 1500),
  crowd('second', '2018-10-24', 500, { group: 'second' }),
  {
    id: 'pos',
    date: '2018-10-24',
    dateBasis: 'printed',
    group: 'main',
    fact: 'position',
    place: 'huixtla',
    source: 'ept',
    quote: 'in Huixtla',
  },
];

describe('crowdFigures', () => {
  const days = crowdFigures(ROWS, SOURCES);

  it('spans the disagreeing figures of a day, each with its outlet and who stated it', () => {
    const day = days.find((d) => d.day === '2018-10-24');
    expect(day).toMatchObject({ time: reportTime('2018-10-24'), min: 3630, max: 10000 });
    expect(day?.figures.map((f) => [f.value, f.statedBy, f.outlet, f.rowId])).toEqual([
      [10000, 'Pueblo Sin Fronteras', 'El Paso Times', 'org'],
      [7200, 'United Nations', 'Daily Mail', 'un'],
      [3630, 'Mexican government', 'El Paso Times', 'gov'],
    ]);
  });

  it('counts both ends of a range figure', () => {
    const day = days.find((d) => d.day === '2018-11-08');
    expect(day).toMatchObject({ min: 4000, max: 5000 });
    expect(day?.figures[0]).toMatchObject({ value: 4000, valueMax: 5000, outlet: 'GNN Liberia' });
  });

  it('returns days in order, each once', () => {
    expect(days.map((d) => d.day)).toEqual(['2018-10-13', '2018-10-24', '2018-11-08']);
  });

  it('gives a one-figure day the same min and max', () => {
    expect(days[0]).toMatchObject({ min: 1500, max: 1500 });
    expect(days[0]?.figures).toHaveLength(1);
  });

  it('keeps to the group asked for, main by default', () => {
    expect(crowdFigures(ROWS, SOURCES, 'second')).toMatchObject([
      { day: '2018-10-24', min: 500, max: 500 },
    ]);
  });

  it('names a row whose source is missing', () => {
    expect(() =>
      crowdFigures([crowd('lost', '2018-10-13', 1, { source: 'nope' })], SOURCES),
    ).toThrow(/lost cites nope/);
  });
});
