import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { momentText, positionText, type Words } from './describeDay.ts';

/** The moment, large, and where the main caravan was then. */
export function mountDateline(
  dateEl: HTMLElement,
  captionEl: HTMLElement,
  ctx: Words & { store: Store<AppState> },
): () => void {
  const render = ({ time }: AppState) => {
    dateEl.textContent = momentText(time, ctx);
    captionEl.textContent = ctx.messages.groupAt(ctx.messages.groups.main, positionText(time, ctx));
  };
  render(ctx.store.get());
  return ctx.store.subscribe(render);
}
