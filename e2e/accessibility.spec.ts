import AxeBuilder from '@axe-core/playwright';
import { expect, openMap, test } from './support/test.ts';

const MOMENTS = [
  { name: 'the start', path: './' },
  { name: 'an estimate between reports, table open', path: './?t=2018-10-17T03', openTable: true },
  { name: 'the border, in Spanish', path: './?t=2018-11-25&lang=es' },
];

for (const moment of MOMENTS) {
  test(`axe finds nothing at ${moment.name}`, async ({ page }) => {
    await openMap(page, moment.path);
    if (moment.openTable) await page.locator('.all-reports summary').click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    // One line per rule, with its first few elements: enough to find it, short enough to read.
    const found = results.violations.map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target)
          .join(' ')}`,
    );
    expect(found).toEqual([]);
  });
}

test('every control is reachable by keyboard, with a visible focus ring', async ({ page }) => {
  await openMap(page);
  const reached = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name:
          el.id ||
          el.getAttribute('aria-label') ||
          el.textContent?.trim().slice(0, 30) ||
          el.tagName,
        outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.name}`).toBe(true);
    reached.add(focused.name);
  }
  for (const name of [
    'English',
    'Español',
    'mi',
    'km',
    'time-slider',
    'Previous report',
    'play',
    'Next report',
    'speed',
    'Main caravan',
  ]) {
    expect([...reached], name).toContain(name);
  }
});
