import { EVENT_COLUMNS, type EventRow } from '../../core/schema.ts';
import { readCsv } from '../readCsv.ts';
import { toCsvLine } from './toCsvLine.ts';

export interface AppendResult {
  /** The log with the new rows at its end. */
  text: string;
  added: EventRow[];
  /** Rows left out, each with why. */
  skipped: { row: EventRow; reason: string }[];
}

/**
 * The log with the rows a person accepted appended. A row already in the log (same id, or the
 * same date, fact, place, value and source) is never added twice, nor is a row whose place is
 * not yet in data/places.csv (the build would refuse it).
 */
export function appendRows(
  logText: string,
  rows: readonly EventRow[],
  placeIds: ReadonlySet<string>,
): AppendResult {
  const existing = readCsv(logText, 'data/events.csv', EVENT_COLUMNS).map((r) => r.cells);
  const ids = new Set(existing.map((c) => c.id));
  const facts = new Set(existing.map((c) => factKey(c)));
  const added: EventRow[] = [];
  const skipped: AppendResult['skipped'] = [];
  for (const row of rows) {
    const reason = skipReason(row, ids, facts, placeIds);
    if (reason) {
      skipped.push({ row, reason });
      continue;
    }
    added.push(row);
    ids.add(row.id);
    facts.add(factKey(cellsOf(row)));
  }
  const body = logText.endsWith('\n') || logText === '' ? logText : `${logText}\n`;
  return { text: body + added.map((r) => `${toCsvLine(r)}\n`).join(''), added, skipped };
}

function skipReason(
  row: EventRow,
  ids: Set<string | undefined>,
  facts: Set<string>,
  placeIds: ReadonlySet<string>,
): string | undefined {
  if (ids.has(row.id)) return `id ${row.id} is in the log already`;
  if (facts.has(factKey(cellsOf(row)))) return 'the same fact is in the log already';
  const missing = [row.place, row.placeTo].find((p) => p !== undefined && !placeIds.has(p));
  return missing ? `place ${missing} is not in data/places.csv yet` : undefined;
}

function cellsOf(row: EventRow): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
  );
}

function factKey(cells: Record<string, string | undefined>): string {
  return [cells.date, cells.fact, cells.place, cells.value, cells.source].join('|');
}
