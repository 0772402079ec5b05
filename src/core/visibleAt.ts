import type { EventRow, Group } from './schema.ts';
import type { Segment, Stop } from './track.ts';

/** What the map draws, by feature id: the log's stops, segments and events. */
export interface MapModel {
  stops: readonly Stop[];
  segments: readonly Segment[];
  events: readonly EventRow[];
}

export interface MapState {
  /** Ids of stops, segments and events reported by the day. */
  visible: Set<string>;
  /** Ids of each group's latest stop: a point's row id or a stretch's segment id. */
  current: Set<string>;
  /** Each group's latest stop, for labels and captions. */
  latest: Map<Group, Stop>;
}

/** The map at the end of a day: everything reported so far, each group's latest position. */
export function visibleAt(model: MapModel, day: string): MapState {
  const visible = new Set<string>();
  const latest = new Map<Group, Stop>();
  for (const stop of model.stops) {
    if (stop.date > day) continue;
    visible.add(stop.rowId);
    latest.set(stop.group, stop); // stops are in date order, so the last one wins
  }
  for (const segment of model.segments) if (segment.toDate <= day) visible.add(segment.id);
  for (const event of model.events) if (event.date <= day) visible.add(event.id);
  const current = new Set([...latest.values()].map(currentId));
  return { visible, current, latest };
}

/** The feature that stands for a stop: its stretch if it has one, else its point. */
export function currentId(stop: Stop): string {
  return stop.to ? `${stop.rowId}:stretch` : stop.rowId;
}
