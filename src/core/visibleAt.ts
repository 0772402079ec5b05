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
  /** Ids of the stops and events of the day itself, which stand out. */
  today: Set<string>;
  /** Each group's latest stop, for labels and captions. */
  latest: Map<Group, Stop>;
}

/**
 * The map on a day: everything reported so far (a report dated to a day shows all that
 * day), each group's latest position, and the day's own reports. Hidden groups are left out.
 */
export function visibleAt(
  model: MapModel,
  day: string,
  hidden: ReadonlySet<Group> = new Set(),
): MapState {
  const visible = new Set<string>();
  const today = new Set<string>();
  const latest = new Map<Group, Stop>();
  for (const stop of model.stops) {
    if (stop.date > day || hidden.has(stop.group)) continue;
    visible.add(stop.rowId);
    if (stop.date === day) today.add(currentId(stop));
    const previous = latest.get(stop.group);
    if (!previous || stop.date >= previous.date) latest.set(stop.group, stop);
  }
  for (const segment of model.segments) {
    if (segment.toDate <= day && !hidden.has(segment.group)) visible.add(segment.id);
  }
  for (const event of model.events) {
    if (event.date > day) continue;
    visible.add(event.id);
    if (event.date === day) today.add(event.id);
  }
  const current = new Set([...latest.values()].map(currentId));
  return { visible, current, today, latest };
}

/** The feature that stands for a stop: its stretch if it has one, else its point. */
export function currentId(stop: Stop): string {
  return stop.to ? `${stop.rowId}:stretch` : stop.rowId;
}
