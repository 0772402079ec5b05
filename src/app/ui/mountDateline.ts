import type { CaravanModel } from '../../core/caravanModel.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';
import { mainPosition } from './describeDay.ts';

/** The date, large, and where the main caravan was by then. */
export function mountDateline(
  dateEl: HTMLElement,
  captionEl: HTMLElement,
  context: { model: CaravanModel; store: Store<AppState>; messages: Messages; format: Formatters },
): () => void {
  const { model, store, messages, format } = context;
  const render = ({ time }: AppState) => {
    dateEl.textContent = format.longDay(time);
    captionEl.textContent = messages.groupAt(
      messages.groups.main,
      mainPosition(model, time, messages),
    );
  };
  render(store.get());
  return store.subscribe(render);
}
