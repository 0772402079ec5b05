import type { LineString, MultiLineString } from 'geojson';
import type { CaravanModel } from '../core/caravanModel.ts';
import type { TimeSpan } from '../core/timeSteps.ts';
import type { AppState } from './appState.ts';
import type { Store } from './createStore.ts';
import { formatters } from './i18n/formatters.ts';
import { type Language, MESSAGES, type Messages } from './i18n/messages.ts';
import { sliderValueText, stepAnnouncement, type Words } from './ui/describeDay.ts';
import { mountControls } from './ui/mountControls.ts';
import { mountDateline } from './ui/mountDateline.ts';
import { mountDistances } from './ui/mountDistances.ts';
import { mountLegend } from './ui/mountLegend.ts';
import { mountReports } from './ui/mountReports.ts';
import { mountReportTable } from './ui/mountReportTable.ts';
import { mountSettings } from './ui/mountSettings.ts';
import { mountShare } from './ui/mountShare.ts';
import { mountSlider } from './ui/mountSlider.ts';
import { mountTimelineStrip } from './ui/mountTimelineStrip.ts';
import type { UrlState } from './urlState.ts';

export interface InterfaceContext {
  model: CaravanModel;
  store: Store<AppState>;
  span: TimeSpan;
  border: LineString | MultiLineString;
  announce: (text: string) => void;
  /** Without a map, the table of reports is the graphic: it starts open. */
  tableOpen: boolean;
  /** The URL state a share link leaves out. */
  defaults: UrlState;
  /** An embed's own headline, in place of the page's. */
  headline: string | undefined;
}

/** Mount every control and text panel in a language. Returns the unmount. */
export function mountInterface(ctx: InterfaceContext, language: Language): () => void {
  const { model, store, span } = ctx;
  const messages = MESSAGES[language];
  const words: Words = { model, messages, format: formatters(language) };
  applyStaticText(messages, language);
  if (ctx.headline) byId('headline').textContent = ctx.headline;
  const onStep = (time: number) => ctx.announce(stepAnnouncement(time, words));
  const unmounts = [
    mountSettings(byId('settings'), { store, messages }),
    mountDateline(byId('dateline-date'), byId('dateline-caption'), { ...words, store }),
    mountSlider(byId('timeline'), {
      span,
      store,
      messages,
      format: words.format,
      valueText: (time) => sliderValueText(time, words),
      onStep,
    }),
    mountControls(byId('controls'), { store, messages, reportDays: model.reportDays, onStep }),
    mountTimelineStrip(byId('strip'), { ...words, store }),
    mountLegend(byId('legend'), { store, messages }),
    mountReports(byId('reports'), { ...words, store }),
    mountDistances(byId('distances'), { ...words, store, border: ctx.border }),
    mountReportTable(byId('report-table'), { ...words, store, open: ctx.tableOpen, onStep }),
    mountShare(byId('share'), { store, messages, defaults: ctx.defaults }),
  ];
  return () => {
    for (const unmount of unmounts) unmount();
  };
}

/**
 * Mount the interface in the store's language, and again whenever the language changes,
 * keeping keyboard focus on the control the reader was using.
 */
export function mountInterfaceInLanguage(ctx: InterfaceContext): () => void {
  let unmount = mountInterface(ctx, ctx.store.get().language);
  const unsubscribe = ctx.store.subscribe((next, previous) => {
    if (next.language === previous.language) return;
    const focused = document.activeElement?.getAttribute('data-focus-key');
    unmount();
    unmount = mountInterface(ctx, next.language);
    if (focused) document.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  });
  return () => {
    unsubscribe();
    unmount();
  };
}

/** Announce a step (playback with reduced motion) in the language of the moment. */
export function announceStep(ctx: InterfaceContext): (time: number) => void {
  return (time) => {
    const language = ctx.store.get().language;
    const words = { model: ctx.model, messages: MESSAGES[language], format: formatters(language) };
    ctx.announce(stepAnnouncement(time, words));
  };
}

/** The page's fixed words, its language and its title. */
function applyStaticText(messages: Messages, language: Language): void {
  document.documentElement.lang = language;
  document.title = messages.headline;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = messages[el.dataset.i18n as keyof Messages];
    if (typeof text === 'string') el.textContent = text;
  }
  byId('map').setAttribute('aria-label', messages.mapLabel);
}

export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}
