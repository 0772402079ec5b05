import type { Page } from '@playwright/test';
import { distinctColors, expect, openMap, test } from './support/test.ts';

/** The names on the map that a reader sees overlapping one another. */
function overlappingNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('#map .map-label')].filter(
      (el) => !el.hidden && getComputedStyle(el).visibility !== 'hidden',
    );
    const boxes = shown.map((el) => el.getBoundingClientRect());
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return shown.flatMap((el, i) =>
      boxes.slice(i + 1).some((b) => meet(boxes[i] as DOMRect, b)) ? [el.textContent ?? ''] : [],
    );
  });
}

test.describe('the map a reader sees', () => {
  test('draws the basemap and the route, with no console error and no request off the origin', async ({
    page,
  }) => {
    await openMap(page);
    await page.locator('#time-slider').press('End');
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-11-29');
    await page.waitForTimeout(300);
    const png = await page.locator('#map canvas').screenshot();
    // Water alone is one colour; land, borders, route and markers give many.
    expect(await distinctColors(page, png)).toBeGreaterThan(50);
    await expect(page.locator('.map-label--country', { hasText: 'Mexico' })).toBeVisible();
  });

  test('moving the slider moves the highlighted position and changes the reports', async ({
    page,
  }) => {
    await openMap(page);
    const map = page.locator('#map');
    const slider = page.locator('#time-slider');
    await slider.focus();
    await slider.press('Home');
    await expect(page.locator('#dateline-caption')).toContainText('San Pedro Sula');
    const startCurrent = await map.getAttribute('data-current');
    const before = await page.locator('#map canvas').screenshot();

    for (let day = 0; day < 13; day += 1) await slider.press('ArrowRight'); // to 25 October
    await expect(map).toHaveAttribute('data-day', '2018-10-25');
    await expect(map).not.toHaveAttribute('data-current', startCurrent ?? '');
    await expect(page.locator('.map-label--current')).toHaveText(/Pijijiapan/);
    // No name on the map covers another: the basemap's give way to the route's.
    expect(await overlappingNames(page)).toEqual([]);
    await expect(page.locator('#dateline-date')).toHaveText('Thursday, 25 October 2018');
    await expect(page.locator('#reports')).toContainText('Mapastepec');
    await expect(page.locator('#reports')).toContainText('1,000 miles south of the border');
    await page.waitForTimeout(300);
    const after = await page.locator('#map canvas').screenshot();
    expect(after.equals(before)).toBe(false);
  });

  test('shows a stated distance beside the measured one, labelled with what it measures', async ({
    page,
  }) => {
    await openMap(page, './?t=2018-10-25');
    const card = page.locator('.report[data-fact="distance"]', { hasText: '1,000 miles south' });
    await expect(card.locator('.report-figure')).toHaveText(/1,000 mi to the US border/);
    await expect(card.locator('.report-measured')).toHaveText(
      /Measured: 7\d\d mi — straight line from Pijijiapan, Chiapas to the nearest point of the US–Mexico border/,
    );
  });
});

test.describe('keyboard', () => {
  test('arrows, Page keys, Home and End step through days and the slider says the date and place', async ({
    page,
  }) => {
    await openMap(page);
    const slider = page.locator('#time-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      /^Friday, 12 October 2018, San Pedro Sula, Cortés$/,
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-13');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Saturday, 13 October 2018, /);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-12');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      /^Thursday, 29 November 2018, Tijuana, Baja California$/,
    );
    await expect(page.locator('#dateline-date')).toHaveText('Thursday, 29 November 2018');
  });
});

test('a lost WebGL context is said in words, and the message goes when the map comes back', async ({
  page,
}) => {
  await openMap(page);
  const lose = await page.evaluate(() => {
    const gl = document.querySelector<HTMLCanvasElement>('#map canvas')?.getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    extension?.loseContext();
    (window as unknown as { restoreMap?: () => void }).restoreMap = () =>
      extension?.restoreContext();
    return !!extension;
  });
  expect(lose).toBe(true);
  await expect(page.locator('#map-message')).toHaveText(/The map was interrupted/);
  await page.evaluate(() => (window as unknown as { restoreMap: () => void }).restoreMap());
  await expect(page.locator('#map-message')).toBeHidden();
});
