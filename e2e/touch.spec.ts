import type { Page } from '@playwright/test';
import { expect, openMap, test } from './support/test.ts';

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

/** A one-finger drag, as real touch input (Playwright has tap but no touch drag). */
async function fingerDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= 8; i += 1) {
    const p = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('at 320 px with a finger: the slider drags, the page scrolls over the map, targets are 44 px', async ({
  page,
}) => {
  await openMap(page);
  const slider = await page.locator('#time-slider').boundingBox();
  if (!slider) throw new Error('no slider');
  const y = slider.y + slider.height / 2;
  await fingerDrag(page, { x: slider.x + 12, y }, { x: slider.x + slider.width * 0.6, y });
  await expect(page.locator('#map')).not.toHaveAttribute('data-day', '2018-10-12');

  const map = await page.locator('#map').boundingBox();
  if (!map) throw new Error('no map');
  const scrolled = await page.evaluate(() => window.scrollY);
  const cx = map.x + map.width / 2;
  await fingerDrag(
    page,
    { x: cx, y: map.y + map.height * 0.8 },
    { x: cx, y: map.y + map.height * 0.2 },
  );
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 40);

  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, summary')]
      // Keyboard-only stops (pointer-events: none) are not touch targets: the strip under them is.
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).pointerEvents !== 'none')
      .map((el) => ({
        el: el.id || el.className || el.textContent?.trim(),
        r: el.getBoundingClientRect(),
      }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});
