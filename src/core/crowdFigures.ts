import { reportTime } from './reportTime.ts';
import type { EventRow, Group, Source } from './schema.ts';

/** One outlet's stated crowd size. */
export interface CrowdFigure {
  value: number;
  /** Upper end of a stated range ("4,000 to 5,000"). */
  valueMax?: number;
  outlet: string;
  /** Who gave the figure, when not the outlet. */
  statedBy?: string;
  rowId: string;
  quote: string;
}

/** The crowd sizes stated for one day; min and max span every figure, both ends of ranges. */
export interface CrowdDay {
  day: string;
  /** reportTime(day): noon UTC. */
  time: number;
  min: number;
  max: number;
  /** Largest first, so a list reads top to bottom like the chart. */
  figures: CrowdFigure[];
}

/** The stated crowd sizes of one group, by day, in day order. */
export function crowdFigures(
  rows: readonly EventRow[],
  sources: ReadonlyMap<string, Source>,
  group: Group = 'main',
): CrowdDay[] {
  const byDay = new Map<string, CrowdFigure[]>();
  for (const row of rows) {
    if (row.fact !== 'crowd' || row.unit !== 'people' || row.group !== group) continue;
    if (row.value === undefined) continue;
    const figures = byDay.get(row.date) ?? [];
    figures.push(toFigure(row, row.value, sources));
    byDay.set(row.date, figures);
  }
  return [...byDay.keys()].sort().map((day) => toDay(day, byDay.get(day) ?? []));
}

function toFigure(row: EventRow, value: number, sources: ReadonlyMap<string, Source>): CrowdFigure {
  const source = sources.get(row.source);
  // The pipeline checks every citation, so a miss here means the log and sources drifted.
  if (!source) throw new Error(`row ${row.id} cites ${row.source}, which is not in the sources`);
  return {
    value,
    valueMax: row.valueMax,
    outlet: source.outlet,
    statedBy: row.statedBy,
    rowId: row.id,
    quote: row.quote,
  };
}

function toDay(day: string, figures: CrowdFigure[]): CrowdDay {
  const ends = figures.flatMap((f) => [f.value, f.valueMax ?? f.value]);
  return {
    day,
    time: reportTime(day),
    min: Math.min(...ends),
    max: Math.max(...ends),
    figures: [...figures].sort((a, b) => (b.valueMax ?? b.value) - (a.valueMax ?? a.value)),
  };
}
