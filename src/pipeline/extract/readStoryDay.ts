import { readFileSync } from 'node:fs';
import { EVENT_COLUMNS } from '../../core/schema.ts';
import { readCsv } from '../readCsv.ts';

/**
 * The log's latest day: the story's own time. Proposed rows are for this story, so a date
 * printed with its weekday and no year goes in the fitting year nearest it.
 */
export function readStoryDay(eventsCsvPath: string): string | undefined {
  const rows = readCsv(readFileSync(eventsCsvPath, 'utf8'), eventsCsvPath, EVENT_COLUMNS);
  const days = rows.map((r) => r.cells.date ?? '').filter((d) => /^\d{4}-\d\d-\d\d$/.test(d));
  return days.sort().at(-1);
}
