import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CaravanModel } from '../../core/caravanModel.ts';
import { timeToIsoDay } from '../../core/isoDay.ts';
import { type Position, positionAt } from '../../core/positionAt.ts';
import type { Group } from '../../core/schema.ts';
import { type MapState, visibleAt } from '../../core/visibleAt.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { CaravanSourceId } from './caravanSources.ts';
import { declutterLabels } from './declutterLabels.ts';
import { createPositionMarkers, type PositionMark } from './positionMarkers.ts';
import { routeLabels } from './routeLabels.ts';
import { syncFeatureState } from './syncFeatureState.ts';

/**
 * Render the store onto the map: feature-state when the day or the groups change, the tiny
 * estimate source when the hour changes. Returns the unsubscribe.
 */
export function mountCaravanMap(
  map: MapLibreMap,
  sourceOf: ReadonlyMap<string, CaravanSourceId>,
  ctx: { model: CaravanModel; store: Store<AppState>; container: HTMLElement },
): () => void {
  const { model, store, container } = ctx;
  const updateLabels = routeLabels(map, model);
  const declutter = declutterLabels(map, container);
  const updateMarks = createPositionMarkers(map);
  let shown: MapState | undefined;
  const render = (state: AppState, previous?: AppState) => {
    const day = timeToIsoDay(state.time);
    if (
      !shown ||
      day !== timeToIsoDay(previous?.time ?? 0) ||
      state.hiddenGroups !== previous?.hiddenGroups
    ) {
      const next = visibleAt(model, day, new Set(state.hiddenGroups));
      syncFeatureState(map, sourceOf, next, shown);
      shown = next;
      updateLabels(next.latest.get('main'));
      declutter.run();
      container.dataset.day = day;
      container.dataset.current = [...next.current].sort().join(' ');
    }
    const positions = positionsAt(model, state);
    updateMarks(marksAt(shown, positions));
    container.dataset.estimate = [...positions]
      .filter(([, p]) => p.kind !== 'report')
      .map(([g, p]) => `${g}:${p.kind}`)
      .join(' ');
  };
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    declutter.stop();
  };
}

/** A ring at each group's latest reported point; a hollow mark wherever it is estimated. */
function marksAt(state: MapState, positions: Map<Group, Position>): PositionMark[] {
  const latest = [...state.latest.values()]
    .filter((stop) => !stop.to)
    .map((stop) => ({ group: stop.group, at: stop.at, kind: 'latest' as const }));
  const estimates = [...positions]
    .filter(([, p]) => p.kind !== 'report')
    .map(([group, p]) => ({ group, at: p.at, kind: 'estimate' as const }));
  return [...latest, ...estimates];
}

function positionsAt(model: CaravanModel, state: AppState): Map<Group, Position> {
  const positions = new Map<Group, Position>();
  for (const [group, waypoints] of model.waypoints) {
    if (state.hiddenGroups.includes(group)) continue;
    const p = positionAt(waypoints, state.time);
    if (p) positions.set(group, p);
  }
  return positions;
}
