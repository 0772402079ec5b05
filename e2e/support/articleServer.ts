import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/*
 * The sample article's host: a second origin (port 4174) serving e2e/article/ and the
 * two scripts an article page loads (scrollama, and pym's parent from the embed's build).
 */

const PORT = Number(process.env.ARTICLE_PORT ?? 4174);
const ROOT = join(import.meta.dirname, '..', 'article');
const VENDOR: Record<string, string> = {
  '/vendor/scrollama.min.js': 'node_modules/scrollama/build/scrollama.min.js',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file =
    VENDOR[path] ??
    join(ROOT, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, ''));
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(PORT, '127.0.0.1', () => console.log(`article server on ${PORT}`));
