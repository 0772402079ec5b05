import type { CaravanModel } from '../../core/caravanModel.ts';
import { kmTo } from '../../core/distances.ts';
import type { Measurement } from '../../core/measureStated.ts';
import type { EventRow, Source } from '../../core/schema.ts';
import { GROUP_COLORS } from '../groupColors.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';
import { placeName } from './describeDay.ts';
import { h } from './h.ts';

export interface CardContext {
  model: CaravanModel;
  messages: Messages;
  format: Formatters;
}

/** One report: who, where, what was stated (and what we measure), the words, the source. */
export function reportCard(row: EventRow, ctx: CardContext): HTMLElement {
  const { messages } = ctx;
  const group = row.group && h('span', { class: 'chip' }, messages.groups[row.group]);
  // CSSOM, not a style attribute: a strict Content-Security-Policy allows only the former.
  if (group && row.group) group.style.setProperty('--chip', GROUP_COLORS[row.group]);
  return h(
    'article',
    { class: 'report', 'data-row': row.id, 'data-fact': row.fact },
    h('p', { class: 'report-head' }, group, h('span', { class: 'report-what' }, what(row, ctx))),
    figure(row, ctx),
    measured(ctx.model.log.measurements[row.id], row, ctx),
    h('blockquote', { class: 'report-quote' }, `“${row.quote}”`),
    row.note && h('p', { class: 'report-note' }, row.note),
    sourceLine(row, ctx),
  );
}

function what(row: EventRow, ctx: CardContext): string {
  const { messages, model } = ctx;
  const place = row.place ? placeName(model, row.place) : '';
  if (row.fact === 'position') {
    return row.placeTo ? messages.onTheWay(place, placeName(model, row.placeTo)) : place;
  }
  const label = {
    event: messages.event,
    crowd: messages.crowd,
    distance: messages.statedDistance,
    duration: messages.statedDuration,
  }[row.fact];
  return place ? `${label} · ${place}` : label;
}

function figure(row: EventRow, ctx: CardContext): HTMLElement | undefined {
  const text = figureText(row, ctx);
  return text ? h('p', { class: 'report-figure' }, text) : undefined;
}

/** A stated figure in words: "4,000–5,000 people according to the IOM". */
function figureText(row: EventRow, { messages, format }: Pick<CardContext, 'messages' | 'format'>) {
  if (row.value === undefined || !row.unit) return undefined;
  const amount =
    row.valueMax === undefined
      ? format.number(row.value)
      : `${format.number(row.value)}–${format.number(row.valueMax)}`;
  const parts = [`${amount} ${messages.units[row.unit]}`];
  if (row.measures) parts.push(messages.measures[row.measures]);
  if (row.statedBy) parts.push(messages.statedBy(row.statedBy));
  return parts.filter(Boolean).join(' ');
}

/** What a row reports, in one line for the table: "Crowd size: 7,200 people …". */
export function factSummary(row: EventRow, ctx: Pick<CardContext, 'messages' | 'format'>): string {
  const { messages } = ctx;
  const label = {
    position: messages.reportedPosition,
    event: messages.event,
    crowd: messages.crowd,
    distance: messages.statedDistance,
    duration: messages.statedDuration,
  }[row.fact];
  const figure = figureText(row, ctx);
  return figure ? `${label}: ${figure}. ` : `${label}. `;
}

function measured(
  m: Measurement | undefined,
  row: EventRow,
  ctx: CardContext,
): HTMLElement | undefined {
  if (!m) return undefined;
  const { messages, format, model } = ctx;
  const unit = row.unit === 'km' ? 'km' : 'mi';
  const from = placeName(model, m.from);
  const to = m.to ? placeName(model, m.to) : '';
  const basis =
    m.basis === 'to-border'
      ? messages.measuredBasis['to-border'](from)
      : messages.measuredBasis[m.basis](from, to);
  return h(
    'p',
    { class: 'report-measured' },
    h(
      'strong',
      {},
      `${messages.measured}: ${format.number(kmTo(m.km, unit))} ${messages.units[unit]}`,
    ),
    ` — ${basis}`,
  );
}

function sourceLine(row: EventRow, ctx: CardContext): HTMLElement {
  const source = ctx.model.sources.get(row.source) as Source;
  const { messages } = ctx;
  const title =
    source.headline ?? (source.kind === 'seed' ? messages.seedArticle(source.file) : undefined);
  const link = source.url
    ? h(
        'a',
        { href: source.url, rel: 'noreferrer noopener', target: '_blank' },
        title ?? source.url,
      )
    : title;
  return h(
    'p',
    { class: 'report-source' },
    h('span', { class: 'report-outlet' }, source.outlet),
    link && ' · ',
    link,
    h('span', { class: 'report-basis' }, ` · ${messages.dateBasis[row.dateBasis]}`),
  );
}
