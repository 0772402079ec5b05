import { isoDayToTime, timeToIsoDay } from '../../core/isoDay.ts';
import { rowsOn } from '../../core/rowsOn.ts';
import { stopOn } from '../../core/track.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { placeName } from './describeDay.ts';
import { h } from './h.ts';
import { type CardContext, reportCard } from './reportCard.ts';

/** A day's cards beyond this are left to the table: a long log must not stall the page. */
const MAX_CARDS = 40;

/** The reports of the selected day, rebuilt only when the day changes. */
export function mountReports(
  list: HTMLElement,
  context: CardContext & { store: Store<AppState> },
): () => void {
  const { store } = context;
  let shownDay = '';
  const render = ({ time }: AppState) => {
    const day = timeToIsoDay(time);
    if (day === shownDay) return;
    shownDay = day;
    const rows = rowsOn(context.model.log.rows, day);
    const cards = rows.slice(0, MAX_CARDS).map((r) => reportCard(r, context));
    const more = rows.length - cards.length;
    list.replaceChildren(
      ...(rows.length ? cards : [quietDay(day, context)]),
      ...(more > 0 ? [h('p', { class: 'reports-more' }, context.messages.moreReports(more))] : []),
    );
  };
  render(store.get());
  return store.subscribe(render);
}

function quietDay(day: string, { model, messages, format }: CardContext): HTMLElement {
  const stop = stopOn(model.stops, 'main', day);
  const text = stop
    ? messages.noReportToday(
        messages.groups.main,
        placeName(model, stop.placeTo ?? stop.place),
        format.shortDay(isoDayToTime(stop.date)),
      )
    : messages.nothingYet;
  return h('p', { class: 'reports-empty' }, text);
}
