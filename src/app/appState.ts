import type { Language } from './i18n/messages.ts';

/** What the page shows: the one current time (UTC ms) and the reader's language. */
export interface AppState {
  time: number;
  language: Language;
}
