import type { EventRow } from '../../core/schema.ts';

export const CATEGORIES = ['positions', 'dates', 'distances', 'durations', 'crowd sizes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The fields a row is scored on. */
export type ScoredRow = Pick<
  EventRow,
  'date' | 'fact' | 'place' | 'placeTo' | 'value' | 'valueMax' | 'unit' | 'measures' | 'quote'
>;

/** One source's rows: the curated truth and what the extractor proposed. */
export interface SourceRows {
  source: string;
  curated: readonly ScoredRow[];
  proposed: readonly ScoredRow[];
}

export interface Score {
  curated: number;
  proposed: number;
  matched: number;
  /** What was proposed and matched nothing, and what was curated and not found. */
  extra: string[];
  missed: string[];
}

type Item = { label: string; row?: ScoredRow };

/**
 * Precision and recall of proposed rows against curated rows of the same source, per kind of
 * fact. Rows match one to one when their key fields agree: positions and events by place and
 * date (and placeTo where both give one); distances by value, unit and measures; durations by
 * value and unit; crowd sizes by value and valueMax. Dates compare the sets of days each side's
 * rows carry.
 */
export function evaluate(sources: readonly SourceRows[]): Record<Category, Score> {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, { curated: 0, proposed: 0, matched: 0, extra: [], missed: [] }]),
  ) as unknown as Record<Category, Score>;
  for (const s of sources) {
    for (const category of CATEGORIES) {
      const curated = itemsOf(category, s.curated);
      const proposed = itemsOf(category, s.proposed);
      add(scores[category], s.source, curated, proposed, matcher(category));
    }
  }
  return scores;
}

function add(
  score: Score,
  source: string,
  curated: Item[],
  proposed: Item[],
  matches: (a: Item, b: Item) => boolean,
): void {
  const open = [...curated];
  score.curated += curated.length;
  score.proposed += proposed.length;
  for (const item of proposed) {
    const i = open.findIndex((c) => matches(item, c));
    if (i >= 0) {
      open.splice(i, 1);
      score.matched += 1;
    } else score.extra.push(`${source}: ${item.label}`);
  }
  score.missed.push(...open.map((c) => `${source}: ${c.label}`));
}

const FACTS: Record<Exclude<Category, 'dates'>, readonly EventRow['fact'][]> = {
  positions: ['position', 'event'],
  distances: ['distance'],
  durations: ['duration'],
  'crowd sizes': ['crowd'],
};

function itemsOf(category: Category, rows: readonly ScoredRow[]): Item[] {
  if (category === 'dates')
    return [...new Set(rows.map((r) => r.date))].sort().map((d) => ({ label: d }));
  return rows
    .filter((r) => FACTS[category].includes(r.fact))
    .map((row) => ({ label: describe(row), row }));
}

function matcher(category: Category): (a: Item, b: Item) => boolean {
  if (category === 'dates') return (a, b) => a.label === b.label;
  const keys: Record<Exclude<Category, 'dates'>, (a: ScoredRow, b: ScoredRow) => boolean> = {
    positions: (a, b) =>
      a.place === b.place &&
      a.date === b.date &&
      (!a.placeTo || !b.placeTo || a.placeTo === b.placeTo),
    distances: (a, b) => a.value === b.value && a.unit === b.unit && a.measures === b.measures,
    durations: (a, b) => a.value === b.value && a.unit === b.unit,
    'crowd sizes': (a, b) => a.value === b.value && a.valueMax === b.valueMax,
  };
  const key = keys[category];
  return (a, b) => a.row !== undefined && b.row !== undefined && key(a.row, b.row);
}

function describe(r: ScoredRow): string {
  const place = r.place ? ` ${r.place}${r.placeTo ? `→${r.placeTo}` : ''}` : '';
  const range = r.valueMax !== undefined ? `–${r.valueMax}` : '';
  const figure =
    r.value !== undefined
      ? ` ${r.value}${range} ${r.unit ?? ''}${r.measures ? ` ${r.measures}` : ''}`
      : '';
  return `${r.date} ${r.fact}${place}${figure} "${r.quote.slice(0, 60)}"`;
}
