import { LngLatBounds, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Basemap } from '../../core/basemap.ts';
import type { CaravanModel } from '../../core/caravanModel.ts';
import { basemapStyle } from './basemapStyle.ts';
import { CARAVAN_LAYERS } from './caravanLayers.ts';
import { type CaravanSourceId, caravanSources } from './caravanSources.ts';

/**
 * Tell MapLibre where its worker is (Vite moves it on build). In a sandboxed frame the
 * page's origin is "null": MapLibre would then start its module worker from a data: URL,
 * which a strict policy (worker-src 'self' blob:) refuses. So the worker is fetched (the
 * host allows it with CORS), its one `export` dropped to make it a classic script, and
 * started from a blob: URL; the ".cjs" fragment is how MapLibre recognises a classic worker.
 */
export async function prepareWorker(): Promise<void> {
  if (self.origin !== 'null') return setWorkerUrl(workerUrl);
  const code = (await (await fetch(workerUrl)).text()).replace(/export\s*\{[^}]*\};?/, '');
  const blob = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  setWorkerUrl(`${blob}#maplibre-gl-worker.cjs`);
}

export interface CaravanMap {
  map: MapLibreMap;
  /** Which source holds each feature id, for feature-state updates. */
  sourceOf: ReadonlyMap<string, CaravanSourceId>;
  loaded: Promise<void>;
}

/** True when the browser can run MapLibre 6, which needs WebGL 2. */
export function canDrawMap(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/** The map with the offline basemap and the caravan's layers, framed on the whole route. */
export function createCaravanMap(
  container: HTMLElement,
  basemap: Basemap,
  model: CaravanModel,
  locale: Record<string, string>,
): CaravanMap {
  const map = new MapLibreMap({
    container,
    locale,
    // One finger scrolls the article; two fingers (or Ctrl + wheel) move the map.
    cooperativeGestures: true,
    style: basemapStyle(basemap),
    bounds: routeBounds(model),
    // More room east, where Honduras and the route's start sit against the edge.
    fitBoundsOptions: { padding: { top: 40, bottom: 24, left: 40, right: 64 } },
    maxBounds: [
      [basemap.bbox[0], basemap.bbox[1]],
      [basemap.bbox[2], basemap.bbox[3]],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.keyboard.disableRotation();
  const sources = caravanSources(model);
  const sourceOf = new Map<string, CaravanSourceId>();
  for (const [id, data] of Object.entries(sources) as [CaravanSourceId, typeof sources.stops][]) {
    for (const f of data.features) sourceOf.set(String(f.properties?.id), id);
  }
  const loaded = new Promise<void>((resolve) => {
    map.on('load', () => {
      for (const [id, data] of Object.entries(sources)) {
        map.addSource(id, { type: 'geojson', data, promoteId: 'id' });
      }
      for (const layer of CARAVAN_LAYERS) map.addLayer(layer);
      resolve();
    });
  });
  return { map, sourceOf, loaded };
}

function routeBounds(model: CaravanModel): LngLatBounds {
  const bounds = new LngLatBounds();
  for (const stop of model.stops) {
    bounds.extend(stop.at);
    if (stop.to) bounds.extend(stop.to);
  }
  return bounds;
}
