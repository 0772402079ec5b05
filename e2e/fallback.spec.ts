import { CHROMIUM_ARGS, chromiumPath } from './support/chromiumPath.ts';
import { expect, test } from './support/test.ts';

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--disable-webgl'],
  },
});

test('without WebGL the page still tells the story: a picture, the table, and why', async ({
  page,
}) => {
  await page.goto('./?t=2018-11-09');
  await expect(page.locator('#map-message')).toHaveText(
    /cannot draw the interactive map \(it needs WebGL 2\)/,
  );
  const picture = page.locator('#static-map');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('alt', /San Pedro Sula.*Tijuana/);
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
  await expect(page.locator('#map')).toBeHidden();
  await expect(page.locator('.all-reports')).toHaveAttribute('open', '');
  await expect(page.locator('.report-table tr[aria-current="date"]').first()).toContainText(
    '9 November',
  );
  await expect(page.locator('#reports')).toContainText('Querétaro');
  await page.locator('#time-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#dateline-date')).toHaveText('Saturday, 10 November 2018');
});
