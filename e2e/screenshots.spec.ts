import { mkdirSync } from 'node:fs';
import { expect, openMap, test } from './support/test.ts';

/*
 * The graphic at three widths. The layout assertions run every time; the pictures are
 * written to e2e/screenshots/ (the README shows the 1280 one) only with UPDATE_SCREENSHOTS=1.
 */
const WIDTHS = [
  { width: 375, height: 667 },
  { width: 640, height: 800 },
  { width: 1280, height: 800 },
];

for (const viewport of WIDTHS) {
  test(`at ${viewport.width} px the date, the map and the slider fit on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openMap(page, './?t=2018-10-25');
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-25');
    for (const selector of ['#dateline-date', '#map', '#time-slider']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box?.y ?? 0, `${selector} top`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0), `${selector} bottom`).toBeLessThanOrEqual(
        viewport.height,
      );
      expect((box?.x ?? 0) + (box?.width ?? 0), `${selector} right`).toBeLessThanOrEqual(
        viewport.width,
      );
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync('e2e/screenshots', { recursive: true });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `e2e/screenshots/map-${viewport.width}.png`, fullPage: true });
    }
  });
}
