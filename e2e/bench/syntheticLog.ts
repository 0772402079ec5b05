import { isoDaysBetween } from '../../src/core/isoDay.ts';
import { type Log, logSchema } from '../../src/core/logSchema.ts';
import { logSpan } from '../../src/core/rowsOn.ts';
import type { EventRow, Group, Place } from '../../src/core/schema.ts';

type LonLat = [number, number];

/** Where each group joins the route (share of the date span) and how far ahead it runs. */
const GROUP_PLAN: { group: Group; share: number; start: number; lead: number }[] = [
  { group: 'main', share: 0.5, start: 0, lead: 0 },
  { group: 'main-advance', share: 0.1, start: 0.05, lead: 0.06 },
  { group: 'second', share: 0.2, start: 0.15, lead: 0 },
  { group: 'third', share: 0.12, start: 0.3, lead: 0 },
  { group: 'other', share: 0.08, start: 0.4, lead: 0 },
];

const JITTER_DEGREES = 0.2;

/**
 * A log of `rows` reports shaped like the real one, for the bench: positions along the
 * real main caravan's route over its real dates, five groups, and crowd (30%), distance
 * and event rows, so every code path of the app runs. Seeded, so each run draws the same.
 * Throws when the result does not pass logSchema, the app's own gate.
 */
export function syntheticLog(real: Log, rows: number, seed = 2018): Log {
  const random = mulberry32(seed);
  const route = mainRoute(real);
  const { first, last } = logSpan(real.rows);
  const days = isoDaysBetween(first, last);
  const places = routePlaces(route, Math.max(50, Math.round(rows / 10)), random);
  const log: Log = { version: 1, places, sources: real.sources, rows: [], measurements: {} };
  for (let i = 0; i < rows; i += 1) {
    const dayIndex = Math.floor((i * days.length) / rows); // rows stay in date order
    const row = syntheticRow(
      i,
      days[dayIndex] as string,
      dayIndex / (days.length - 1),
      log,
      random,
    );
    log.rows.push(row);
    if (row.fact === 'distance' && row.place && row.value !== undefined) {
      log.measurements[row.id] = { km: row.value, basis: 'to-border', from: row.place };
    }
  }
  const checked = logSchema.safeParse(log);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`synthetic log is invalid: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return checked.data;
}

function syntheticRow(
  i: number,
  date: string,
  dayShare: number,
  log: Log,
  random: () => number,
): EventRow {
  const plan = pickGroup(dayShare, random);
  const progress = Math.min(1, Math.max(0, (dayShare - plan.start) / (1 - plan.start) + plan.lead));
  const last = log.places.length - 1;
  const near = Math.round(progress * last) + Math.round((random() - 0.5) * 4);
  const place = log.places[clamp(near, 0, last)]?.id as string;
  const source = log.sources[Math.floor(random() * log.sources.length)]?.id as string;
  const base = { id: `syn-${i}`, date, dateBasis: 'printed' as const, source, place };
  const quote = `synthetic report ${i}`;
  const kind = random();
  if (kind < 0.3) {
    const value = 1000 + Math.round(random() * 6000);
    return { ...base, group: plan.group, fact: 'crowd', value, unit: 'people', quote };
  }
  if (kind < 0.4) {
    const value = Math.round(random() * 2500);
    const figure = { value, unit: 'km' as const, measures: 'to-border' as const };
    return { ...base, group: plan.group, fact: 'distance', ...figure, quote };
  }
  if (kind < 0.45) return { ...base, fact: 'event', quote };
  // One position in ten is a stretch "on the way from A to B".
  const placeTo = random() < 0.1 ? log.places[clamp(near + 3, 0, last)]?.id : undefined;
  return { ...base, group: plan.group, fact: 'position', placeTo, quote };
}

function pickGroup(dayShare: number, random: () => number): (typeof GROUP_PLAN)[number] {
  const started = GROUP_PLAN.filter((p) => p.start <= dayShare);
  const total = started.reduce((sum, p) => sum + p.share, 0);
  let pick = random() * total;
  for (const plan of started) {
    pick -= plan.share;
    if (pick <= 0) return plan;
  }
  return GROUP_PLAN[0] as (typeof GROUP_PLAN)[number];
}

/** The real main caravan's reported places, in date order, as waypoints. */
function mainRoute(real: Log): LonLat[] {
  const byId = new Map(real.places.map((p) => [p.id, p]));
  const route: LonLat[] = [];
  for (const row of real.rows) {
    const place = row.fact === 'position' && row.group === 'main' && byId.get(row.place ?? '');
    if (!place) continue;
    const previous = route.at(-1);
    if (!previous || previous[0] !== place.lon || previous[1] !== place.lat) {
      route.push([place.lon, place.lat]);
    }
  }
  if (route.length < 2) throw new Error('the real log has fewer than two main-caravan places');
  return route;
}

/** `count` places spread evenly along the route, each jittered. */
function routePlaces(route: LonLat[], count: number, random: () => number): Place[] {
  return Array.from({ length: count }, (_, k) => {
    const [lon, lat] = along(route, k / (count - 1));
    return {
      id: `syn-place-${k}`,
      name: `Synthetic ${k}`,
      admin1: 'Synthetic',
      country: 'MX',
      lat: round(lat + (random() - 0.5) * 2 * JITTER_DEGREES),
      lon: round(lon + (random() - 0.5) * 2 * JITTER_DEGREES),
      note: 'Generated by the bench.',
    };
  });
}

/** The point at a share of the route's length (plane geometry is enough for a bench). */
function along(route: LonLat[], share: number): LonLat {
  const legs = route.slice(1).map((to, i) => Math.hypot(...delta(route[i] as LonLat, to)));
  let remaining = share * legs.reduce((sum, leg) => sum + leg, 0);
  for (const [i, leg] of legs.entries()) {
    const from = route[i] as LonLat;
    if (remaining <= leg && leg > 0) {
      const [dx, dy] = delta(from, route[i + 1] as LonLat);
      return [from[0] + (dx * remaining) / leg, from[1] + (dy * remaining) / leg];
    }
    remaining -= leg;
  }
  return route.at(-1) as LonLat;
}

function delta(from: LonLat, to: LonLat): LonLat {
  return [to[0] - from[0], to[1] - from[1]];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(degrees: number): number {
  return Math.round(degrees * 1e4) / 1e4;
}

/** A small seeded PRNG (mulberry32): the same numbers on every run and machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
