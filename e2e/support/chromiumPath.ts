import { existsSync } from 'node:fs';

/** Debian's Chromium, where Playwright cannot download its own browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser Playwright should launch: Debian's when present, else its own (undefined). */
export function chromiumPath(): string | undefined {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/**
 * Chromium's flags here: software WebGL, and no calls home (background networking, QUIC),
 * which this network refuses and a privacy test would count.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
