import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Build the baseline page (naive.html) into a temporary folder; returns the folder. */
export async function buildNaive(): Promise<string> {
  const outDir = join(tmpdir(), 'caravan-bench-naive');
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: fileURLToPath(new URL('naive.html', import.meta.url)) },
    },
  });
  return outDir;
}
