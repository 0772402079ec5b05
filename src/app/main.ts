import { caravanModel } from '../core/caravanModel.ts';
import { isoDayToTime, timeToIsoDay } from '../core/isoDay.ts';
import type { AppState } from './appState.ts';
import { createStore } from './createStore.ts';
import { formatters } from './i18n/formatters.ts';
import { MESSAGES } from './i18n/messages.ts';
import { loadData } from './loadData.ts';
import { canDrawMap, createCaravanMap } from './map/createCaravanMap.ts';
import { mountCaravanMap } from './map/mountCaravanMap.ts';
import { addCountryLabels } from './map/placeLabels.ts';
import './styles.css';
import type { Basemap } from '../core/basemap.ts';
import type { CaravanModel } from '../core/caravanModel.ts';
import type { Store } from './createStore.ts';
import { sliderValueText } from './ui/describeDay.ts';
import { mountDateline } from './ui/mountDateline.ts';
import { mountLegend } from './ui/mountLegend.ts';
import { mountReports } from './ui/mountReports.ts';
import { mountSlider } from './ui/mountSlider.ts';

const language = 'en';
const messages = MESSAGES[language];
const format = formatters(language);

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}

function showMessage(text: string): void {
  const el = byId('map-message');
  el.textContent = text;
  el.hidden = false;
}

async function start(): Promise<void> {
  const { log, basemap } = await loadData(import.meta.env.BASE_URL);
  const model = caravanModel(log);
  const store = createStore<AppState>({
    time: isoDayToTime(model.days[0] as string),
    playing: false,
    speed: 1,
    language,
    units: 'mi',
    hiddenGroups: [],
  });
  mountDateline(byId('dateline-date'), byId('dateline-caption'), {
    model,
    store,
    messages,
    format,
  });
  mountSlider(byId('timeline'), {
    days: model.days,
    store,
    messages,
    format,
    valueText: (time) => sliderValueText(model, time, messages, format),
  });
  mountReports(byId('reports'), { model, store, messages, format });
  mountLegend(byId('legend'), messages);
  if (canDrawMap()) await startMap(model, basemap, store);
  else {
    byId('map').hidden = true;
    showMessage(messages.noWebgl);
  }
}

async function startMap(model: CaravanModel, basemap: Basemap, store: Store<AppState>) {
  const container = byId('map');
  const { map, sourceOf, loaded } = createCaravanMap(container, basemap, model);
  addCountryLabels(map, basemap);
  await loaded;
  mountCaravanMap(map, sourceOf, { model, store, container });
  // Tests and the bench read these instead of reaching into the map object.
  let idles = 0;
  map.on('idle', () => {
    idles += 1;
    container.dataset.ready = 'true';
    container.dataset.idle = String(idles);
  });
}

start().catch((error: unknown) => {
  console.error(error);
  showMessage(messages.loadFailed(error instanceof Error ? error.message : String(error)));
});
