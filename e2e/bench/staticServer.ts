import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

/** What a path serves: a file on disk, bytes in memory, or nothing (404). */
export type Resolve = (pathname: string) => string | Buffer | undefined;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A bare static server on 127.0.0.1 and a free port. No compression (sizes are measured
 * apart) and no caching, so every page load in the bench is a first visit.
 */
export async function startStaticServer(resolve: Resolve): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const found = resolve(pathname);
    const body = typeof found === 'string' ? await readFile(found).catch(() => undefined) : found;
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(typeof found === 'string' ? found : pathname)] ?? 'text/plain',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
