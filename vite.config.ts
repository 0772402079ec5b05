import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The built page's Content-Security-Policy: nothing inline, no eval, workers from self or
 * blob (MapLibre), data only from self. Build only: the dev server injects styles inline.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TITLE = 'The 2018 migrant caravan, report by report';

/** What an embed needs beside the page: the policy, pym's parent script, an oEmbed document. */
function embedKit(): Plugin {
  return {
    name: 'caravan-embed-kit',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
    generateBundle() {
      const pym = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'pym.v1.min.js', source: pym });
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: JSON.stringify(oembed(), null, 2),
      });
    },
  };
}

/** oEmbed (rich): relative addresses unless SITE_URL names where the build is deployed. */
function oembed() {
  const site = (process.env.SITE_URL ?? '').replace(/\/?$/, '/');
  const embed = `${site}?embed`;
  return {
    version: '1.0',
    type: 'rich',
    title: TITLE,
    provider_name: 'Caravan map',
    width: 640,
    height: 620,
    html: `<div data-pym-src="${embed}"></div><script src="${site}pym.v1.min.js"></script>`,
    thumbnail_url: `${site}static-map.png`,
    thumbnail_width: 768,
    thumbnail_height: 480,
  };
}

export default defineConfig({
  // Relative asset paths, so the build works from any sub-path of any host.
  base: './',
  plugins: [embedKit()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1100,
    // MapLibre in a chunk of its own: it changes less often than our code (better caching),
    // and the bench can weigh our own code apart from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /maplibre-gl/ }] } },
    },
  },
  server: { port: 5173 },
  // A sandboxed embed has the opaque origin "null": its module scripts, worker and data
  // are then cross-origin requests, which the host must allow (see README).
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
