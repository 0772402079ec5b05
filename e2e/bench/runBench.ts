import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { logSchema } from '../../src/core/logSchema.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromiumPath.ts';
import { buildNaive } from './buildNaive.ts';
import { measureScrub } from './measureScrub.ts';
import { type LoadedFile, watchLoadedFiles } from './measureSizes.ts';
import { type OpenedPage, openPage } from './openPage.ts';
import { type DatasetResult, printReport, type RendererResult } from './printReport.ts';
import { startStaticServer } from './staticServer.ts';
import { syntheticLog } from './syntheticLog.ts';

/*
 * npm run bench: the production build and a naive baseline, measured in the same run in
 * Chromium on the real log and on synthetic logs of 10,000 and 100,000 reports. Prints
 * figures and ratios; never fails on a timing.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

interface Plan {
  loads: number;
  warmupSteps: number;
  steps: number;
  /** A scrub stops here even short of `steps`, so the whole run stays near 8 minutes. */
  budgetMs: number;
}

type Renderer = 'ours' | 'baseline';

const FULL: Plan = { loads: 5, warmupSteps: 20, steps: 200, budgetMs: 60_000 };
// At 100,000 reports a load or a step can take seconds: fewer of each.
const LARGE: Plan = { loads: 3, warmupSteps: 3, steps: 200, budgetMs: 60_000 };

/** A warm-up step with no idle within this is taken as a step that changed nothing. */
const WARMUP_TIMEOUT_MS = 5_000;
/** The longest wait for an idle: past this a step is taken as hung. */
const MAX_TIMEOUT_MS = 15_000;

interface Dataset {
  key: string;
  label: string;
  reports: number;
  json: Buffer;
  plan: Plan;
}

const started = performance.now();

function progress(message: string): void {
  const seconds = Math.round((performance.now() - started) / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  console.log(`[${clock}] ${message}`);
}

async function main(): Promise<void> {
  progress('building the app (npm run build)…');
  execSync('npm run build', { cwd: ROOT, stdio: 'pipe' });
  progress('building the baseline page…');
  const naiveDir = await buildNaive();
  const datasets = makeDatasets();
  const roots = new Map<string, string>([
    ['ours', DIST],
    ['baseline', naiveDir],
  ]);
  const server = await startStaticServer((pathname) => {
    // /<dataset>/<renderer>/<file>: each dataset's log is served beside either page.
    const [, key, renderer, ...rest] = pathname.split('/');
    const dataset = datasets.find((d) => d.key === key);
    const root = roots.get(renderer ?? '');
    const file = rest.join('/') || 'index.html';
    if (!dataset || !root) return undefined;
    if (file === 'data/log.json') return dataset.json;
    return join(file.startsWith('data/') ? DIST : root, file);
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    progress('real log · ours: recording what the page loads');
    const { files, mapSize } = await inspectApp(browser, `${server.origin}/real/ours/`);
    const results: DatasetResult[] = [];
    for (const dataset of datasets) {
      const base = `${server.origin}/${dataset.key}`;
      const run = (renderer: Renderer, url: string) =>
        runRenderer(browser, url, `${dataset.label} · ${renderer}`, dataset.plan, renderer);
      const ours = await run('ours', `${base}/ours/`);
      const baseline = await run('baseline', `${base}/baseline/naive.html?${mapSize}`);
      results.push({ label: dataset.label, reports: dataset.reports, ours, baseline });
    }
    progress('done');
    printReport(results, files, (performance.now() - started) / 60_000);
  } finally {
    await browser.close();
    await server.close();
  }
}

function makeDatasets(): Dataset[] {
  const json = readFileSync(join(DIST, 'data', 'log.json'));
  const real = logSchema.parse(JSON.parse(json.toString()));
  const synthetic = (rows: number, plan: Plan): Dataset => {
    progress(`generating a synthetic log of ${rows.toLocaleString('en')} reports…`);
    const log = JSON.stringify(syntheticLog(real, rows));
    const label = `synthetic ${rows / 1000}k`;
    return { key: `synthetic-${rows}`, label, reports: rows, json: Buffer.from(log), plan };
  };
  return [
    { key: 'real', label: 'real log', reports: real.rows.length, json, plan: FULL },
    synthetic(10_000, FULL),
    synthetic(100_000, LARGE),
  ];
}

/**
 * One load of the app: what it loads (for sizes) and its map's size, passed to the
 * baseline as ?w=&h= so both draw the same pixels.
 */
async function inspectApp(
  browser: Browser,
  url: string,
): Promise<{ files: LoadedFile[]; mapSize: string }> {
  let loaded: (() => Promise<LoadedFile[]>) | undefined;
  const opened = await openPage(browser, url, (page) => {
    loaded = watchLoadedFiles(page);
  });
  const box = await opened.page.locator('#map').boundingBox();
  const files = (await loaded?.()) ?? [];
  await opened.close();
  return { files, mapSize: box ? `w=${Math.round(box.width)}&h=${Math.round(box.height)}` : '' };
}

/** Warm up, then time page loads, then scrub the last page loaded. */
async function runRenderer(
  browser: Browser,
  url: string,
  label: string,
  plan: Plan,
  renderer: Renderer,
): Promise<RendererResult> {
  progress(`${label}: warm-up (1 load, ${plan.warmupSteps} steps)`);
  const warm = await openPage(browser, url);
  const warmScrub = await measureScrub(warm.page, {
    steps: plan.warmupSteps,
    timeoutMs: WARMUP_TIMEOUT_MS,
    budgetMs: plan.budgetMs,
  });
  await warm.close();
  const timeoutMs = renderer === 'baseline' ? MAX_TIMEOUT_MS : stepTimeout(warmScrub.stepToIdle);
  const loads: number[] = [];
  let last: OpenedPage | undefined;
  for (let i = 0; i < plan.loads; i += 1) {
    await last?.close();
    last = await openPage(browser, url);
    loads.push(last.readyMs);
  }
  progress(`${label}: loads ${loads.map(Math.round).join(', ')} ms; scrubbing ${plan.steps} steps`);
  const scrub = await measureScrub((last as OpenedPage).page, { ...plan, timeoutMs });
  await last?.close();
  return { loads, scrub, timeoutMs };
}

/**
 * How long to wait for an idle after one of our steps: a step that changes nothing the
 * map draws gets no idle, so waiting long costs run time; waiting too little would take a
 * slow step for one that changed nothing. Later days can cost more than the warm-up's
 * early ones, hence the margin. The baseline's setData always ends in an idle.
 */
function stepTimeout(warmUpSteps: number[]): number {
  const slowest = Math.max(0, ...warmUpSteps);
  return Math.round(Math.min(MAX_TIMEOUT_MS, Math.max(2_000, 5 * slowest)));
}

main().catch((error: unknown) => {
  const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
  console.error(output, error);
  process.exit(1);
});
