import type { DistanceUnit } from '../core/distances.ts';
import { isoDayToTime, isRealIsoDay } from '../core/isoDay.ts';
import { HOUR_MS } from '../core/reportTime.ts';
import { GROUPS, type Group } from '../core/schema.ts';
import type { TimeSpan } from '../core/timeSteps.ts';
import type { AppState } from './appState.ts';
import { type Language, MESSAGES } from './i18n/messages.ts';

export type UrlState = Pick<AppState, 'time' | 'hiddenGroups' | 'language' | 'units'>;

const UNITS: readonly DistanceUnit[] = ['mi', 'km'];

/**
 * The reader's state from a URL query (`?t=2018-10-25T15&groups=main,second&lang=es&units=km`).
 * Values are only ever matched against known ones, never shown: a bad or hostile value
 * falls back to its default, with a warning naming the parameter.
 */
export function readUrlState(
  search: string,
  defaults: UrlState,
  span: TimeSpan,
): { state: UrlState; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const pick = <T>(name: string, parse: (raw: string) => T | undefined, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parse(raw);
    if (value !== undefined) return value;
    warnings.push(
      `ignored URL parameter ${name}=${JSON.stringify(raw.slice(0, 40))}: ${HINTS[name]}`,
    );
    return fallback;
  };
  return {
    state: {
      time: pick('t', (raw) => parseTime(raw, span), defaults.time),
      hiddenGroups: pick('groups', parseShownGroups, defaults.hiddenGroups),
      language: pick(
        'lang',
        (raw) => (raw in MESSAGES ? (raw as Language) : undefined),
        defaults.language,
      ),
      units: pick('units', (raw) => UNITS.find((u) => u === raw), defaults.units),
    },
    warnings,
  };
}

const HINTS: Record<string, string> = {
  t: 'expected a day of the timeline as YYYY-MM-DD or YYYY-MM-DDTHH',
  groups: `expected a comma-separated list of ${GROUPS.join(', ')}`,
  lang: `expected ${Object.keys(MESSAGES).join(' or ')}`,
  units: 'expected mi or km',
};

/** The query for a state, leaving out what is at its default. */
export function writeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.time !== defaults.time) params.set('t', formatTime(state.time));
  if (state.hiddenGroups.length > 0) {
    params.set('groups', GROUPS.filter((g) => !state.hiddenGroups.includes(g)).join(','));
  }
  if (state.language !== defaults.language) params.set('lang', state.language);
  if (state.units !== defaults.units) params.set('units', state.units);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** A `t` value (YYYY-MM-DD or YYYY-MM-DDTHH, UTC) inside the span, or undefined. */
export function parseTime(raw: string, span: TimeSpan): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}))?$/.exec(raw);
  if (!match || !isRealIsoDay(match[1] as string)) return undefined;
  const hour = match[2] === undefined ? 12 : Number(match[2]);
  if (hour > 23) return undefined;
  const time = isoDayToTime(match[1] as string) + hour * HOUR_MS;
  return time >= span.first && time <= span.last ? time : undefined;
}

function formatTime(time: number): string {
  return new Date(time).toISOString().slice(0, 13);
}

function parseShownGroups(raw: string): Group[] | undefined {
  const shown = raw.split(',');
  if (!shown.every((g) => (GROUPS as readonly string[]).includes(g))) return undefined;
  return GROUPS.filter((g) => !shown.includes(g));
}
