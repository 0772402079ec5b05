import type { LonLat } from './distances.ts';
import { DAY_MS, isoDayToTime } from './isoDay.ts';
import type { Group } from './schema.ts';

/** A reported position: at a place, or on the way from one place to another that day. */
export interface Stop {
  rowId: string;
  group: Group;
  date: string;
  place: string;
  at: LonLat;
  placeTo?: string | undefined;
  to?: LonLat | undefined;
}

/**
 * `reported`: a stretch a report describes ("en route A to B"), or the link between two
 * reports on consecutive days. `unreported`: a day or more passed with no report, so the
 * straight line only says which came next, not the road taken.
 */
export type SegmentKind = 'reported' | 'unreported';

export interface Segment {
  id: string;
  group: Group;
  kind: SegmentKind;
  from: LonLat;
  to: LonLat;
  fromDate: string;
  toDate: string;
}

/** The track of each group through its stops, in date order (stable within a day). */
export function buildTrack(stops: readonly Stop[]): Segment[] {
  const segments: Segment[] = [];
  for (const groupStops of byGroup(stops).values()) {
    let previous: Stop | undefined;
    for (const stop of groupStops) {
      if (previous) pushLink(segments, previous, stop);
      if (stop.to && !samePoint(stop.at, stop.to)) {
        segments.push(segment(stop, stop, 'reported', stop.at, stop.to));
      }
      previous = stop;
    }
  }
  return segments;
}

/** The latest stop of a group on or before a day, if any. */
export function stopOn(stops: readonly Stop[], group: Group, day: string): Stop | undefined {
  // One pass, no sort: it runs on every step, over the whole log. Within a day the later
  // stop in the list wins, as in date order.
  let latest: Stop | undefined;
  for (const stop of stops) {
    if (stop.group === group && stop.date <= day && (!latest || stop.date >= latest.date)) {
      latest = stop;
    }
  }
  return latest;
}

/** Where a stop leaves the group: the end of its stretch, or its place. */
export function reachedPoint(stop: Stop): LonLat {
  return stop.to ?? stop.at;
}

function pushLink(segments: Segment[], previous: Stop, stop: Stop): void {
  const from = reachedPoint(previous);
  if (samePoint(from, stop.at)) return;
  const gapDays = (isoDayToTime(stop.date) - isoDayToTime(previous.date)) / DAY_MS;
  segments.push(segment(previous, stop, gapDays <= 1 ? 'reported' : 'unreported', from, stop.at));
}

function segment(from: Stop, to: Stop, kind: SegmentKind, a: LonLat, b: LonLat): Segment {
  const id = from === to ? `${to.rowId}:stretch` : `${from.rowId}>${to.rowId}`;
  return { id, group: to.group, kind, from: a, to: b, fromDate: from.date, toDate: to.date };
}

function byGroup(stops: readonly Stop[]): Map<Group, Stop[]> {
  const groups = new Map<Group, Stop[]>();
  for (const stop of sortByDate(stops)) {
    const list = groups.get(stop.group) ?? [];
    list.push(stop);
    groups.set(stop.group, list);
  }
  return groups;
}

function sortByDate(stops: readonly Stop[]): Stop[] {
  return [...stops].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
