import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM } from './chromiumPath.ts';

/*
 * Find or install a Chromium for the end-to-end tests, and say which one:
 * 1. Debian's /usr/bin/chromium when present;
 * 2. else, as root on Debian, install it with apt-get (Playwright's download is blocked
 *    on networks that reach only package registries);
 * 3. else Playwright's own build, downloaded by `playwright install`.
 */

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit' });
}

function main(): void {
  if (existsSync(DEBIAN_CHROMIUM)) {
    console.log(`e2e browser: Debian Chromium at ${DEBIAN_CHROMIUM}`);
    return;
  }
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('e2e browser: installing Debian Chromium with apt-get…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    if (existsSync(DEBIAN_CHROMIUM)) {
      console.log(`e2e browser: Debian Chromium at ${DEBIAN_CHROMIUM}`);
      return;
    }
  }
  console.log("e2e browser: Playwright's own Chromium (npx playwright install chromium)");
  run('npx', ['playwright', 'install', 'chromium']);
}

main();
