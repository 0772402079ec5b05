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
  const pairs = bestPairs(proposed, curated, matches);
  score.curated += curated.length;
  score.proposed += proposed.length;
  score.matched += pairs.size;
  const paired = new Set(pairs.values());
  score.extra.push(
    ...proposed.filter((_, i) => !pairs.has(i)).map((item) => `${source}: ${item.label}`),
  );
  score.missed.push(
    ...curated.filter((_, j) => !paired.has(j)).map((c) => `${source}: ${c.label}`),
  );
}

/**
 * As many one-to-one pairs as the rows allow (augmenting paths), trying a curated row that
 * agrees on every field first: proposed index → curated index. A greedy pass would let a row
 * without a placeTo take the curated row another proposed row needed.
 */
function bestPairs(
  proposed: Item[],
  curated: Item[],
  matches: (a: Item, b: Item) => boolean,
): Map<number, number> {
  const options = proposed.map((p) =>
    curated
      .map((c, j) => ({ j, exact: c.label === p.label }))
      .filter(({ j }) => matches(p, curated[j] as Item))
      .sort((a, b) => Number(b.exact) - Number(a.exact))
      .map(({ j }) => j),
  );
  const owner = new Map<number, number>(); // curated index → proposed index
  const place = (i: number, seen: Set<number>): boolean =>
    (options[i] ?? []).some((j) => {
      if (seen.has(j)) return false;
      seen.add(j);
      const held = owner.get(j);
      if (held !== undefined && !place(held, seen)) return false;
      owner.set(j, i);
      return true;
    });
  for (const i of proposed.keys()) place(i, new Set());
  return new Map([...owner].map(([j, i]) => [i, j]));
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
