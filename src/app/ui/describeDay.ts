import type { CaravanModel } from '../../core/caravanModel.ts';
import { timeToIsoDay } from '../../core/isoDay.ts';
import { positionAt } from '../../core/positionAt.ts';
import { reportTime } from '../../core/reportTime.ts';
import { rowsOn } from '../../core/rowsOn.ts';
import { type Stop, stopOn } from '../../core/track.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';

export interface Words {
  model: CaravanModel;
  messages: Messages;
  format: Formatters;
}

/** Where the main caravan was at a time, in words, saying when it is an estimate. */
export function positionText(time: number, { model, messages }: Words): string {
  const p = positionAt(model.waypoints.get('main') ?? [], time);
  if (p?.kind === 'report') return placeName(model, p.from.place);
  if (p?.to && p.kind === 'stretch') {
    return messages.onTheWay(placeName(model, p.from.place), placeName(model, p.to.place));
  }
  if (p?.to)
    return messages.estimatedBetween(placeName(model, p.from.place), placeName(model, p.to.place));
  const stop = stopOn(model.stops, 'main', timeToIsoDay(time));
  return stop
    ? messages.lastReportedAt(placeName(model, stop.placeTo ?? stop.place))
    : messages.nothingYet;
}

/** The moment: the date, and the hour when it is not the report's noon. */
export function momentText(time: number, { format }: Words): string {
  const day = format.longDay(time);
  return time === reportTime(timeToIsoDay(time)) ? day : `${day}, ${format.hour(time)}`;
}

/** The slider's spoken value: "Thursday, 25 October 2018, Pijijiapan, Chiapas". */
export function sliderValueText(time: number, words: Words): string {
  return `${momentText(time, words)}, ${positionText(time, words)}`;
}

/** What a step announces: the moment, where the caravan was, how many reports that day. */
export function stepAnnouncement(time: number, words: Words): string {
  const count = rowsOn(words.model.log.rows, timeToIsoDay(time)).length;
  const where = words.messages.groupAt(words.messages.groups.main, positionText(time, words));
  return `${momentText(time, words)}. ${where}. ${words.messages.reportsCount(count)}`;
}

/** A place's name with its state, as a reader would say it. */
export function placeName(model: CaravanModel, id: string): string {
  const place = model.places.get(id);
  return place ? `${place.name}, ${place.admin1}` : id;
}

/** The map label for a stop: "Pijijiapan", or "Mapastepec → Pijijiapan" on the way. */
export function stopLabel(model: CaravanModel, stop: Stop): string {
  const name = (id: string) => model.places.get(id)?.name ?? id;
  return stop.placeTo ? `${name(stop.place)} → ${name(stop.placeTo)}` : name(stop.place);
}
