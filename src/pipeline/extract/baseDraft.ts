import type { EventRow } from '../../core/schema.ts';
import type { PlaceCandidate } from './buildGazetteer.ts';
import { datesOfPlace } from './datesOfPlace.ts';
import type { DateMention } from './findDates.ts';
import type { GroupMention } from './findGroups.ts';
import type { PlaceMention } from './findPlaces.ts';
import type { FoundReference } from './findReference.ts';
import { nearestDate } from './nearestDate.ts';
import type { ProposeOptions } from './proposeRows.ts';
import type { Reading, Span } from './readSentence.ts';

/** A row being proposed: its fields, the words it rests on, and what a person should check. */
export type Draft = Omit<EventRow, 'id' | 'source'> & {
  anchor: Span;
  checks: string[];
  notes: string[];
};

/** The same row on another day the sentence tells of. */
export function onDay(draft: Draft, day: DateMention): Draft {
  const { dateEnd: _, ...rest } = draft;
  return { ...rest, date: day.date, dateBasis: day.basis, dateWords: day.words };
}

/** A row's date, group and fact from its sentence: the date and group nearest its words. */
export function baseDraft(
  r: Reading,
  anchor: Span,
  options: ProposeOptions,
  fact: EventRow['fact'],
): Draft {
  // A figure stated now ("llevan 18 días desde el 13 de octubre") is not dated by its start.
  const figure = fact !== 'position' && fact !== 'event';
  const dates = figure ? r.dates.filter((d) => !afterSince(r, d)) : datesOfPlace(r, anchor);
  const date = nearestDate(dates, anchor, r.sentence.text);
  const group = groupFor(r.groups, anchor);
  return {
    ...dateFields(date, r, options.reference),
    group: group?.group ?? 'main',
    fact,
    quote: '',
    anchor: date
      ? { start: Math.min(anchor.start, date.start), end: Math.max(anchor.end, date.end) }
      : anchor,
    checks: [],
    notes: group && group.group !== 'main' ? [`group from "${group.words}"`] : [],
  };
}

/** The caravan named last before the fact, else the first after it. */
function groupFor(groups: GroupMention[], anchor: Span): GroupMention | undefined {
  return (
    groups.filter((g) => g.start < anchor.start).at(-1) ??
    groups.find((g) => g.start >= anchor.start)
  );
}

function dateFields(
  date: DateMention | undefined,
  r: Reading,
  reference: FoundReference,
): Pick<EventRow, 'date' | 'dateEnd' | 'dateBasis' | 'dateWords'> {
  if (!date) {
    return reference.given
      ? { date: reference.date, dateBasis: 'published', dateWords: `published ${reference.date}` }
      : {
          date: reference.date,
          dateBasis: 'inferred',
          dateWords: `no date in the sentence: ${reference.label}`,
        };
  }
  const basis = date.basis === 'printed' && r.sentence.caption ? 'caption' : date.basis;
  const fields: Pick<EventRow, 'date' | 'dateEnd' | 'dateBasis' | 'dateWords'> = {
    date: date.date,
    dateBasis: basis,
    dateWords: date.words,
  };
  const since = /\b(?:since|desde)\s+(?:el\s+)?$/iu.test(r.sentence.text.slice(0, date.start));
  if (date.dateEnd) fields.dateEnd = date.dateEnd;
  else if (since && reference.date > date.date) fields.dateEnd = reference.date;
  return fields;
}

/** "since Nov. 3", "desde el 13 de octubre", "desde que partieron … el 13". */
function afterSince(r: Reading, date: DateMention): boolean {
  return /\b(?:since|desde)\b[^.;]{0,60}$/iu.test(r.sentence.text.slice(0, date.start));
}

export function checkPlace(draft: Draft, mention: PlaceMention): void {
  const p = mention.place;
  if (p.unlisted) {
    draft.checks.push(
      `new place: ${p.id} = ${p.name}, in no gazetteer; find where it is and add it to data/places.csv`,
    );
  } else if (!p.known) {
    draft.checks.push(
      `new place: ${p.id} = ${p.name} (${p.country} admin1 ${p.admin1}, GeoNames ${p.geonamesId ?? '?'}); add it to data/places.csv`,
    );
  }
  if (mention.alternatives.length > 0) {
    const others = mention.alternatives.map(describe).join('; ');
    draft.checks.push(`"${mention.text}" may also be ${others}; chose ${describe(p)}`);
  }
}

function describe(p: PlaceCandidate): string {
  return `${p.name} (${p.country} admin1 ${p.admin1}${p.known ? `, ${p.id} in places.csv` : ''})`;
}
