import type { Basemap } from '../core/basemap.ts';
import { type Log, logSchema } from '../core/logSchema.ts';

export interface AppData {
  log: Log;
  basemap: Basemap;
}

/** Fetch the built data beside the page and validate the log where it enters the app. */
export async function loadData(base: string): Promise<AppData> {
  const [log, basemap] = await Promise.all([
    fetchJson(`${base}data/log.json`),
    fetchJson(`${base}data/basemap.json`),
  ]);
  const parsed = logSchema.safeParse(log);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`data/log.json: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  if (!isBasemap(basemap)) throw new Error('data/basemap.json is not a basemap');
  return { log: parsed.data, basemap };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function isBasemap(value: unknown): value is Basemap {
  const b = value as Partial<Basemap> | null;
  return !!b && b.land?.type === 'FeatureCollection' && b.usMexicoBorder?.type === 'Feature';
}
