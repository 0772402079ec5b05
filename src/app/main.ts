// Must run before any schema is built (see zodJitless.ts).
import './zodJitless.ts';
import type { Basemap } from '../core/basemap.ts';
import { type CaravanModel, caravanModel } from '../core/caravanModel.ts';
import { timeSpan } from '../core/timeSteps.ts';
import type { AppState } from './appState.ts';
import { attachPrintSnapshot } from './attachPrintSnapshot.ts';
import { createStore, type Store } from './createStore.ts';
import { attachHostApi } from './embed/attachHostApi.ts';
import { attachPym } from './embed/attachPym.ts';
import { embedOptions } from './embed/embedOptions.ts';
import { nearViewport } from './embed/nearViewport.ts';
import { MESSAGES } from './i18n/messages.ts';
import { loadData } from './loadData.ts';
import { canDrawMap, createCaravanMap, prepareWorker } from './map/createCaravanMap.ts';
import { mountCaravanMap } from './map/mountCaravanMap.ts';
import { addCountryLabels } from './map/placeLabels.ts';
import { announceStep, byId, mountInterfaceInLanguage } from './mountInterface.ts';
import { attachPlayback } from './playback.ts';
import { syncUrl } from './syncUrl.ts';
import './styles.css';
import { createAnnouncer } from './ui/createAnnouncer.ts';
import { readUrlState, type UrlState } from './urlState.ts';

async function start(): Promise<void> {
  const { log, basemap } = await loadData(import.meta.env.BASE_URL);
  const model = caravanModel(log);
  const span = timeSpan(model.days);
  const defaults: UrlState = { time: span.first, hiddenGroups: [], language: 'en', units: 'mi' };
  const { state, warnings } = readUrlState(location.search, defaults, span);
  const embed = embedOptions(location.search);
  for (const warning of [...warnings, ...embed.warnings]) console.warn(warning);
  document.body.classList.toggle('embed', embed.embed);
  document.body.classList.toggle('has-headline', !!embed.headline);
  const store = createStore<AppState>({ ...state, playing: false, speed: 1 });
  syncUrl(store, defaults);
  const announce = createAnnouncer(byId('announcer'));
  const hasMap = canDrawMap();
  const ctx = {
    model,
    store,
    span,
    border: basemap.usMexicoBorder.geometry,
    announce,
    tableOpen: !hasMap && !embed.embed,
    defaults,
    headline: embed.headline,
  };
  mountInterfaceInLanguage(ctx);
  attachPlayback({
    store,
    span,
    reportDays: model.reportDays,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    onStep: announceStep(ctx),
  });
  attachPym();
  attachPrintSnapshot(
    byId('print-snapshot') as HTMLImageElement,
    store,
    () => MESSAGES[store.get().language].staticMapAlt,
  );
  attachHostApi({ store, span, allowedOrigins: embed.allowedOrigins });
  if (!hasMap) return showFallback(store);
  if (embed.embed) await nearViewport(byId('map'));
  await prepareWorker();
  await startMap(model, basemap, store);
}

async function startMap(model: CaravanModel, basemap: Basemap, store: Store<AppState>) {
  const container = byId('map');
  const messages = () => MESSAGES[store.get().language];
  const { map, sourceOf, loaded } = createCaravanMap(
    container,
    basemap,
    model,
    messages().mapControls,
  );
  const nameLabels = addCountryLabels(map, basemap);
  nameLabels(messages().mapNames);
  store.subscribe((next, previous) => {
    if (next.language !== previous.language) nameLabels(messages().mapNames);
  });
  await loaded;
  mountCaravanMap(map, sourceOf, { model, store, container });
  // A browser may drop the WebGL context (memory, a GPU reset); MapLibre restores it.
  map.on('webglcontextlost', () => showMessage(messages().contextLost));
  map.on('webglcontextrestored', () => {
    byId('map-message').hidden = true;
  });
  // Tests and the bench read these instead of reaching into the map object.
  let idles = 0;
  map.on('idle', () => {
    idles += 1;
    container.dataset.ready = 'true';
    container.dataset.idle = String(idles);
  });
}

/** Without WebGL: the pre-rendered picture of the whole route, and one line saying why. */
function showFallback(store: Store<AppState>): void {
  byId('map').hidden = true;
  const picture = byId('static-map') as HTMLImageElement;
  const render = () => {
    const messages = MESSAGES[store.get().language];
    picture.alt = messages.staticMapAlt;
    showMessage(messages.noWebgl);
  };
  // Its address is set only now, so readers with a working map never download it.
  picture.src = 'static-map.png';
  picture.hidden = false;
  render();
  store.subscribe(render);
}

function showMessage(text: string): void {
  const el = byId('map-message');
  el.textContent = text;
  el.hidden = false;
}

start().catch((error: unknown) => {
  console.error(error);
  showMessage(MESSAGES.en.loadFailed(error instanceof Error ? error.message : String(error)));
});
