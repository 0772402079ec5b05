import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CaravanModel } from '../../core/caravanModel.ts';
import type { Stop } from '../../core/track.ts';
import { stopLabel } from '../ui/describeDay.ts';
import { addPlaceLabel, createPlaceLabel } from './placeLabels.ts';

/**
 * The main caravan's labels: its start and end, fixed, and its latest position, moving.
 * A fixed label steps aside while the moving one names the same place.
 */
export function routeLabels(map: MapLibreMap, model: CaravanModel): (latest?: Stop) => void {
  const main = model.stops.filter((s) => s.group === 'main');
  const start = main[0];
  const westmost = [...main].sort((a, b) => a.at[0] - b.at[0])[0];
  const ends = [start, westmost].flatMap((stop) => {
    if (!stop) return [];
    const name = model.places.get(stop.place)?.name ?? '';
    return [{ name, el: addPlaceLabel(map, name, stop.at) }];
  });
  const current = createPlaceLabel(map, 'map-label--current');
  return (latest) => {
    const text = latest && stopLabel(model, latest);
    current.update(text, latest && (latest.to ?? latest.at));
    for (const end of ends) end.el.hidden = text === end.name;
  };
}
