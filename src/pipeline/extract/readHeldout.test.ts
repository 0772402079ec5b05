import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHeldout } from './readHeldout.ts';

const set = (name: string) => fileURLToPath(new URL(`eval/${name}`, import.meta.url));

describe('readHeldout', () => {
  it.each([
    'dev',
    'dev2',
    'dev3',
    'dev4',
    'dev5',
    'dev6',
    'dev7',
    'dev8',
    'dev9',
    'dev10',
    'dev11',
    'test',
    'test2',
    'test3',
    'test4',
    'test5',
    'test6',
    'test7',
    'dev12',
    'dev13',
    'dev14',
    'dev15',
    'dev16',
    'dev17',
    'test8',
    'dev18',
    'dev19',
    'dev20',
    'dev21',
    'dev22',
    'dev23',
    'dev24',
    'dev25',
    'dev26',
    'dev27',
    'test9',
    'test10',
    'dev28',
    'dev29',
    'dev30',
    'dev31',
    'test11',
    'test12',
    'test13',
    'test14',
    'test15',
    'test16',
    'test17',
    'test18',
    'test19',
    'test20',
    'test21',
    'test22',
    'test23',
    'test24',
    'test25',
    'test26',
    'test27',
    'test28',
    'test29',
    'test30',
    'test31',
    'test32',
    'test33',
    'dev32',
    'dev33',
    'dev34',
    'dev35',
    'dev36',
    'dev37',
    'dev38',
    'dev39',
    'dev40',
    'dev41',
    'dev42',
    'dev43',
    'dev44',
    'dev45',
    'dev46',
    'dev47',
    'dev48',
    'dev49',
    'dev50',
    'dev51',
    'dev52',
    'dev53',
    'dev54',
    'dev55',
    'dev56',
    'dev57',
    'dev58',
    'dev59',
    'dev60',
    'dev61',
    'dev62',
    'dev63',
    'dev64',
    'dev65',
    'dev66',
    'dev67',
    'dev68',
    'dev69',
    'dev70',
    'dev71',
    'dev72',
    'dev73',
    'dev74',
    'dev75',
    'dev76',
    'dev77',
    'dev78',
    'dev79',
    'dev80',
    'dev81',
    'dev82',
    'dev83',
    'dev84',
    'dev85',
    'dev86',
    'dev87',
    'dev88',
    'dev89',
    'dev90',
    'dev91',
    'dev92',
  ])('reads the %s set: each quote in its article', (name) => {
    const articles = readHeldout(set(name));
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const a of articles) for (const row of a.expected) expect(a.text).toContain(row.quote);
  });

  it('stops with file and line on a quote its article does not hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heldout-'));
    writeFileSync(join(dir, 'manifest.csv'), 'file,language,published\nen-01.txt,en,\n');
    writeFileSync(join(dir, 'en-01.txt'), 'The caravan rested in Huixtla.');
    writeFileSync(
      join(dir, 'expected.csv'),
      'file,date,fact,group,place,placeTo,value,valueMax,unit,measures,quote\nen-01.txt,2019-03-01,position,main,huixtla,,,,,,slept in Huixtla\n',
    );
    expect(() => readHeldout(dir)).toThrow(/expected\.csv:2: quote: not in en-01\.txt/);
  });

  it('reads a second key of a set, each quote in its article', () => {
    const [first, second] = [
      readHeldout(set('dev12')),
      readHeldout(set('dev12'), 'second-key.csv'),
    ];
    expect(second.map((a) => a.file)).toEqual(first.map((a) => a.file));
    for (const a of second) for (const row of a.expected) expect(a.text).toContain(row.quote);
  });
});
