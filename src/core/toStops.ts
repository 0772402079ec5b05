import type { EventRow, Place } from './schema.ts';
import type { Stop } from './track.ts';

/** The reported positions of the log as track stops, in the log's (date) order. */
export function toStops(rows: readonly EventRow[], places: ReadonlyMap<string, Place>): Stop[] {
  return rows.flatMap((row) => {
    const place = row.place ? places.get(row.place) : undefined;
    if (row.fact !== 'position' || !row.group || !place) return [];
    const to = row.placeTo ? places.get(row.placeTo) : undefined;
    return [
      {
        rowId: row.id,
        group: row.group,
        date: row.date,
        place: place.id,
        at: [place.lon, place.lat],
        placeTo: to?.id,
        to: to ? [to.lon, to.lat] : undefined,
      },
    ];
  });
}
