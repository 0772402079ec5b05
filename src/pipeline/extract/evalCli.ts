/*
 * npm run extract:eval [-- --published seed-000=2018-10-25]
 * Runs the extractor on the seed articles and scores its rows against the curated rows that
 * cite them; then on sets of invented articles keyed by helpers who never saw the extractor:
 * eval/dev to dev92, whose misses are printed and were read, and eval/test to test33,
 * sealed: only their scores are printed. Where a second helper keyed a set again without
 * seeing its key (second-key.csv), how well the two keys agree is printed. Publication days
 * come from data/sources.csv and each set's manifest.csv; where there is none, the
 * extractor's own rule applies, unless given here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_COLUMNS, type EventRow, eventRowSchema, SOURCE_COLUMNS } from '../../core/schema.ts';
import { readCsv } from '../readCsv.ts';
import type { Gazetteer } from './buildGazetteer.ts';
import { CATEGORIES, evaluate, type Score, type ScoredRow, type SourceRows } from './evaluate.ts';
import { extractArticle } from './extractArticle.ts';
import { loadGazetteer } from './loadGazetteer.ts';
import { readHeldout } from './readHeldout.ts';
import { readStoryDay } from './readStoryDay.ts';

const AIM = { recall: 0.9, precision: 0.8 };

interface Article {
  id: string;
  /** The set's folder, for invented articles. */
  dir?: string;
  text: string;
  published: string | undefined;
  expected: readonly ScoredRow[];
}

function main(): void {
  const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
  const context: Context = {
    gazetteer: loadGazetteer(join(dataDir, 'places.csv')),
    overrides: publishedOverrides(process.argv.slice(2)),
    storyDay: readStoryDay(join(dataDir, 'events.csv')),
  };
  score('Seed articles, against the curated log', seedArticles(dataDir), context, true);
  // The invented articles tell other stories, in other years: the log's time is not theirs.
  const elsewhere = { ...context, storyDay: undefined };
  score('Development set (invented; eval/dev)', invented('dev'), elsewhere, true);
  score('Second development set (invented; eval/dev2)', invented('dev2'), elsewhere, true);
  score('Third development set (invented; eval/dev3)', invented('dev3'), elsewhere, true);
  score(
    'Fourth development set (the 2018 story retold; eval/dev4)',
    invented('dev4'),
    context,
    true,
  );
  // Half the 2018 story, half other caravans: run as `extract` runs, with the log's time.
  const mixed = (set: string, ordinal: string, kind: string) =>
    `${ordinal} ${kind} set (the 2018 story and other caravans; eval/${set})`;
  for (const [set, ordinal] of [
    ['dev5', 'Fifth'],
    ['dev6', 'Sixth'],
    ['dev7', 'Seventh'],
    ['dev8', 'Eighth'],
    ['dev9', 'Ninth'],
    ['dev10', 'Tenth'],
    ['dev11', 'Eleventh'],
    ['dev12', 'Twelfth'],
    ['dev13', 'Thirteenth'],
    ['dev14', 'Fourteenth'],
    ['dev15', 'Fifteenth'],
    ['dev16', 'Sixteenth'],
    ['dev17', 'Seventeenth'],
    ['dev18', 'Eighteenth'],
    ['dev19', 'Nineteenth'],
    ['dev20', 'Twentieth'],
    ['dev21', 'Twenty-first'],
    ['dev22', 'Twenty-second'],
    ['dev23', 'Twenty-third'],
    ['dev24', 'Twenty-fourth'],
    ['dev25', 'Twenty-fifth'],
    ['dev26', 'Twenty-sixth'],
    ['dev27', 'Twenty-seventh'],
    ['dev28', 'Twenty-eighth'],
    ['dev29', 'Twenty-ninth'],
    ['dev30', 'Thirtieth'],
    ['dev31', 'Thirty-first'],
    ['dev32', 'Thirty-second'],
    ['dev33', 'Thirty-third'],
    ['dev34', 'Thirty-fourth'],
    ['dev35', 'Thirty-fifth'],
    ['dev36', 'Thirty-sixth'],
    ['dev37', 'Thirty-seventh'],
    ['dev38', 'Thirty-eighth'],
    ['dev39', 'Thirty-ninth'],
    ['dev40', 'Fortieth'],
    ['dev41', 'Forty-first'],
    ['dev42', 'Forty-second'],
    ['dev43', 'Forty-third'],
    ['dev44', 'Forty-fourth'],
    ['dev45', 'Forty-fifth'],
    ['dev46', 'Forty-sixth'],
    ['dev47', 'Forty-seventh'],
    ['dev48', 'Forty-eighth'],
    ['dev49', 'Forty-ninth'],
    ['dev50', 'Fiftieth'],
    ['dev51', 'Fifty-first'],
    ['dev52', 'Fifty-second'],
    ['dev53', 'Fifty-third'],
    ['dev54', 'Fifty-fourth'],
    ['dev55', 'Fifty-fifth'],
    ['dev56', 'Fifty-sixth'],
    ['dev57', 'Fifty-seventh'],
    ['dev58', 'Fifty-eighth'],
    ['dev59', 'Fifty-ninth'],
    ['dev60', 'Sixtieth'],
    ['dev61', 'Sixty-first'],
    ['dev62', 'Sixty-second'],
    ['dev63', 'Sixty-third'],
    ['dev64', 'Sixty-fourth'],
    ['dev65', 'Sixty-fifth'],
    ['dev66', 'Sixty-sixth'],
    ['dev67', 'Sixty-seventh'],
    ['dev68', 'Sixty-eighth'],
    ['dev69', 'Sixty-ninth'],
    ['dev70', 'Seventieth'],
    ['dev71', 'Seventy-first'],
    ['dev72', 'Seventy-second'],
    ['dev73', 'Seventy-third'],
    ['dev74', 'Seventy-fourth'],
    ['dev75', 'Seventy-fifth'],
    ['dev76', 'Seventy-sixth'],
    ['dev77', 'Seventy-seventh'],
    ['dev78', 'Seventy-eighth'],
    ['dev79', 'Seventy-ninth'],
    ['dev80', 'Eightieth'],
    ['dev81', 'Eighty-first'],
    ['dev82', 'Eighty-second'],
    ['dev83', 'Eighty-third'],
    ['dev84', 'Eighty-fourth'],
    ['dev85', 'Eighty-fifth'],
    ['dev86', 'Eighty-sixth'],
    ['dev87', 'Eighty-seventh'],
    ['dev88', 'Eighty-eighth'],
    ['dev89', 'Eighty-ninth'],
    ['dev90', 'Ninetieth'],
    ['dev91', 'Ninety-first'],
    ['dev92', 'Ninety-second'],
  ] as const) {
    score(mixed(set, ordinal, 'development'), invented(set), context, true);
  }
  // Every sealed set's rows, for the figure the aim is read on (evaluate pairs rows within
  // each article, so the sets' like-named files stay apart).
  const sealed: SourceRows[] = [];
  const keep = (rows: SourceRows[]) => sealed.push(...rows);
  keep(
    score('Sealed test set (invented; eval/test): score only', invented('test'), elsewhere, false),
  );
  // The second sealed set retells the 2018 story itself, so the log's time is its time.
  const test2 =
    'Second sealed test set (invented wording of the 2018 story; eval/test2): score only';
  keep(score(test2, invented('test2'), context, false));
  // Each written by a helper that saw none of the rules; test7 to test33 were written while
  // rules went in, and each was scored once, at the end of its stop.
  for (const [set, ordinal] of [
    ['test3', 'Third'],
    ['test4', 'Fourth'],
    ['test5', 'Fifth'],
    ['test6', 'Sixth'],
    ['test7', 'Seventh'],
    ['test8', 'Eighth'],
    ['test9', 'Ninth'],
    ['test10', 'Tenth'],
    ['test11', 'Eleventh'],
    ['test12', 'Twelfth'],
    ['test13', 'Thirteenth'],
    ['test14', 'Fourteenth'],
    ['test15', 'Fifteenth'],
    ['test16', 'Sixteenth'],
    ['test17', 'Seventeenth'],
    ['test18', 'Eighteenth'],
    ['test19', 'Nineteenth'],
    ['test20', 'Twentieth'],
    ['test21', 'Twenty-first'],
    ['test22', 'Twenty-second'],
    ['test23', 'Twenty-third'],
    ['test24', 'Twenty-fourth'],
    ['test25', 'Twenty-fifth'],
    ['test26', 'Twenty-sixth'],
    ['test27', 'Twenty-seventh'],
    ['test28', 'Twenty-eighth'],
    ['test29', 'Twenty-ninth'],
    ['test30', 'Thirtieth'],
    ['test31', 'Thirty-first'],
    ['test32', 'Thirty-second'],
    ['test33', 'Thirty-third'],
  ] as const) {
    keep(score(`${mixed(set, ordinal, 'sealed test')}: score only`, invented(set), context, false));
  }
  console.log('\n## All sealed test sets, pooled: score only\n');
  console.log(table(evaluate(sealed)));
}

function setDir(set: string): string {
  return fileURLToPath(new URL(`eval/${set}`, import.meta.url));
}

function invented(set: string): Article[] {
  return readHeldout(setDir(set)).map((a) => ({
    id: a.file,
    dir: setDir(set),
    text: a.text,
    published: a.published,
    expected: a.expected,
  }));
}

interface Context {
  gazetteer: Gazetteer;
  overrides: Map<string, string>;
  storyDay: string | undefined;
}

/** Prints a set's table (and, for development sets, its misses); returns its rows. */
function score(
  title: string,
  articles: Article[],
  context: Context,
  showMisses: boolean,
): SourceRows[] {
  const { gazetteer, overrides, storyDay } = context;
  console.log(`\n## ${title}\n`);
  const rows: SourceRows[] = articles.map((a) => {
    const published = overrides.get(a.id) ?? a.published;
    const started = performance.now();
    const extraction = extractArticle(a.text, {
      gazetteer,
      source: a.id,
      today: new Date().toISOString().slice(0, 10),
      ...(storyDay ? { storyDay } : {}),
      ...(published ? { published } : {}),
    });
    const ms = Math.round(performance.now() - started);
    if (showMisses) {
      console.log(
        `${a.id}: ${extraction.proposals.length} rows proposed in ${ms} ms; dates resolved against ${extraction.reference.label}`,
      );
    }
    return { source: a.id, curated: a.expected, proposed: extraction.proposals.map((p) => p.row) };
  });
  const scores = evaluate(rows);
  console.log(`\n${table(scores)}`);
  const second = secondKeyAgreement(articles);
  if (second) console.log(`\n${second}`);
  if (showMisses) for (const category of CATEGORIES) printUnmatched(category, scores[category]);
  return rows;
}

/** A second keyer's key against the first, where the set has one: what a careful person scores. */
function secondKeyAgreement(articles: Article[]): string | undefined {
  const dir = articles[0]?.dir;
  if (!dir || !existsSync(join(dir, 'second-key.csv'))) return undefined;
  const second = readHeldout(dir, 'second-key.csv');
  const rows = articles.map((a) => ({
    source: a.id,
    curated: a.expected,
    proposed: second.find((b) => b.file === a.id)?.expected ?? [],
  }));
  const total = Object.values(evaluate(rows)).reduce(
    (t, s) => ({
      matched: t.matched + s.matched,
      proposed: t.proposed + s.proposed,
      curated: t.curated + s.curated,
    }),
    { matched: 0, proposed: 0, curated: 0 },
  );
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return `a second keyer, blind to this key, against it: precision ${ratio(total.matched, total.proposed)}, recall ${ratio(total.matched, total.curated)} (${total.curated} rows)`;
}

function seedArticles(dataDir: string): Article[] {
  const seedsDir = join(resolve(process.env.SOURCES_DIR ?? join('..', 'shared')), 'seeds');
  const curated = curatedRows(join(dataDir, 'events.csv'));
  return readCsv(
    readFileSync(join(dataDir, 'sources.csv'), 'utf8'),
    'data/sources.csv',
    SOURCE_COLUMNS,
  )
    .map((r) => r.cells)
    .filter((s) => s.kind === 'seed')
    .map((s) => ({
      id: s.id ?? '',
      text: readFileSync(join(seedsDir, s.file ?? ''), 'utf8'),
      published: s.published,
      expected: curated.filter((r) => r.source === s.id),
    }));
}

function publishedOverrides(argv: string[]): Map<string, string> {
  const pairs = argv.flatMap((a, i) => (argv[i - 1] === '--published' ? [a.split('=')] : []));
  return new Map(pairs.map(([id, day]) => [id ?? '', day ?? '']));
}

function curatedRows(path: string): EventRow[] {
  return readCsv(readFileSync(path, 'utf8'), 'data/events.csv', EVENT_COLUMNS).flatMap(
    ({ cells }) => {
      const parsed = eventRowSchema.safeParse(cells);
      return parsed.success ? [parsed.data] : [];
    },
  );
}

function table(scores: Record<string, Score>): string {
  const header = '| category | curated | proposed | matched | precision | recall |';
  const line = '|---|---:|---:|---:|---:|---:|';
  const total: Score = { curated: 0, proposed: 0, matched: 0, extra: [], missed: [] };
  const rows = Object.entries(scores).map(([name, s]) => {
    total.curated += s.curated;
    total.proposed += s.proposed;
    total.matched += s.matched;
    return tableRow(name, s);
  });
  const precision = total.matched / total.proposed;
  const recall = total.matched / total.curated;
  const met = recall >= AIM.recall && precision >= AIM.precision ? '✓ met' : '✗ not met';
  const aim = `aim: recall ≥ ${AIM.recall} with precision ≥ ${AIM.precision}: ${met}`;
  return [header, line, ...rows, tableRow('overall', total), '', aim].join('\n');
}

function tableRow(name: string, s: Score): string {
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
  return `| ${name} | ${s.curated} | ${s.proposed} | ${s.matched} | ${ratio(s.matched, s.proposed)} | ${ratio(s.matched, s.curated)} |`;
}

function printUnmatched(category: string, score: Score): void {
  if (score.extra.length + score.missed.length === 0) return;
  console.log(`\n${category}:`);
  for (const e of score.extra) console.log(`  proposed, not curated: ${e}`);
  for (const m of score.missed) console.log(`  curated, not proposed: ${m}`);
}

main();
