import type { Browser, BrowserContext, Page } from 'playwright';
import { addProbe } from './pageProbe.ts';

export const VIEWPORT = { width: 800, height: 500 } as const;

export interface OpenedPage {
  page: Page;
  /** Navigation start to #map data-ready="true", in the page's own clock. */
  readyMs: number;
  close(): Promise<void>;
}

/**
 * Load a page in a fresh context (a first visit: empty cache) and wait for the map to be
 * ready. `watch` sees the page before it navigates, to record what it loads.
 */
export async function openPage(
  browser: Browser,
  url: string,
  watch?: (page: Page) => void,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await addProbe(page);
  watch?.(page);
  await page.goto(url, { waitUntil: 'commit' });
  const readyMs = await waitReady(page, context, errors);
  return { page, readyMs, close: () => context.close() };
}

async function waitReady(page: Page, context: BrowserContext, errors: string[]): Promise<number> {
  try {
    const ready = await page.waitForFunction(() => window.benchProbe?.readyAt, undefined, {
      timeout: 180_000,
      polling: 100,
    });
    return (await ready.jsonValue()) as number;
  } catch (error) {
    await context.close();
    throw new Error(`${page.url()} never got ready: ${[...errors, String(error)].join('\n')}`);
  }
}
