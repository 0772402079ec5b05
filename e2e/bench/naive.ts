import type { Feature, FeatureCollection } from 'geojson';
import { type GeoJSONSource, LngLatBounds, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../../src/app/map/basemapStyle.ts';
import { CARAVAN_LAYERS } from '../../src/app/map/caravanLayers.ts';
import { caravanSources } from '../../src/app/map/caravanSources.ts';
import type { Basemap } from '../../src/core/basemap.ts';
import { type CaravanModel, caravanModel } from '../../src/core/caravanModel.ts';
import { logSchema } from '../../src/core/logSchema.ts';
import { type MapState, visibleAt } from '../../src/core/visibleAt.ts';
import { naiveLayers } from './naiveLayers.ts';

/*
 * The bench's baseline: the app's data, basemap and layers drawn the naive way. Each
 * slider step rebuilds every caravan source with setData, holding only what shows.
 * It exposes what the bench reads from the app: #time-slider and #map's data-ready and
 * data-idle. ?w=&h= size the map like the app's.
 */

setWorkerUrl(workerUrl);

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function start(): Promise<void> {
  const [log, basemap] = await Promise.all([
    fetchJson('data/log.json'),
    fetchJson('data/basemap.json'),
  ]);
  // Validated like the app does, so page loads compare like with like.
  const model = caravanModel(logSchema.parse(log));
  const container = document.getElementById('map') as HTMLElement;
  const slider = document.getElementById('time-slider') as HTMLInputElement;
  const size = new URLSearchParams(location.search);
  container.style.width = `${size.get('w') ?? 640}px`;
  container.style.height = `${size.get('h') ?? 400}px`;
  const map = newMap(container, basemap as Basemap, model);
  const all = caravanSources(model);
  const shownAt = (day: string) => {
    const state = visibleAt(model, day);
    return Object.entries(all).map(([id, data]) => [id, shown(data, state)] as const);
  };
  map.on('load', () => {
    for (const [id, data] of shownAt(model.days[0] as string)) {
      map.addSource(id, { type: 'geojson', data });
    }
    for (const layer of naiveLayers(CARAVAN_LAYERS)) map.addLayer(layer);
  });
  slider.min = '0';
  slider.max = String(model.days.length - 1);
  slider.step = '1';
  slider.value = '0';
  slider.addEventListener('input', () => {
    for (const [id, data] of shownAt(model.days[Number(slider.value)] as string)) {
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
    }
  });
  let idles = 0;
  map.on('idle', () => {
    idles += 1;
    container.dataset.ready = 'true';
    container.dataset.idle = String(idles);
  });
}

/**
 * Only the features that show, with the flags the app keeps in feature-state: every id
 * set of the map state (visible, current, today…) becomes a boolean property.
 */
function shown(data: FeatureCollection, state: MapState): FeatureCollection {
  const flags = Object.entries(state).filter(
    (entry): entry is [string, Set<string>] => entry[1] instanceof Set,
  );
  const features: Feature[] = [];
  for (const feature of data.features) {
    const id = String(feature.properties?.id);
    if (!state.visible.has(id)) continue;
    const properties = { ...feature.properties };
    for (const [flag, ids] of flags) properties[flag] = ids.has(id);
    features.push({ ...feature, properties });
  }
  return { type: 'FeatureCollection', features };
}

/** The app's map options: same basemap, framing and bounds. */
function newMap(container: HTMLElement, basemap: Basemap, model: CaravanModel): MapLibreMap {
  const bounds = new LngLatBounds();
  for (const stop of model.stops) {
    bounds.extend(stop.at);
    if (stop.to) bounds.extend(stop.to);
  }
  return new MapLibreMap({
    container,
    style: basemapStyle(basemap),
    bounds,
    fitBoundsOptions: { padding: { top: 24, bottom: 24, left: 24, right: 64 } },
    maxBounds: [
      [basemap.bbox[0], basemap.bbox[1]],
      [basemap.bbox[2], basemap.bbox[3]],
    ],
    attributionControl: false,
    renderWorldCopies: false,
  });
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.append(String(error));
});
