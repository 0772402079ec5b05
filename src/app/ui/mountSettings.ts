import type { DistanceUnit } from '../../core/distances.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { type Language, MESSAGES, type Messages } from '../i18n/messages.ts';
import { h } from './h.ts';

const UNITS: DistanceUnit[] = ['mi', 'km'];

/** The reader's settings: distance units and language, as toggle buttons. */
export function mountSettings(
  container: HTMLElement,
  { store, messages }: { store: Store<AppState>; messages: Messages },
): () => void {
  const unitButtons = UNITS.map((u) =>
    toggle(messages.units[u], `units-${u}`, () => store.set({ units: u })),
  );
  const languages = Object.keys(MESSAGES) as Language[];
  const languageButtons = languages.map((l) =>
    toggle(MESSAGES[l].languageName, `lang-${l}`, () => store.set({ language: l }), l),
  );
  container.replaceChildren(
    h(
      'div',
      { class: 'settings-group', role: 'group', 'aria-label': messages.unitsLabel },
      h('span', { class: 'settings-label', 'aria-hidden': 'true' }, messages.unitsLabel),
      ...unitButtons,
    ),
    h(
      'div',
      { class: 'settings-group', role: 'group', 'aria-label': messages.languageLabel },
      ...languageButtons,
    ),
  );
  const render = (state: AppState) => {
    unitButtons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(UNITS[i] === state.units));
    });
    languageButtons.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(languages[i] === state.language));
    });
  };
  render(store.get());
  return store.subscribe(render);
}

/** A toggle button; its focus key lets focus survive the re-render a language change causes. */
function toggle(
  label: string,
  focusKey: string,
  onClick: () => void,
  lang?: string,
): HTMLButtonElement {
  const attributes = { type: 'button', class: 'toggle', 'data-focus-key': focusKey };
  const button = h('button', lang ? { ...attributes, lang } : attributes, label);
  button.addEventListener('click', onClick);
  return button;
}
