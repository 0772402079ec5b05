import { execSync } from 'node:child_process';
import { type Browser, chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumPath.ts';

const PORT = 4179;

/** Build the app, serve the build, and hand a browser and the served address to `use`. */
export async function withBuiltPage(
  use: (browser: Browser, url: string) => Promise<void>,
): Promise<void> {
  execSync('npm run build', { stdio: 'inherit' });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    await use(browser, `http://127.0.0.1:${PORT}/`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** The map of a page at an address, as a picture, without the zoom buttons it cannot use. */
export async function mapPicture(browser: Browser, url: string, path: string): Promise<void> {
  // The page's policy refuses injected styles; this script's own is the one to let in.
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 }, bypassCSP: true });
  await page.goto(url);
  await page.locator('#map[data-ready="true"]').waitFor();
  await page.addStyleTag({ content: '.map .maplibregl-ctrl { display: none; }' });
  await page.waitForTimeout(300);
  await page.locator('#map').screenshot({ path });
  await page.close();
}
