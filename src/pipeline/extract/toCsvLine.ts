import { EVENT_COLUMNS, type EventRow } from '../../core/schema.ts';

/** One row of data/events.csv, its cells in the log's column order, quoted where needed. */
export function toCsvLine(row: EventRow): string {
  return EVENT_COLUMNS.map((column) => csvCell(row[column])).join(',');
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
