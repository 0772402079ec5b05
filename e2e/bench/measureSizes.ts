import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';

export type SizeGroup = 'maplibre' | 'own code' | 'own data' | 'other';

export interface LoadedFile {
  path: string;
  group: SizeGroup;
  bytes: number;
  gzip: number;
  /** Part of gzip that is MapLibre, for a file that bundles MapLibre with our code. */
  maplibreGzip: number;
}

/** Found only in MapLibre's own code and CSS: tells a chunk that bundles it. */
const MAPLIBRE_MARK = 'maplibregl-canvas-container';

/** Start recording every response of the page; the result resolves with what it loaded. */
export function watchLoadedFiles(page: Page): () => Promise<LoadedFile[]> {
  const pending: Promise<LoadedFile | undefined>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.protocol.startsWith('http') || !response.ok()) return;
    pending.push(
      response
        .body()
        .then((body) => loadedFile(url.pathname, body))
        .catch(() => undefined), // a redirect or aborted response has no body
    );
  });
  return async () => (await Promise.all(pending)).filter((f) => f !== undefined);
}

function loadedFile(path: string, body: Buffer): LoadedFile {
  const gzip = gzipSize(body);
  const name = path.split('/').at(-1) || 'index.html';
  const kind = name.split('.').at(-1) ?? '';
  const sized = { path, bytes: body.length, gzip };
  if (name.includes('maplibre')) return { ...sized, group: 'maplibre', maplibreGzip: gzip };
  if (path.includes('/data/') && kind === 'json') {
    return { ...sized, group: 'own data', maplibreGzip: 0 };
  }
  if (!['js', 'mjs', 'css', 'html', 'svg'].includes(kind)) {
    return { ...sized, group: 'other', maplibreGzip: 0 };
  }
  // MapLibre bundled into our chunk: count its published build as MapLibre (an estimate).
  const bundled = body.includes(MAPLIBRE_MARK) ? maplibreReferenceGzip(kind) : 0;
  return { ...sized, group: 'own code', maplibreGzip: Math.min(gzip, bundled) };
}

function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

const referenceSizes = new Map<string, number>();

/** The gzipped size of MapLibre's published main build (js) or stylesheet (css). */
function maplibreReferenceGzip(kind: string): number {
  const file = kind === 'css' ? 'maplibre-gl.css' : 'maplibre-gl.mjs';
  let size = referenceSizes.get(file);
  if (size === undefined) {
    const path = createRequire(import.meta.url).resolve(`maplibre-gl/dist/${file}`);
    size = gzipSize(readFileSync(path));
    referenceSizes.set(file, size);
  }
  return size;
}
