import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { caravanModel } from '../../src/core/caravanModel.ts';
import { logSchema } from '../../src/core/logSchema.ts';
import { mapPicture, withBuiltPage } from './withBuiltPage.ts';

/*
 * npm run snapshots: after the build, a picture of the map for every day with a report,
 * dist/snapshots/YYYY-MM-DD.png, which the print stylesheet shows in place of the canvas.
 * Deploy dist/ after running it.
 */

await withBuiltPage(async (browser, url) => {
  const days = caravanModel(
    logSchema.parse(JSON.parse(readFileSync('dist/data/log.json', 'utf8'))),
  ).reportDays;
  mkdirSync('dist/snapshots', { recursive: true });
  for (const day of days) {
    await mapPicture(browser, `${url}?t=${day}`, `dist/snapshots/${day}.png`);
    console.log(`snapshot ${day}`);
  }
  writeFileSync('dist/snapshots/index.json', JSON.stringify(days));
  console.log(`snapshots: ${days.length} days in dist/snapshots/`);
});
