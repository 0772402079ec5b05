/*
 * npm run extract -- article.txt [--published YYYY-MM-DD] [--source-id ID] [--append [--accept ID,…]]
 * Reads a plain-text article and prints the log rows it proposes, each after a comment line
 * with its sentence. Nothing is written unless --append is given, after review.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isRealIsoDay } from '../../core/isoDay.ts';
import { PLACE_COLUMNS, SOURCE_COLUMNS } from '../../core/schema.ts';
import { readCsv } from '../readCsv.ts';
import { appendRows } from './appendRows.ts';
import { ArticleError, EXIT_NOTHING, EXIT_UNREADABLE, EXIT_USAGE } from './articleError.ts';
import { extractArticle } from './extractArticle.ts';
import { formatProposals } from './formatProposals.ts';
import { loadGazetteer } from './loadGazetteer.ts';
import type { Proposal } from './proposeRows.ts';
import { MAX_ARTICLE_BYTES, readArticle, tooLarge } from './readArticle.ts';
import { readStoryDay } from './readStoryDay.ts';

const USAGE =
  'usage: npm run extract -- path/to/article.txt [--published YYYY-MM-DD] [--source-id ID] [--append [--accept ID,ID…]]';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Folder holding events.csv, places.csv and sources.csv. */
  dataDir: string;
  today: string;
}

interface Args {
  file: string;
  published?: string;
  source?: string;
  append: boolean;
  accept?: Set<string>;
}

/** Runs the extractor; returns the exit code (0 ok, 1 usage, 2 unreadable, 3 too large, 4 nothing). */
export function runExtractCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    const text = readArticleFile(args.file);
    const extraction = extractArticle(text, {
      gazetteer: loadGazetteer(`${io.dataDir}/places.csv`),
      today: io.today,
      ...storyDayIn(io.dataDir),
      ...(args.published ? { published: args.published } : {}),
      ...(args.source ? { source: args.source } : {}),
    });
    const { proposals, reference, language } = extraction;
    if (proposals.length === 0) {
      io.err(`${args.file}: no places, dates or figures of a caravan found; nothing to propose`);
      return EXIT_NOTHING;
    }
    io.out(formatProposals(proposals));
    io.err(
      `${proposals.length} rows proposed from ${args.file} (${language}; relative dates resolved against ${reference.label}).`,
    );
    const noPlace = !proposals.some((p) => p.row.place);
    if (noPlace)
      io.err(`${args.file}: no places from the gazetteer found; the rows carry no place`);
    if (args.append) return append(proposals, args, io);
    io.err(
      'Nothing was written. Review, then re-run with --source-id ID --append [--accept ID,…].',
    );
    return noPlace ? EXIT_NOTHING : 0;
  } catch (error) {
    if (error instanceof ArticleError) {
      io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  const args: Omit<Args, 'file'> = { append: false };
  const rest = [...argv];
  const optionValue = (option: string): string => {
    const value = rest.shift();
    if (value === undefined) throw usage(`${option} needs a value`);
    return value;
  };
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--published') args.published = optionValue(arg);
    else if (arg === '--source-id') args.source = optionValue(arg);
    else if (arg === '--append') args.append = true;
    else if (arg === '--accept') args.accept = new Set(optionValue(arg).split(','));
    else if (arg.startsWith('-')) throw usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw usage('give exactly one article file');
  if (args.published && !isRealIsoDay(args.published)) {
    throw usage(`--published ${args.published} is not a day in the form YYYY-MM-DD`);
  }
  if (args.source && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(args.source)) {
    throw usage(`--source-id ${args.source} must be lower-case words joined by hyphens`);
  }
  if (args.append && !args.source)
    throw usage('--append needs --source-id (a source in data/sources.csv)');
  return { file: files[0] as string, ...args };
}

function usage(problem: string): ArticleError {
  return new ArticleError(`${problem}\n${USAGE}`, EXIT_USAGE);
}

/** The article's text; the size is checked before reading, so a huge file costs nothing. */
function readArticleFile(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('is not a file');
    size = stat.size;
  } catch (error) {
    throw new ArticleError(
      `${file}: cannot be read (${(error as Error).message})`,
      EXIT_UNREADABLE,
    );
  }
  if (size > MAX_ARTICLE_BYTES) throw tooLarge(file, size);
  return readArticle(readFileSync(file), file);
}

function append(proposals: Proposal[], args: Args, io: CliIo): number {
  const sources = readCsv(
    readFileSync(`${io.dataDir}/sources.csv`, 'utf8'),
    'data/sources.csv',
    SOURCE_COLUMNS,
  );
  if (!sources.some((s) => s.cells.id === args.source)) {
    io.err(`--source-id ${args.source} is not in data/sources.csv; add the source first`);
    return EXIT_USAGE;
  }
  const places = readCsv(
    readFileSync(`${io.dataDir}/places.csv`, 'utf8'),
    'data/places.csv',
    PLACE_COLUMNS,
  );
  const placeIds = new Set(places.map((p) => p.cells.id ?? ''));
  const accepted = proposals.map((p) => p.row).filter((r) => !args.accept || args.accept.has(r.id));
  const logPath = `${io.dataDir}/events.csv`;
  const result = appendRows(readFileSync(logPath, 'utf8'), accepted, placeIds);
  if (result.added.length > 0) writeFileSync(logPath, result.text);
  for (const { row, reason } of result.skipped) io.err(`skipped ${row.id}: ${reason}`);
  io.err(
    `${result.added.length} rows appended to data/events.csv; run npm run data to check them.`,
  );
  return 0;
}

function storyDayIn(dataDir: string): { storyDay?: string } {
  const storyDay = readStoryDay(`${dataDir}/events.csv`);
  return storyDay ? { storyDay } : {};
}

function main(): void {
  const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
  const code = runExtractCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(`${t}\n`),
    dataDir,
    today: new Date().toISOString().slice(0, 10),
  });
  process.exitCode = code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
