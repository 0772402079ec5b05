import { mapPicture, withBuiltPage } from './withBuiltPage.ts';

/*
 * npm run static-map: render the whole reported route to public/static-map.png: the
 * picture a browser without WebGL or JavaScript shows, and the page's og:image. Run it
 * after the data or the map's look changes.
 */

await withBuiltPage(async (browser, url) => {
  await mapPicture(browser, `${url}?t=2018-11-29`, 'public/static-map.png');
  console.log('static map: wrote public/static-map.png');
});
