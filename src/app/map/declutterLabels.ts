import type { Map as MapLibreMap } from 'maplibre-gl';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Who gives way to whom: the moving label over the route's ends, both over the basemap's names.
const RANKS = [
  '.map-label--current',
  '.map-label--place',
  '.map-label--country, .map-label--water',
];

/**
 * Labels that would cover a more important one give way: "HONDURAS" under "San Pedro Sula",
 * the fixed "San Pedro Sula" under the moving "Pijijiapan" on a phone. They are hidden, not
 * removed, so they keep their place and come back when the map zooms or the label moves on.
 */
export function declutterLabels(
  map: MapLibreMap,
  container: HTMLElement,
): { run: () => void; stop: () => void } {
  const run = () => {
    const kept: Box[] = [];
    for (const selector of RANKS) {
      const shown = [...container.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => !el.hidden,
      );
      const boxes = shown.map((el) => el.getBoundingClientRect());
      shown.forEach((el, i) => {
        const box = boxes[i] as Box;
        const covered = kept.some((k) => overlaps(box, k));
        el.classList.toggle('map-label--covered', covered);
        if (!covered) kept.push(box);
      });
    }
  };
  map.on('zoomend', run);
  return { run, stop: () => map.off('zoomend', run) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
