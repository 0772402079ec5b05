import { parse } from 'csv-parse/sync';

/** A data row with the line of the file it starts on, and its cells by column name. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string | undefined>;
}

/**
 * Parse a CSV text whose header must be exactly `columns`. Cells are trimmed and an empty
 * cell becomes undefined ("not given"), so the schema sees one notion of absence.
 * Throws with the file and line of the first malformed row.
 */
export function readCsv(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  const rows = parseRows(text, file);
  const header = rows.shift();
  if (!header) throw new Error(`${file}: is empty; expected the header ${columns.join(',')}`);
  checkHeader(header.cells, file, columns);
  return rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => ({ line: row.line, cells: toCells(row.cells, header.cells, file, row.line) }));
}

function parseRows(text: string, file: string): { line: number; cells: string[] }[] {
  try {
    // With `info`, csv-parse returns { record, info } objects; its types do not say so.
    const records = parse(text, {
      info: true,
      relax_column_count: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is the line a record ends on; a record's start is one after the previous end.
    let nextLine = 1;
    return records.map(({ record, info }) => {
      const line = nextLine;
      nextLine = info.lines + 1;
      return { line, cells: record };
    });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw new Error(`${file}:${where ?? '?'}: ${(error as Error).message}`);
  }
}

function checkHeader(header: string[], file: string, columns: readonly string[]): void {
  const got = header.map((h) => h.trim());
  if (got.join(',') === columns.join(',')) return;
  const missing = columns.filter((c) => !got.includes(c));
  const unknown = got.filter((c) => !columns.includes(c));
  const detail = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    unknown.length ? `unknown ${unknown.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  throw new Error(
    `${file}:1: the header must be ${columns.join(',')} (${detail || 'order differs'})`,
  );
}

function toCells(
  values: string[],
  header: string[],
  file: string,
  line: number,
): Record<string, string | undefined> {
  if (values.length !== header.length) {
    throw new Error(
      `${file}:${line}: has ${values.length} cells, the header has ${header.length} (a comma inside a cell needs "double quotes")`,
    );
  }
  const cells: Record<string, string | undefined> = {};
  header.forEach((name, i) => {
    const value = values[i]?.trim() ?? '';
    cells[name.trim()] = value === '' ? undefined : value;
  });
  return cells;
}
