import { EVENT_TIMING_FLOOR_MS, type ScrubResult } from './measureScrub.ts';
import type { LoadedFile, SizeGroup } from './measureSizes.ts';
import { percentile } from './percentile.ts';

export interface RendererResult {
  /** Navigation start to map ready, per load. */
  loads: number[];
  scrub: ScrubResult;
  timeoutMs: number;
}

export interface DatasetResult {
  label: string;
  reports: number;
  ours: RendererResult;
  baseline: RendererResult;
}

interface Metric {
  name: string;
  values: (r: RendererResult) => number[];
  p: number;
  /** Values at the Event Timing floor are "≤16 ms": an entry-less step. */
  floor?: boolean;
}

const METRICS: Metric[] = [
  { name: 'load → map ready p50', values: (r) => r.loads, p: 50 },
  { name: 'load → map ready p95', values: (r) => r.loads, p: 95 },
  { name: 'step → idle p50', values: (r) => r.scrub.stepToIdle, p: 50 },
  { name: 'step → idle p95', values: (r) => r.scrub.stepToIdle, p: 95 },
  ...[50, 95, 98].map((p) => ({
    name: `input → next paint p${p}`,
    values: (r: RendererResult) => r.scrub.inputToPaint,
    p,
    floor: true,
  })),
];

const KB = 1000;

/** The bench's figures: per dataset ours, baseline and ratio; sizes; the aims. */
export function printReport(results: DatasetResult[], files: LoadedFile[], minutes: number): void {
  for (const result of results) printDataset(result);
  printSizes(files);
  printAims(results, files);
  console.log(`\nWhole run: ${minutes.toFixed(1)} min.`);
}

function printDataset({ label, reports, ours, baseline }: DatasetResult): void {
  console.log(`\n## ${label} (${reports.toLocaleString('en')} reports)`);
  const rows = METRICS.map((m) => {
    const a = percentile(m.values(ours), m.p);
    const b = percentile(m.values(baseline), m.p);
    return [m.name, ms(a, m.floor), ms(b, m.floor), ratio(b, a)];
  });
  rows.push(['steps pressed', ...[ours, baseline].map(stepsLine), '']);
  rows.push(['steps with no idle', ...[ours, baseline].map(timeoutsLine), '']);
  rows.push(['steps under 16 ms input', ...[ours, baseline].map(floorLine), '']);
  rows.push(['page loads', String(ours.loads.length), String(baseline.loads.length), '']);
  printTable(['metric', 'ours', 'baseline', 'baseline/ours'], rows);
}

/** Steps pressed of those planned, and how many times that covers the slider. */
function stepsLine({ scrub }: RendererResult): string {
  const cut = scrub.pressed < scrub.planned ? ` of ${scrub.planned} (time budget)` : '';
  return `${scrub.pressed}${cut}, ${scrub.passes.toFixed(1)} passes`;
}

function timeoutsLine(r: RendererResult): string {
  return `${r.scrub.timeouts} (timeout ${r.timeoutMs} ms)`;
}

function floorLine(r: RendererResult): string {
  return `${r.scrub.belowFloor}/${r.scrub.pressed}`;
}

function printSizes(files: LoadedFile[]): void {
  console.log('\n## What the page loads (real log), gzip -9');
  const rows = files.map((f) => {
    const bundled = f.maplibreGzip > 0 && f.group !== 'maplibre';
    const note = bundled
      ? `bundles MapLibre: ~${kb(f.maplibreGzip)} of it MapLibre, ~${kb(f.gzip - f.maplibreGzip)} ours (est.)`
      : '';
    return [f.path, f.group, kb(f.bytes), kb(f.gzip), note];
  });
  printTable(['file', 'group', 'raw', 'gzip', 'note'], rows);
  const totals = sizeTotals(files);
  const groups: [string, number][] = [
    ['MapLibre (own chunks + share bundled in ours)', totals.maplibre],
    ['own code (est. where MapLibre is bundled in)', totals.code],
    ['own data', totals.data],
    ['other', totals.other],
  ];
  printTable(
    ['group', 'gzip'],
    groups.map(([name, bytes]) => [name, kb(bytes)]),
  );
}

function sizeTotals(files: LoadedFile[]) {
  const sum = (group: SizeGroup) =>
    files.filter((f) => f.group === group).reduce((s, f) => s + f.gzip - f.maplibreGzip, 0);
  return {
    maplibre: files.reduce((s, f) => s + f.maplibreGzip, 0),
    code: sum('own code'),
    data: sum('own data'),
    other: sum('other'),
  };
}

function printAims(results: DatasetResult[], files: LoadedFile[]): void {
  console.log('\n## Aims (informational: the bench never fails on a timing)');
  const real = results[0];
  const large = results.at(-1);
  if (real && large) {
    const p95 = (r: RendererResult) => percentile(r.scrub.stepToIdle, 95);
    const gain = p95(large.baseline) / p95(large.ours);
    aim(
      gain >= 2,
      `${large.label}: baseline p95 step → idle at least 2× ours: ${gain.toFixed(1)}×`,
    );
    const growth = p95(large.ours) / p95(real.ours);
    aim(
      growth <= 1.5,
      `${large.label}: ours p95 step → idle within 1.5× ours on the real log: ${Math.round(p95(large.ours))} vs ${Math.round(p95(real.ours))} ms (${growth.toFixed(1)}×)`,
    );
  }
  for (const r of results) {
    const p98 = percentile(r.ours.scrub.inputToPaint, 98);
    aim(p98 < 200, `${r.label}: ours input → next paint p98 under 200 ms: ${ms(p98, true)}`);
  }
  const { code, data } = sizeTotals(files);
  aim(
    code + data < 100 * KB,
    `own code and data under 100 kB gzipped: ${kb(code + data)} (code ${kb(code)}, data ${kb(data)})`,
  );
  console.log(
    [
      '\nNotes:',
      `- Event Timing reports only interactions of ${EVENT_TIMING_FLOOR_MS} ms or more; a step without an entry counts as ${EVENT_TIMING_FLOOR_MS} ms ("≤16").`,
      '- Input → next paint is the longest Event Timing entry of the key press (as INP counts it).',
      '- Steps with no idle changed nothing the map draws (MapLibre then fires no idle); they are left out of step → idle.',
      '- Percentiles are nearest-rank: with 5 loads, p95 is the slowest load.',
      '- A scrub stops at its time budget, and 100k has fewer loads and warm-up steps, to keep the run near 8 minutes: "steps pressed" says where.',
      '- The baseline page has the map and slider only (no reports list, dateline or labels): its input figures count map work alone.',
      '- Where MapLibre is bundled into our chunk, its share is the gzipped size of its published build (maplibre-gl.mjs / .css): an estimate, as gzip sizes do not add up; a chunk of its own named maplibre-* is measured exactly.',
    ].join('\n'),
  );
}

function aim(met: boolean, text: string): void {
  console.log(`${met ? '✓' : '✗'} ${text}`);
}

function ms(value: number, floor = false): string {
  if (Number.isNaN(value)) return '–';
  return floor && value <= EVENT_TIMING_FLOOR_MS
    ? `≤${EVENT_TIMING_FLOOR_MS} ms`
    : `${Math.round(value)} ms`;
}

function ratio(baseline: number, ours: number): string {
  return Number.isFinite(baseline / ours) ? `${(baseline / ours).toFixed(2)}×` : '–';
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

function printTable(header: string[], rows: string[][]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
