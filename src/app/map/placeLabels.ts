import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Basemap } from '../../core/basemap.ts';
import type { LonLat } from '../../core/distances.ts';

/**
 * Labels as HTML markers: MapLibre's own text needs glyph files from a server, and this
 * map loads nothing from anywhere. Labels repeat what the page says in text, so they are
 * hidden from screen readers.
 */
export function addCountryLabels(
  map: MapLibreMap,
  basemap: Basemap,
): (names: Record<string, string>) => void {
  const labels = basemap.countryLabels.features.map((label) => {
    const el = labelElement(`map-label map-label--${label.properties.kind}`, label.properties.name);
    new Marker({ element: el }).setLngLat(label.geometry.coordinates as LonLat).addTo(map);
    return { el, id: label.properties.id, name: label.properties.name };
  });
  return (names) => {
    for (const label of labels) label.el.textContent = names[label.id] ?? label.name;
  };
}

export interface PlaceLabel {
  update(text: string | undefined, at: LonLat | undefined): void;
}

/** A label that follows a moving position (the main caravan's latest place). */
export function createPlaceLabel(map: MapLibreMap, className: string): PlaceLabel {
  const el = labelElement(`map-label ${className}`, '');
  const marker = new Marker({ element: el, anchor: 'left', offset: [12, 0] });
  return {
    update(text, at) {
      if (!text || !at) {
        marker.remove();
        return;
      }
      el.textContent = text;
      marker.setLngLat(at).addTo(map);
    },
  };
}

/**
 * A fixed label for an end of the route, below its point: the ends sit at the frame's
 * edges, where a label beside them would be cut. Returns its element so it can step aside
 * while the moving label names the same place.
 */
export function addPlaceLabel(map: MapLibreMap, text: string, at: LonLat): HTMLElement {
  const el = labelElement('map-label map-label--place', text);
  new Marker({ element: el, anchor: 'top', offset: [0, 6] }).setLngLat(at).addTo(map);
  return el;
}

function labelElement(className: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.textContent = text;
  el.setAttribute('aria-hidden', 'true');
  return el;
}
