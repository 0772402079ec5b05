import { isoDayToTime, timeToIsoDay } from '../../core/isoDay.ts';
import { reportTime } from '../../core/reportTime.ts';
import type { EventRow } from '../../core/schema.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { placeName, type Words } from './describeDay.ts';
import { h } from './h.ts';
import { factSummary } from './reportCard.ts';

/**
 * Every report as a table: the map's text alternative, in step with the slider (the day's
 * rows are marked). Each date is a button that moves the map to that day.
 */
export function mountReportTable(
  container: HTMLElement,
  ctx: Words & { store: Store<AppState>; open: boolean; onStep: (time: number) => void },
): () => void {
  const { model, messages, store } = ctx;
  const body = h('tbody', {});
  const head = h(
    'tr',
    {},
    ...Object.values(messages.columns).map((c) => h('th', { scope: 'col' }, c)),
  );
  const table = h(
    'table',
    { class: 'report-table' },
    h('caption', {}, messages.tableCaption),
    h('thead', {}, head),
    body,
  );
  const details = h(
    'details',
    { class: 'all-reports' },
    h('summary', {}, messages.tableSummary(model.log.rows.length)),
    h('div', { class: 'table-scroll' }, table),
  );
  container.replaceChildren(details);
  // Rows are built on first opening: a long log should not slow the map's start.
  let rows: HTMLTableRowElement[] = [];
  let shownDay = '';
  const render = ({ time }: AppState) => {
    if (!details.open) return;
    if (rows.length === 0) {
      rows = model.log.rows.map((row) => tableRow(row, ctx));
      body.replaceChildren(...rows);
    }
    const day = timeToIsoDay(time);
    if (day === shownDay) return;
    shownDay = day;
    model.log.rows.forEach((row, i) => {
      if (row.date <= day && day <= (row.dateEnd ?? row.date))
        rows[i]?.setAttribute('aria-current', 'date');
      else rows[i]?.removeAttribute('aria-current');
    });
  };
  const onToggle = () => render(store.get());
  details.addEventListener('toggle', onToggle);
  details.open = ctx.open;
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    details.removeEventListener('toggle', onToggle);
  };
}

function tableRow(
  row: EventRow,
  ctx: Words & { store: Store<AppState>; onStep: (time: number) => void },
): HTMLTableRowElement {
  const { model, messages, format, store } = ctx;
  const day = format.shortDay(isoDayToTime(row.date));
  const jump = h(
    'button',
    { type: 'button', class: 'link-button', 'aria-label': messages.goTo(day) },
    day,
  );
  jump.addEventListener('click', () => {
    const time = reportTime(row.date);
    store.set({ time, playing: false });
    ctx.onStep(time);
  });
  const where = row.place ? placeName(model, row.place) : '';
  const source = model.sources.get(row.source);
  return h(
    'tr',
    { 'data-row': row.id },
    h('td', {}, jump),
    h('td', {}, row.group ? messages.groups[row.group] : ''),
    h('td', {}, row.placeTo ? messages.onTheWay(where, placeName(model, row.placeTo)) : where),
    h('td', {}, factSummary(row, ctx), h('q', { class: 'table-quote' }, row.quote)),
    h('td', {}, source?.outlet ?? row.source),
  );
}
