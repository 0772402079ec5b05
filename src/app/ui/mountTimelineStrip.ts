import { type Selection, select } from 'd3-selection';
import type { CaravanModel } from '../../core/caravanModel.ts';
import { type CrowdDay, crowdFigures } from '../../core/crowdFigures.ts';
import { DAY_MS, isoDayToTime, timeToIsoDay } from '../../core/isoDay.ts';
import { HOUR_MS } from '../../core/reportTime.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { type Formatters, formatters } from '../i18n/formatters.ts';
import { type Language, MESSAGES, type Messages } from '../i18n/messages.ts';
import { drawCrowdChart } from './crowdChart.ts';
import { crowdDayButtons } from './crowdDayButtons.ts';
import { crowdTooltip } from './crowdTooltip.ts';
import { h } from './h.ts';
import { drawReportMarks, stackReports, tallestStack } from './reportMarks.ts';
import { scrubStrip } from './scrubStrip.ts';
import { type StripLayout, stripLayout } from './stripLayout.ts';
import { drawTimeAxis } from './timeAxis.ts';

export interface TimelineStripContext {
  model: CaravanModel;
  store: Store<AppState>;
  messages: Messages;
  format: Formatters;
}

type SvgGroup = Selection<SVGGElement, unknown, null, undefined>;

/**
 * The strip under the map: the crowd sizes outlets stated for the main caravan, a mark per
 * report coloured by group, and a cursor at the time shown. Clicking or dragging anywhere
 * on it moves the time. Only the crowd chart's days are exposed to assistive technology.
 */
export function mountTimelineStrip(container: HTMLElement, ctx: TimelineStripContext): () => void {
  const { model, store } = ctx;
  const days = crowdFigures(model.log.rows, model.sources);
  const span = {
    start: isoDayToTime(model.days[0] as string),
    end: isoDayToTime(model.days.at(-1) as string) + DAY_MS,
  };
  const maxCrowd = Math.max(1, ...days.map((d) => d.max));
  const maxStack = tallestStack(model.log.rows);
  const mountedLanguage = store.get().language;
  const textFor = (language: Language) =>
    language === mountedLanguage
      ? { messages: ctx.messages, format: ctx.format }
      : { messages: MESSAGES[language], format: formatters(language) };

  const title = h('p', { class: 'strip-title' });
  const note = h('p', { class: 'strip-note' });
  const toolbar = h('div', { class: 'strip-days', role: 'toolbar' });
  const tooltip = crowdTooltip();
  const plot = h('div', { class: 'strip-plot' }, toolbar, tooltip.element);
  const svg = select(plot)
    .insert('svg', ':first-child')
    .attr('class', 'strip-svg')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const dayBand = svg.append('rect').attr('class', 'strip-today');
  const chart: SvgGroup = svg.append('g');
  const marks: SvgGroup = svg.append('g');
  const axis: SvgGroup = svg.append('g').attr('class', 'strip-axis');
  const cursor = svg.append('g').attr('class', 'strip-cursor');
  const cursorLine = cursor.append('line');
  const cursorHandle = cursor.append('circle').attr('r', 4.5);
  container.replaceChildren(h('div', { class: 'strip' }, title, note, plot));

  let layout: StripLayout | undefined;
  let hoverDay: CrowdDay | undefined;
  let focusDay: CrowdDay | undefined;
  const showTip = () => {
    const day = hoverDay ?? focusDay;
    if (!day || !layout) return tooltip.hide();
    const { format } = textFor(store.get().language);
    tooltip.show(day, format, {
      x: layout.x(day.time),
      bottom: layout.height - layout.chart.top + 8,
    });
  };
  const buttons = crowdDayButtons(toolbar, {
    focus(day) {
      focusDay = day;
      showTip();
    },
    choose: (day) => store.set({ time: day.time }),
  });

  const renderCursor = (time: number) => {
    if (!layout) return;
    const { x, chart: band, axisTop, dayWidth } = layout;
    const at = x(time);
    dayBand
      .attr('x', x(Math.floor(time / DAY_MS) * DAY_MS))
      .attr('width', dayWidth)
      .attr('y', band.top - 6)
      .attr('height', axisTop - band.top + 6);
    cursorLine
      .attr('x1', at)
      .attr('x2', at)
      .attr('y1', band.top - 6)
      .attr('y2', axisTop);
    cursorHandle.attr('cx', at).attr('cy', axisTop);
    buttons.follow(timeToIsoDay(time));
  };
  const renderAll = (state: AppState) => {
    const width = plot.clientWidth;
    if (width === 0) return;
    const { messages, format } = textFor(state.language);
    title.textContent = messages.stripCrowdTitle;
    note.textContent = messages.stripCrowdNote;
    toolbar.setAttribute('aria-label', messages.stripCrowdTitle);
    layout = stripLayout(width, span, maxCrowd, maxStack);
    svg.attr('width', width).attr('height', layout.height);
    drawCrowdChart(chart, days, layout, format);
    const stacks = stackReports(model.log.rows, state.hiddenGroups);
    drawReportMarks(marks, stacks, layout, messages.stripReports);
    drawTimeAxis(axis, layout, state.language);
    buttons.render(days, layout, messages, format);
    renderCursor(state.time);
    showTip();
  };

  const unscrub = scrubStrip(plot, tooltip.element, {
    timeAt(clientX) {
      if (!layout) return undefined;
      const t = layout.x.invert(clientX - plot.getBoundingClientRect().left).getTime();
      return Math.max(span.start, Math.min(span.end - HOUR_MS, Math.round(t / HOUR_MS) * HOUR_MS));
    },
    setTime: (time) => store.set({ time }),
    hover(point) {
      hoverDay = point && layout ? dayNear(days, layout, point) : undefined;
      showTip();
    },
  });
  const onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || tooltip.element.hidden) return;
    hoverDay = undefined;
    focusDay = undefined;
    tooltip.hide();
  };
  document.addEventListener('keydown', onDocumentKey);

  let shownWidth = -1;
  const resize = new ResizeObserver(() => {
    if (plot.clientWidth === shownWidth) return;
    shownWidth = plot.clientWidth;
    renderAll(store.get());
  });
  resize.observe(plot);
  renderAll(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const restyled =
      state.language !== previous.language || state.hiddenGroups !== previous.hiddenGroups;
    if (restyled) renderAll(state);
    else if (state.time !== previous.time) renderCursor(state.time);
  });
  return () => {
    unsubscribe();
    resize.disconnect();
    unscrub();
    buttons.destroy();
    document.removeEventListener('keydown', onDocumentKey);
    container.replaceChildren();
  };
}

/** The figure day nearest a point over the chart, if it is close enough to mean it. */
function dayNear(
  days: readonly CrowdDay[],
  { x, chart, dayWidth }: StripLayout,
  point: { x: number; y: number },
): CrowdDay | undefined {
  if (point.y > chart.bottom + 8) return undefined;
  let best: CrowdDay | undefined;
  let bestDistance = Math.max(10, dayWidth * 0.6);
  for (const day of days) {
    const distance = Math.abs(x(day.time) - point.x);
    if (distance <= bestDistance) [best, bestDistance] = [day, distance];
  }
  return best;
}
