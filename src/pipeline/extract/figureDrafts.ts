import type { Measures } from '../../core/schema.ts';
import { baseDraft, checkPlace, type Draft } from './baseDraft.ts';
import { findDistances } from './findDistances.ts';
import { findDurations } from './findDurations.ts';
import { ownMeasure } from './ownMeasure.ts';
import type { ProposeOptions } from './proposeRows.ts';
import type { Reading } from './readSentence.ts';
import { shiftDay } from './shiftDay.ts';

// "Mexico City is still 600 km away": what is left to go is the travellers' distance.
const STILL_TO_GO =
  /\b(?:still|further|farther|a[uú]n|todav[ií]a|faltan?|quedan?|restan?|destino|destination|next stop)\b/iu;

// "Some organizers floated moving people to Mexicali, about 110 miles", "algunos hablaban de
// desviarse hacia Caborca, a unos 180 km": how far an option lies, talk and not a move.
const OPTION_BEFORE =
  /\b(?:floated|floats|floating|talk(?:s|ed|ing)? (?:of|about)|spoke of|argu(?:e|es|ed|ing) for|(?:a )?proposal to|hablan de|hablaban de|hablaron de|se habl[oó] de|plante(?:aron|[oó]|an|aban)|propusieron|propuso|whether to|si (?:seguir|continuar|desviarse))(?![\p{L}])[^.;]*$/iu;

// "Our photographer walked with them for five days", "I walked with this caravan for two
// days": the press's own time on the road, not the caravan's ("We have walked eleven days" is).
const PRESS_OWN =
  /(?:^|[.;:"“]\s*)(?:(?:our|nuestr[oa])\s+(?:photographer|reporter|correspondent|crew|team|fot[oó]graf[oa]|reporter[oa]|corresponsal|enviad[oa]|equipo)\s+(?:\p{L}+\s+){0,2}?(?:walked|travell?ed|rode|spent|followed|camin[oó]|viaj[oó]|acompañ[oó]|sigui[oó])|(?:I|Yo)\s+(?:walked|travell?ed|rode|camin[eé]|viaj[eé])\s+(?:with|con)\s+(?:this|the|them|ellos|esta|la))(?![\p{L}])/iu;

/** True when a figure stands in the clause where the press tells of its own time on the road. */
function pressOwn(text: string, at: number): boolean {
  const press = PRESS_OWN.exec(text);
  if (!press) return false;
  const end = text.slice(press.index + 1).search(/[.;]/u);
  return at >= press.index && (end < 0 || at <= press.index + 1 + end);
}

/** The crowd sizes, distances and durations a sentence states, as rows. */
export function figureDrafts(r: Reading, options: ProposeOptions): Draft[] {
  const text = r.sentence.text;
  const crowds = r.crowds.map((c) => {
    const draft = figureDraft(r, c, options, 'crowd');
    draft.unit = 'people';
    if (
      /^(?:more than|over|at least|m[aá]s de|al menos|por lo menos)/iu.test(text.slice(c.start))
    ) {
      draft.notes.push('a lower bound');
    }
    return draft;
  });
  const distances = findDistances(text)
    .filter((d) => !OPTION_BEFORE.test(text.slice(0, d.start)))
    .filter(
      (d) =>
        r.caravan ||
        r.moving ||
        d.measures === 'to-destination' ||
        STILL_TO_GO.test(text) ||
        ownMeasure(d, text),
    )
    .map((d) => {
      const draft = figureDraft(r, d, options, 'distance');
      draft.unit = d.unit;
      setMeasures(draft, journeyMeasure(r, d, draft.date, options) ?? d.measures, r);
      return draft;
    })
    // A distance the words tie to no part of the journey ("Pinotepa is a market town some 25
    // miles from the state line") is geography, not the caravan's.
    .filter((d) => d.measures !== 'other');
  const durations = findDurations(text)
    .filter((d) => !pressOwn(text, d.start))
    .map((d) => {
      const draft = figureDraft(r, d, options, 'duration');
      draft.unit = d.unit;
      setMeasures(draft, d.measures, r);
      if (d.converted) draft.notes.push(`"${d.converted}" converted to ${d.value} ${d.unit}`);
      return draft;
    });
  return [...crowds, ...distances, ...durations];
}

// "durmió en Ocotepeque, a unos 230 kilómetros de San Pedro Sula": how far from a town.
const FROM_PLACE = /^\s*(?:\([^)]*\)\s*)?(?:\p{L}+\s+){0,2}?(?:de|del|from|desde)\s+$/iu;

// "Querétaro is roughly 120 miles", "Querétaro está a unos 210": how far the town named lies.
const TOWN_LIES =
  /^\s*(?:is|lies|sits|est[aá]|queda|se encuentra)\s+(?:still\s+|a[uú]n\s+)?(?:a\s+)?(?:about|some|roughly|around|nearly|only|unos|unas|cerca de|apenas)?\s*$/iu;

/**
 * A distance from a town the story has told the group set out from: from where the journey
 * began days before, the way covered. One the sentence leaves unexplained, from a town the
 * group set out for: what is left.
 */
function journeyMeasure(
  r: Reading,
  d: { measures: Measures; start: number; end: number },
  date: string,
  options: ProposeOptions,
): Measures | undefined {
  const journey = options.journey;
  if (!journey) return undefined;
  const text = r.sentence.text;
  // "Querétaro is roughly 120 miles up the highway", the day the group set out for it: the leg.
  if (d.measures === 'to-destination') {
    const goal = r.places.find(
      (p) => p.end <= d.start && TOWN_LIES.test(text.slice(p.end, d.start)),
    );
    return goal && journey.goals.get(goal.place.id) === date ? 'leg' : undefined;
  }
  if (d.measures !== 'other' && d.measures !== 'leg') return undefined;
  const place = r.places.find(
    (p) => p.start >= d.end && FROM_PLACE.test(text.slice(d.end, p.start)),
  );
  if (!place) return undefined;
  const [origin, day] = [...journey.started].sort((a, b) => a[1].localeCompare(b[1]))[0] ?? [];
  // "The 17 miles from the capital to Masaya" is the leg between them, whatever the start.
  const toNext = /^\s*(?:to|a|hasta|and|y)\s/iu.test(text.slice(place.end));
  if (place.place.id === origin && day && shiftDay(day, 1) < date && !toNext) return 'covered';
  if (d.measures !== 'other') return undefined;
  if (journey.started.has(place.place.id)) return 'covered';
  if (journey.goals.has(place.place.id)) return 'to-destination';
  return undefined;
}

function figureDraft(
  r: Reading,
  figure: { value: number; valueMax?: number; start: number; end: number },
  options: ProposeOptions,
  fact: 'crowd' | 'distance' | 'duration',
): Draft {
  const draft = baseDraft(r, figure, options, fact);
  draft.value = figure.value;
  if (figure.valueMax !== undefined) draft.valueMax = figure.valueMax;
  if (r.statedBy) draft.statedBy = r.statedBy;
  const where = r.places.find((p) => p.role !== 'to');
  if (where) {
    draft.place = where.place.id;
    checkPlace(draft, where);
  }
  return draft;
}

/**
 * A leg to a named place runs from where the group is; a leg "from" a place ends where the
 * group is. What is still to go to a place keeps its meaning whatever else is named.
 */
function setMeasures(draft: Draft, measures: Measures, r: Reading): void {
  const to = r.places.find((p) => p.role === 'to');
  const from = r.places.find((p) => p.role === 'from');
  const at = r.places.find((p) => p.role === 'at');
  const start = from ?? at;
  draft.measures = measures;
  if (draft.measures !== 'leg' && draft.measures !== 'to-destination') return;
  const end = to ?? (from ? at : undefined);
  if (start && end) {
    draft.place = (to ? start : (from ?? start)).place.id;
    checkPlace(draft, start);
  }
  if (end) {
    draft.placeTo = end.place.id;
    checkPlace(draft, end);
  }
}
