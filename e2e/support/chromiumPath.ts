import { existsSync } from 'node:fs';

/** Debian's Chromium, where Playwright cannot download its own browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser Playwright should launch: Debian's when present, else its own (undefined). */
export function chromiumPath(): string | undefined {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
