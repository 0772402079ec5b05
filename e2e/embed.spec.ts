import { ARTICLE_ORIGIN, expect, test } from './support/test.ts';

const MAP = 'http://127.0.0.1:4173/';

test.describe('embedded in an article', () => {
  test('scrolling moves the map, the map reports its time, and the iframe sizes itself', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 700 });
    await page.goto(`${ARTICLE_ORIGIN}/?embed=${encodeURIComponent(MAP)}`);
    const iframe = page.locator('#caravan-map iframe');
    const frame = page.frameLocator('#caravan-map iframe');
    await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#map-time')).toHaveText('2018-10-12T12');
    // pym.js sized the iframe to its content: no inner scroll bar, no empty space.
    const contentHeight = await frame
      .locator('body')
      .evaluate((b) => (b as HTMLElement).offsetHeight);
    await expect
      .poll(async () => (await iframe.boundingBox())?.height ?? 0)
      .toBeCloseTo(contentHeight, -1);

    await page.locator('.step').nth(1).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(frame.locator('#map')).toHaveAttribute('data-day', '2018-10-25');
    await expect(page.locator('#map-time')).toHaveText('2018-10-25T12');
    await page.locator('.step').nth(2).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(frame.locator('#map')).toHaveAttribute('data-day', '2018-11-09');
  });

  test('the height follows the content when the layout changes, shrinking too', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${ARTICLE_ORIGIN}/?embed=${encodeURIComponent(MAP)}`);
    const iframe = page.locator('#caravan-map iframe');
    const frame = page.frameLocator('#caravan-map iframe');
    await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
    const closed = (await iframe.boundingBox())?.height ?? 0;
    await frame.getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(async () => (await iframe.boundingBox())?.height ?? 0)
      .toBeGreaterThan(closed + 80);
    await frame.getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(async () => (await iframe.boundingBox())?.height ?? 0)
      .toBeCloseTo(closed, -1);
  });

  test('messages from an origin not on the allow-list change nothing', async ({ page }) => {
    // The same article from another origin: the map was told to obey 127.0.0.1:4174 only.
    const other = ARTICLE_ORIGIN.replace('127.0.0.1', 'localhost');
    await page.goto(
      `${other}/?embed=${encodeURIComponent(MAP)}&allow=${encodeURIComponent(ARTICLE_ORIGIN)}`,
    );
    const frame = page.frameLocator('#caravan-map iframe');
    await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
    await page.evaluate(() => {
      const target =
        document.querySelector<HTMLIFrameElement>('#caravan-map iframe')?.contentWindow;
      const message = { source: 'caravan-map', version: 1, type: 'setTime', time: '2018-11-09' };
      target?.postMessage(message, 'http://127.0.0.1:4173');
      target?.postMessage({ ...message, type: 'play' }, 'http://127.0.0.1:4173');
    });
    await page.locator('.step').nth(2).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(800);
    await expect(frame.locator('#map')).toHaveAttribute('data-day', '2018-10-12');
    await expect(frame.locator('#play')).toHaveText('Play');
    await expect(page.locator('#map-time')).toHaveText('not ready');
  });
});

test.describe('embed view', () => {
  test('shows the map, the slider and a one-line credit, with an optional headline', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 280, height: 700 });
    await page.goto(
      `${MAP}?embed&headline=${encodeURIComponent('<b>On the road</b>')}&lang=es&t=2018-10-25`,
    );
    await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('h1')).toHaveText('<b>On the road</b>');
    await expect(page.locator('#time-slider')).toBeVisible();
    await expect(page.locator('.embed-only').first()).toBeVisible();
    for (const hidden of ['.dek', '.strip', '.legend', '.side', '.table-section', '.full-only']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      280,
    );
  });

  test('three embeds on one page all work, each starting its map near the viewport', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 700, height: 600 });
    await page.goto(`${ARTICLE_ORIGIN}/three.html`);
    const one = page.frameLocator('#one');
    const three = page.frameLocator('#three');
    await expect(one.locator('#map')).toHaveAttribute('data-ready', 'true');
    await expect(three.locator('#dateline-date')).toHaveText('Friday, 9 November 2018');
    await expect(three.locator('#map canvas')).toHaveCount(0);
    for (const id of ['#two', '#three']) {
      await page.locator(id).scrollIntoViewIfNeeded();
      await expect(page.frameLocator(id).locator('#map')).toHaveAttribute('data-ready', 'true');
    }
    await expect(three.locator('#map')).toHaveAttribute('data-day', '2018-11-09');
  });

  test('works inside <iframe sandbox="allow-scripts">, where its origin is "null"', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE_ORIGIN}/sandbox.html`);
    const frame = page.frameLocator('#sandboxed');
    await expect(frame.locator('#dateline-date')).toHaveText('Thursday, 25 October 2018');
    await expect(frame.locator('#map')).toHaveAttribute('data-ready', 'true');
    await frame.locator('#time-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(frame.locator('#map')).toHaveAttribute('data-day', '2018-10-26');
  });
});
