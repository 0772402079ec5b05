import type { EventRow } from './schema.ts';

/** The rows that speak of a day: dated that day, or covering it with dateEnd. */
export function rowsOn(rows: readonly EventRow[], day: string): EventRow[] {
  return rows.filter((row) => row.date <= day && day <= (row.dateEnd ?? row.date));
}

/** The first and last day the log speaks of. */
export function logSpan(rows: readonly EventRow[]): { first: string; last: string } {
  if (rows.length === 0) throw new Error('the log has no rows');
  let first = rows[0]?.date as string;
  let last = first;
  for (const row of rows) {
    if (row.date < first) first = row.date;
    const end = row.dateEnd ?? row.date;
    if (end > last) last = end;
  }
  return { first, last };
}
