import { expect, openMap, test } from './support/test.ts';

test.describe('continuous time', () => {
  test('between two reports the position is an estimate, and says so', async ({ page }) => {
    await openMap(page, './?t=2018-10-17T03');
    await expect(page.locator('#map')).toHaveAttribute('data-estimate', /main:estimate/);
    await expect(page.locator('#dateline-date')).toHaveText(
      'Wednesday, 17 October 2018, 03:00 UTC',
    );
    await expect(page.locator('#dateline-caption')).toContainText('between Chiquimula');
    await expect(page.locator('#dateline-caption')).toContainText('(estimated)');
    await expect(page.locator('#distances')).toContainText('Measured from the estimated position');
  });

  test('at a report’s own moment there is no estimate', async ({ page }) => {
    await openMap(page, './?t=2018-10-17');
    await expect(page.locator('#map')).not.toHaveAttribute('data-estimate', /main:/);
    await expect(page.locator('#dateline-caption')).toHaveText(
      'Main caravan: Guatemala City, Guatemala',
    );
  });
});

test.describe('playback', () => {
  test('plays forward at the chosen speed and stops at the last report, without looping', async ({
    page,
  }) => {
    await openMap(page, './?t=2018-11-20');
    await page.locator('#speed').selectOption('8');
    await page.locator('#play').click();
    await expect(page.locator('#play')).toHaveText('Pause');
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-11-29', {
      timeout: 20_000,
    });
    await expect(page.locator('#play')).toHaveText('Play');
    await page.waitForTimeout(500);
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-11-29');
  });

  test('pause stops the clock where it is', async ({ page }) => {
    await openMap(page);
    await page.locator('#speed').selectOption('0.5');
    await page.locator('#play').click();
    await expect(page).toHaveURL(/t=2018-10-12T1[3-9]/);
    await page.locator('#play').click();
    const paused = await page.locator('#dateline-date').textContent();
    await page.waitForTimeout(700);
    await expect(page.locator('#dateline-date')).toHaveText(paused ?? '');
  });

  test('previous and next report buttons jump between report days and announce them', async ({
    page,
  }) => {
    await openMap(page, './?t=2018-10-21');
    await page.getByRole('button', { name: 'Next report' }).click();
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-22');
    await expect(page.locator('#announcer')).toContainText('Monday, 22 October 2018');
    await page.getByRole('button', { name: 'Previous report' }).click();
    await page.getByRole('button', { name: 'Previous report' }).click();
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-20');
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('play steps from report to report without animating, and nothing starts on its own', async ({
    page,
  }) => {
    await openMap(page, './?t=2018-10-21');
    await page.waitForTimeout(2000);
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-21');
    await page.locator('#play').click();
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-10-22');
    // Each step lands on a report's noon: no hour is shown, so nothing was in between.
    await expect(page.locator('#dateline-date')).toHaveText('Monday, 22 October 2018');
    await expect(page.locator('#announcer')).toContainText('Monday, 22 October 2018');
    await page.locator('#play').click();
  });
});

test.describe('the reader’s way through the reports', () => {
  test('a keyboard step announces the report reached, politely', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('#announcer')).toHaveAttribute('aria-live', 'polite');
    await page.locator('#time-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#announcer')).toHaveText(
      /^Saturday, 13 October 2018\. Main caravan: San Pedro Sula, Cortés\. \d+ reports\.$/,
    );
  });

  test('the table of all reports follows the slider, and a date in it moves the map', async ({
    page,
  }) => {
    await openMap(page, './?t=2018-10-25');
    await page.getByText(/^All \d+ reports, as a table$/).click();
    const current = page.locator('.report-table tr[aria-current="date"]');
    await expect(current.first()).toContainText('25 October');
    await page.getByRole('button', { name: 'Show 9 November on the map' }).first().click();
    await expect(page.locator('#map')).toHaveAttribute('data-day', '2018-11-09');
    await expect(current.first()).toContainText('9 November');
    await expect(page.locator('#reports')).toContainText('Querétaro');
  });

  test('any group can be hidden and shown again', async ({ page }) => {
    await openMap(page, './?t=2018-10-25');
    const map = page.locator('#map');
    await expect(map).toHaveAttribute('data-current', /:stretch|pij/);
    const second = page.locator('.toggle--group[data-group="second"]');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    const before = await map.getAttribute('data-current');
    await second.click();
    await expect(second).toHaveAttribute('aria-pressed', 'false');
    await expect(map).not.toHaveAttribute('data-current', before ?? '');
    await expect(page).toHaveURL(/groups=main,main-advance,third,other/);
    await second.click();
    await expect(map).toHaveAttribute('data-current', before ?? '');
  });

  test('distances switch between miles and kilometres', async ({ page }) => {
    await openMap(page, './?t=2018-10-25');
    const list = page.locator('#distances .distance-list').first();
    await expect(list).toContainText(/\d mi to the nearest point of the US border/);
    await page.getByRole('button', { name: 'km', exact: true }).click();
    await expect(list).toContainText(/\d km to the nearest point of the US border/);
    await expect(page).toHaveURL(/units=km/);
  });
});
