import type * as z from 'zod';
import {
  type EventRow,
  eventRowSchema,
  type Place,
  placeSchema,
  type Source,
  sourceSchema,
} from '../core/schema.ts';
import { quoteFound } from './quoteFound.ts';
import type { CsvRecord } from './readCsv.ts';

export interface LogTables {
  events: { file: string; records: CsvRecord[] };
  places: { file: string; records: CsvRecord[] };
  sources: { file: string; records: CsvRecord[] };
}

/** The texts quotes are checked against: seed files by name, report rows by URL. */
export interface SourceTexts {
  seeds: ReadonlyMap<string, string>;
  reportRows: ReadonlyMap<string, string>;
}

export interface ValidatedLog {
  rows: EventRow[];
  places: Place[];
  sources: Source[];
  /** Every problem as `file:line: column: what is wrong`. Empty when the log is sound. */
  problems: string[];
}

/**
 * Validate the three tables against the schema and each other. Collects every problem
 * rather than stopping at the first, so an editor can fix a batch in one pass. With no
 * texts, quotes are not checked (the caller says so).
 */
export function validateLog(tables: LogTables, texts?: SourceTexts): ValidatedLog {
  const problems: string[] = [];
  const places = parseTable(tables.places, placeSchema, problems);
  const sources = parseTable(tables.sources, sourceSchema, problems);
  const rows = parseTable(tables.events, eventRowSchema, problems);
  // References check declared ids, so a bad place row is reported once, not at every use.
  const placeIds = new Set(tables.places.records.map((r) => r.cells.id));
  const sourceIds = new Set(tables.sources.records.map((r) => r.cells.id));
  const sourcesById = new Map(sources.map((s) => [s.value.id, s.value]));
  for (const { line, value: row } of rows) {
    const at = `${tables.events.file}:${line}`;
    for (const column of ['place', 'placeTo'] as const) {
      const id = row[column];
      if (id && !placeIds.has(id)) {
        problems.push(`${at}: ${column}: "${id}" is not in ${tables.places.file}`);
      }
    }
    const source = sourcesById.get(row.source);
    if (!sourceIds.has(row.source)) {
      problems.push(`${at}: source: "${row.source}" is not in ${tables.sources.file}`);
    } else if (source && texts) problems.push(...quoteProblems(row, source, texts, at));
  }
  if (texts) problems.push(...missingTexts(sources, texts, tables.sources.file));
  return {
    rows: sortByDate(rows.map((r) => r.value)),
    places: places.map((p) => p.value),
    sources: sources.map((s) => s.value),
    problems,
  };
}

function parseTable<T extends { id: string }>(
  table: { file: string; records: CsvRecord[] },
  schema: z.ZodType<T>,
  problems: string[],
): { line: number; value: T }[] {
  const parsed: { line: number; value: T }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.records) {
    const result = schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${table.file}:${line}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
      }
      continue;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      problems.push(
        `${table.file}:${line}: id: "${result.data.id}" is used already on line ${first}`,
      );
      continue;
    }
    seen.set(result.data.id, line);
    parsed.push({ line, value: result.data });
  }
  return parsed;
}

function quoteProblems(row: EventRow, source: Source, texts: SourceTexts, at: string): string[] {
  const text =
    source.kind === 'seed' ? texts.seeds.get(source.file) : texts.reportRows.get(source.url ?? '');
  if (text === undefined) return []; // reported once per source by missingTexts
  if (quoteFound(row.quote, text)) return [];
  const where =
    source.kind === 'seed' ? source.file : `the row of ${source.file} for ${source.url}`;
  return [`${at}: quote: "${row.quote}" is not found word for word in ${where}`];
}

function missingTexts(
  sources: { line: number; value: Source }[],
  texts: SourceTexts,
  file: string,
): string[] {
  return sources.flatMap(({ line, value: s }) => {
    if (s.kind === 'seed' && !texts.seeds.has(s.file)) {
      return [`${file}:${line}: file: seed article "${s.file}" was not found`];
    }
    if (s.kind === 'report' && !texts.reportRows.has(s.url ?? '')) {
      return [`${file}:${line}: url: no row of ${s.file} has the address "${s.url ?? ''}"`];
    }
    return [];
  });
}

/** Date order; rows of one day keep the order of the file. */
function sortByDate(rows: EventRow[]): EventRow[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
