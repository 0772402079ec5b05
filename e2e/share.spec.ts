import { expect, openMap, test } from './support/test.ts';

test('Share copies the embed code and the link for the view on screen, with one click', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, './?t=2018-10-25&lang=es');
  await page.getByRole('button', { name: 'Compartir' }).click();
  await expect(page.getByRole('button', { name: 'Compartir' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.getByRole('button', { name: /^Copiar: Código/ }).click();
  await expect(page.locator('.share-status')).toHaveText('Copiado.');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe(
    '<div data-pym-src="http://127.0.0.1:4173/?embed&amp;t=2018-10-25T12&amp;lang=es">' +
      '<a href="http://127.0.0.1:4173/?t=2018-10-25T12&amp;lang=es">La caravana migrante de 2018, reporte a reporte</a></div>\n' +
      '<script src="http://127.0.0.1:4173/pym.v1.min.js"></script>',
  );
  await page.getByRole('button', { name: /^Copiar: Enlace/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'http://127.0.0.1:4173/?t=2018-10-25T12&lang=es',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the whole route as a picture and says why', async ({ page }) => {
    await page.goto('./');
    const picture = page.locator('noscript img, img.static-map').filter({ visible: true });
    await expect(picture.first()).toHaveAttribute('alt', /San Pedro Sula.*Tijuana/);
    // Playwright's text search skips <noscript>; a CSS locator reaches it.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText('This graphic needs JavaScript');
  });
});
