import { EVENT_COLUMNS } from '../../core/schema.ts';
import type { Proposal } from './proposeRows.ts';
import { toCsvLine } from './toCsvLine.ts';

/**
 * The proposals as CSV in the log's column order: the header, then for each row a comment
 * line with the sentence it came from (and any check) before the row itself.
 */
export function formatProposals(proposals: readonly Proposal[]): string {
  const lines = [EVENT_COLUMNS.join(',')];
  for (const { row, sentence, checks } of proposals) {
    lines.push(`# ${oneLine(sentence)}`);
    for (const check of checks) lines.push(`# ? ${check}`);
    lines.push(toCsvLine(row));
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
