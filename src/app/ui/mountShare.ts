import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { shareUrls } from '../embed/shareUrls.ts';
import type { Messages } from '../i18n/messages.ts';
import type { UrlState } from '../urlState.ts';
import { h } from './h.ts';

/** A Share button that opens the embed code and the link to this view, each one click to copy. */
export function mountShare(
  container: HTMLElement,
  { store, messages, defaults }: { store: Store<AppState>; messages: Messages; defaults: UrlState },
): () => void {
  const status = h('p', { class: 'share-status', 'aria-live': 'polite' });
  const code = h('textarea', { class: 'share-field', id: 'share-code', readonly: '', rows: '3' });
  const link = h('input', { class: 'share-field', id: 'share-link', readonly: '', type: 'text' });
  const panel = h(
    'div',
    { class: 'share-panel', id: 'share-panel', hidden: '' },
    field(messages.embedCode, code, messages, status),
    field(messages.link, link, messages, status),
    status,
  );
  const button = h(
    'button',
    { type: 'button', class: 'control', 'aria-expanded': 'false', 'aria-controls': 'share-panel' },
    messages.share,
  );
  container.replaceChildren(button, panel);
  const refresh = () => {
    const urls = shareUrls(location.href, store.get(), defaults, messages.headline);
    code.value = urls.code;
    link.value = urls.link;
  };
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    status.textContent = '';
    refresh();
  });
  return store.subscribe(() => {
    if (!panel.hidden) refresh();
  });
}

function field(
  label: string,
  input: HTMLInputElement | HTMLTextAreaElement,
  messages: Messages,
  status: HTMLElement,
) {
  const copy = h('button', { type: 'button', class: 'control' }, messages.copy);
  copy.setAttribute('aria-label', `${messages.copy}: ${label}`);
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = messages.copied;
    } catch {
      // A sandboxed frame or an old browser refuses the clipboard: the text stays selected.
      input.focus();
      status.textContent = messages.copyByHand;
    }
  });
  return h('div', { class: 'share-row' }, h('label', { for: input.id }, label), input, copy);
}
