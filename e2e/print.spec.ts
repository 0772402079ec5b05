import { readFileSync } from 'node:fs';
import { expect, openMap, test } from './support/test.ts';

test('printing shows the picture of the day shown in place of the canvas', async ({ page }) => {
  // The snapshots are a deployment step (npm run snapshots); here one stands in for all.
  const picture = readFileSync('public/static-map.png');
  const asked: string[] = [];
  await page.route('**/snapshots/*.png', (route) => {
    asked.push(new URL(route.request().url()).pathname);
    return route.fulfill({ body: picture, contentType: 'image/png' });
  });
  await openMap(page, './?t=2018-10-25');
  expect(asked).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const snapshot = page.locator('#print-snapshot');
  await expect(snapshot).toBeVisible();
  await expect(snapshot).toHaveAttribute('src', 'snapshots/2018-10-25.png');
  await expect(snapshot).toHaveAttribute('alt', /San Pedro Sula/);
  await expect(page.locator('#map')).toBeHidden();
  expect(asked).toEqual(['/snapshots/2018-10-25.png']);
});

test('an oEmbed document and an og:image describe the embed for CMSs', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  const oembed = await (await request.get(href ?? '')).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: expect.stringContaining('caravan'),
  });
  expect(oembed.html).toContain('data-pym-src="');
  expect(oembed.html).toContain('pym.v1.min.js');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect((await request.get(image ?? '')).headers()['content-type']).toBe('image/png');
});
