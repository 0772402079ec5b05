import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with two watchers: a console error fails it, and so does any
 * request that leaves the page's origin (no tiles, fonts, CDNs or trackers, ever).
 */
export const test = base.extend<{ watch: { foreignRequests: string[]; consoleErrors: string[] } }>({
  watch: [
    async ({ page, baseURL }, use) => {
      // The app's origin, and the sample article's: the two hosts these tests run.
      const origins = [
        new URL(baseURL as string).origin,
        ARTICLE_ORIGIN,
        ARTICLE_ORIGIN.replace('127.0.0.1', 'localhost'),
      ];
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        const known = origins.some((o) => url.startsWith(`${o}/`)) || /^(data|blob):/.test(url);
        if (!known) foreignRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use({ foreignRequests, consoleErrors });
      expect(foreignRequests, 'requests to other origins').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Where the sample article is served: another origin than the map's. */
export const ARTICLE_ORIGIN = 'http://127.0.0.1:4174';

/** Open the map and wait until it has drawn (polling: map 'idle' may already have fired). */
export async function openMap(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
}

/** How many distinct colours a PNG has, counted by the browser itself (no image library). */
export async function distinctColors(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const colors = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      colors.add(
        ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number),
      );
    }
    return colors.size;
  }, png.toString('base64'));
}
