import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapState } from '../../core/visibleAt.ts';
import type { CaravanSourceId } from './caravanSources.ts';

/**
 * Apply a new map state by touching only the features whose flags changed: feature-state
 * is the one update MapLibre applies without sending tiles back through its worker.
 */
export function syncFeatureState(
  map: MapLibreMap,
  sourceOf: ReadonlyMap<string, CaravanSourceId>,
  next: MapState,
  previous: MapState | undefined,
): void {
  for (const flag of ['visible', 'today'] as const) {
    const before = previous?.[flag] ?? new Set<string>();
    const after = next[flag];
    for (const id of after) if (!before.has(id)) set(map, sourceOf, id, flag, true);
    for (const id of before) if (!after.has(id)) set(map, sourceOf, id, flag, false);
  }
}

function set(
  map: MapLibreMap,
  sourceOf: ReadonlyMap<string, CaravanSourceId>,
  id: string,
  flag: 'visible' | 'today',
  value: boolean,
): void {
  const source = sourceOf.get(id);
  if (source) map.setFeatureState({ source, id }, { [flag]: value });
}
