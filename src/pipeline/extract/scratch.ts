import { readFileSync } from 'node:fs';
import { extractArticle } from './extractArticle.ts';
import { loadGazetteer } from './loadGazetteer.ts';

const t0 = Date.now();
const gaz = loadGazetteer('data/places.csv');
console.log('gaz', Date.now() - t0);
for (const [f, pub] of [
  ['000_32907f849e303718.txt', undefined],
  ['004_c936f8eae55bf859.txt', '2018-11-09'],
  ['001_edc69e52ae7fec6c.txt', '2018-10-25'],
  ['002_bbc4ccc2e3994ef7.txt', undefined],
  ['003_e705705f4668ed85.txt', undefined],
] as const) {
  const t1 = Date.now();
  const x = extractArticle(readFileSync(`/work/shared/seeds/${f}`, 'utf8'), {
    gazetteer: gaz,
    published: pub,
    source: f.slice(0, 3),
    today: '2026-01-01',
  });
  console.log('=====', f, Date.now() - t1, 'ms', x.reference);
  for (const p of x.proposals)
    console.log(JSON.stringify({ ...p.row, sentence: undefined }), p.checks);
}
