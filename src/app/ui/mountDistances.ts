import type { LineString, MultiLineString } from 'geojson';
import { kmTo, toKm } from '../../core/distances.ts';
import { distancesAt } from '../../core/distancesAt.ts';
import { timeToIsoDay } from '../../core/isoDay.ts';
import { HOUR_MS } from '../../core/reportTime.ts';
import { rowsOn } from '../../core/rowsOn.ts';
import type { EventRow } from '../../core/schema.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { Words } from './describeDay.ts';
import { h } from './h.ts';

/**
 * Our measurements at the moment shown, in the reader's unit, each saying what it
 * measures, beside the distances that day's reports stated, as stated.
 */
export function mountDistances(
  container: HTMLElement,
  ctx: Words & { store: Store<AppState>; border: LineString | MultiLineString },
): () => void {
  const { store } = ctx;
  let shown = '';
  const render = (state: AppState) => {
    // Playback moves the time every frame; the page shows hours, so the panel follows hours.
    const key = `${Math.floor(state.time / HOUR_MS)} ${state.units} ${state.language}`;
    if (key === shown) return;
    shown = key;
    container.replaceChildren(...content(state, ctx));
  };
  render(store.get());
  return store.subscribe(render);
}

function content(state: AppState, ctx: Words & { border: LineString | MultiLineString }): Node[] {
  const { model, messages, format } = ctx;
  const d = distancesAt(model, ctx.border, state.time);
  const heading = h('h2', { class: 'panel-heading' }, messages.distancesHeading);
  if (!d) return [heading, h('p', {}, messages.distancesNone)];
  const amount = (km: number) =>
    `${format.number(kmTo(km, state.units))} ${messages.units[state.units]}`;
  const start =
    model.places.get(model.stops.find((s) => s.group === 'main')?.place ?? '')?.name ?? '';
  const destination = model.places.get('tijuana')?.name ?? '';
  const items = [
    [amount(d.coveredKm), messages.measuredCovered(start)],
    [amount(d.toBorderKm), messages.measuredToBorder],
    ...(d.toDestinationKm === undefined
      ? []
      : [[amount(d.toDestinationKm), messages.measuredToDestination(destination)]]),
  ].map(([figure, what]) =>
    h('li', {}, h('strong', { class: 'distance-figure' }, figure as string), ` ${what}`),
  );
  const stated = rowsOn(model.log.rows, timeToIsoDay(state.time)).filter(
    (r) => r.fact === 'distance',
  );
  const nodes: (HTMLElement | false)[] = [
    heading,
    h('ul', { class: 'distance-list', 'aria-label': messages.distancesHeading }, ...items),
    d.estimated && h('p', { class: 'distance-note' }, messages.estimateNote),
    stated.length > 0 && h('h3', { class: 'panel-subheading' }, messages.statedThatDay),
    stated.length > 0 &&
      h(
        'ul',
        { class: 'distance-list distance-list--stated' },
        ...stated.map((r) => statedItem(r, state, ctx)),
      ),
  ];
  return nodes.filter((n): n is HTMLElement => n !== false);
}

function statedItem(
  row: EventRow,
  state: AppState,
  { model, messages, format }: Words,
): HTMLElement {
  const unit = row.unit === 'km' ? 'km' : 'mi';
  const value = row.value ?? 0;
  const asStated = `${format.number(value)} ${messages.units[unit]}`;
  const converted =
    unit === state.units
      ? ''
      : ` (${format.number(kmTo(toKm(value, unit), state.units))} ${messages.units[state.units]})`;
  const outlet = model.sources.get(row.source)?.outlet ?? row.source;
  const what = row.measures ? messages.measures[row.measures] : '';
  return h(
    'li',
    {},
    h('strong', { class: 'distance-figure' }, asStated),
    `${converted} ${what} — ${outlet}`,
  );
}
