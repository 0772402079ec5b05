import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumPath } from './chromiumPath.ts';

/*
 * npm run static-map: render the whole reported route to public/static-map.png, the
 * picture a browser without WebGL shows. Run it after the data or the map's look changes.
 */

const OUT = 'public/static-map.png';

async function main(): Promise<void> {
  execSync('npm run build', { stdio: 'inherit' });
  const server = await preview({ preview: { port: 4179, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    await page.goto('http://127.0.0.1:4179/?t=2018-11-29');
    await page.locator('#map[data-ready="true"]').waitFor();
    // The picture is of the map alone: no zoom buttons, which would do nothing on it.
    await page.addStyleTag({ content: '.maplibregl-ctrl { display: none !important; }' });
    await page.waitForTimeout(500);
    await page.locator('#map').screenshot({ path: OUT });
    console.log(`static map: wrote ${OUT}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
