import { expect, openMap, test } from './support/test.ts';

test.describe('deep links', () => {
  test('restore time, groups, language and units from the address', async ({ page }) => {
    await openMap(page, './?t=2018-10-25T15&groups=main,second&lang=es&units=km');
    await expect(page.locator('#dateline-date')).toHaveText(
      'jueves, 25 de octubre de 2018, 15:00 UTC',
    );
    await expect(page.locator('.toggle--group[aria-pressed="true"]')).toHaveCount(2);
    await expect(page.locator('#distances')).toContainText(' km ');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('follow the reader with replaceState, without adding history entries', async ({ page }) => {
    await openMap(page);
    const historyLength = await page.evaluate(() => history.length);
    const slider = page.locator('#time-slider');
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?t=2018-10-17T12$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.reload();
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-17');
  });

  test('a bad or hostile value falls back to the default, with a warning, and never reaches the page', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const hostile = encodeURIComponent('<img src=x onerror="document.title=1">');
    await openMap(page, `./?t=${hostile}&groups=main,${hostile}&lang=xx&units=furlongs`);
    await expect(page.locator('#dateline-date')).toHaveText('Friday, 12 October 2018');
    await expect(page.locator('.toggle--group[aria-pressed="true"]')).toHaveCount(5);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(warnings.filter((w) => w.startsWith('ignored URL parameter'))).toHaveLength(4);
    expect(await page.title()).not.toBe('1');
  });
});
