import type { CaravanModel } from '../../core/caravanModel.ts';
import { timeToIsoDay } from '../../core/isoDay.ts';
import { type Stop, stopOn } from '../../core/track.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { Messages } from '../i18n/messages.ts';

/** Where the main caravan was by a time, in words: "Pijijiapan, Chiapas". */
export function mainPosition(model: CaravanModel, time: number, messages: Messages): string {
  const stop = stopOn(model.stops, 'main', timeToIsoDay(time));
  if (!stop) return messages.nothingYet;
  const place = placeName(model, stop.place);
  return stop.placeTo ? messages.onTheWay(place, placeName(model, stop.placeTo)) : place;
}

/** The slider's spoken value: the date, then where the main caravan was. */
export function sliderValueText(
  model: CaravanModel,
  time: number,
  messages: Messages,
  format: Formatters,
): string {
  return `${format.longDay(time)}, ${mainPosition(model, time, messages)}`;
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
