import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { LonLat } from '../../core/distances.ts';
import type { Group } from '../../core/schema.ts';
import { GROUP_COLORS } from '../groupColors.ts';

export interface PositionMark {
  group: Group;
  at: LonLat;
  kind: 'latest' | 'estimate';
}

/**
 * Each group's latest reported position (a ring) and its estimated position between
 * reports (hollow, dashed: never like a report), as a handful of DOM markers. Layers for
 * them would be drawn over every feature of the log each frame, and an estimate source
 * rebuilt each step would cost a worker round trip.
 */
export function createPositionMarkers(map: MapLibreMap): (marks: readonly PositionMark[]) => void {
  const markers = new Map<string, Marker>();
  return (marks) => {
    const wanted = new Set<string>();
    for (const mark of marks) {
      const key = `${mark.kind}:${mark.group}`;
      wanted.add(key);
      const marker = markers.get(key) ?? addMarker(map, mark, markers, key);
      marker.setLngLat(mark.at);
    }
    for (const [key, marker] of markers) {
      if (wanted.has(key)) continue;
      marker.remove();
      markers.delete(key);
    }
  };
}

function addMarker(
  map: MapLibreMap,
  mark: PositionMark,
  markers: Map<string, Marker>,
  key: string,
): Marker {
  const el = document.createElement('div');
  el.className = `position-mark position-mark--${mark.kind}`;
  el.dataset.group = mark.group;
  el.setAttribute('aria-hidden', 'true');
  el.style.setProperty('--group', GROUP_COLORS[mark.group]);
  const marker = new Marker({ element: el }).setLngLat(mark.at).addTo(map);
  markers.set(key, marker);
  return marker;
}
