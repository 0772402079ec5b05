import { expect, openMap, test } from './support/test.ts';

test('Spanish renders every interface string, date and number, and quotes stay as written', async ({
  page,
}) => {
  await openMap(page, './?t=2018-10-25');
  const quote = await page.locator('.report-quote').first().textContent();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('h1')).toHaveText('La caravana migrante de 2018, reporte a reporte');
  await expect(page.locator('#dateline-date')).toHaveText('jueves, 25 de octubre de 2018');
  await expect(page.locator('#dateline-caption')).toHaveText(
    'Caravana principal: Pijijiapan, Chiapas',
  );
  await expect(page.locator('#play')).toHaveText('Reproducir');
  await expect(page.locator('#time-slider')).toHaveAttribute(
    'aria-valuetext',
    'jueves, 25 de octubre de 2018, Pijijiapan, Chiapas',
  );
  await expect(page.locator('.map-label--country', { hasText: 'México' })).toBeVisible();
  await expect(page.locator('.report-quote').first()).toHaveText(quote ?? '');
  await expect(page.getByRole('button', { name: 'Español' })).toBeFocused();
  await expect(page).toHaveURL(/lang=es/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#play')).toHaveText('Play');
});
