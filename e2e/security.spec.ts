import { expect, openMap, test } from './support/test.ts';

test.describe('Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
  });

  test('the built page runs under a strict policy with no violation, and the policy bites', async ({
    page,
    watch,
  }) => {
    await openMap(page, './?t=2018-10-25');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await page.locator('#play').click();
    await page.locator('#play').click();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Compartir' }).click();
    await page.locator('.all-reports summary').click();
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);

    // An injected inline script must be refused: the policy is really in force.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { cspViolations: string[] }).cspViolations.length,
        ),
      )
      .toBe(1);
    // The browser reports the refusal as a console error, a moment later: the one this test caused.
    const isRefusal = (m: string) => m.startsWith('Executing inline script violates');
    await expect.poll(() => watch.consoleErrors.some(isRefusal)).toBe(true);
    watch.consoleErrors.splice(watch.consoleErrors.findIndex(isRefusal), 1);
  });
});

test('privacy: no cookies, no storage, nothing sent anywhere else', async ({ page, context }) => {
  await openMap(page, './?t=2018-10-25');
  await page.locator('#time-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'km', exact: true }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0, workers: 0, cookie: '' });
  // The referrer policy keeps the page's address from the outlets a reader clicks through to.
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});
