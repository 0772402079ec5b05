import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SourceTexts } from './validateLog.ts';

/**
 * The seed articles and report rows under a sources folder (../shared), or undefined when
 * the folder is absent, as on a newsroom's clone without the research material.
 */
export function loadSourceTexts(dir: string): SourceTexts | undefined {
  const seedsDir = join(dir, 'seeds');
  const reportsDir = join(dir, 'reports');
  if (!existsSync(seedsDir) || !existsSync(reportsDir)) return undefined;
  const seeds = new Map(
    readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')] as const),
  );
  const reportRows = new Map<string, string>();
  for (const file of readdirSync(reportsDir).filter((f) => f.endsWith('.csv'))) {
    const rows = parse(readFileSync(join(reportsDir, file), 'utf8'), {
      columns: true,
      // The shared table has bare quotes inside unquoted cells ('count; "cerca de 2.000"').
      relax_quotes: true,
    }) as Record<string, string>[];
    for (const row of rows) {
      const url = row.url ?? '';
      // One address may carry several rows (several days); a quote may come from any.
      const text = Object.values(row).join(' | ');
      reportRows.set(url, reportRows.has(url) ? `${reportRows.get(url)} || ${text}` : text);
    }
  }
  return { seeds, reportRows };
}
