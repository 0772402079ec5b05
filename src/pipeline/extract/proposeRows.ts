import type { EventRow, Measures } from '../../core/schema.ts';
import { backgroundSpans } from './backgroundSpans.ts';
import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import { clauseBefore } from './clauseBefore.ts';
import { findCrowdSizes } from './findCrowdSizes.ts';
import { type DateMention, findDates, type Language } from './findDates.ts';
import { findDistances } from './findDistances.ts';
import { findDurations } from './findDurations.ts';
import { findGroups, type GroupMention } from './findGroups.ts';
import { findPlaces, type PlaceMention } from './findPlaces.ts';
import type { FoundReference } from './findReference.ts';
import { findStatedBy } from './findStatedBy.ts';
import { headingDay } from './headingDay.ts';
import { mentionsCaravan } from './mentionsCaravan.ts';
import { movedVerb } from './movedVerb.ts';
import { nearestDate } from './nearestDate.ts';
import { elsewhereBut, notThereNow, WHERE_ARRIVED } from './notThereNow.ts';
import { ownMeasure } from './ownMeasure.ts';
import { type PlaceRole, placeRole } from './placeRole.ts';
import { quoteAround } from './quoteAround.ts';
import { settleProposals } from './settleProposals.ts';
import type { Sentence } from './splitSentences.ts';
import { toldInPast } from './toldInPast.ts';
import { undatedSpans } from './undatedSpans.ts';

/** A proposed log row, the sentence it came from, and what a person should check. */
export interface Proposal {
  row: EventRow;
  sentence: string;
  /** Places not yet in data/places.csv and names that fit several places. */
  checks: string[];
}

export interface ProposeOptions {
  gazetteer: Gazetteer;
  /** The town the story is filed from, which "this city" and "aquí" name. */
  dateline?: PlaceCandidate;
  reference: FoundReference;
  language: Language;
  source: string;
}

interface Span {
  start: number;
  end: number;
}

interface RolePlace extends PlaceMention {
  role: PlaceRole;
}

/** What one sentence offers: its dates, places, group and figures. */
interface Reading {
  sentence: Sentence;
  dates: DateMention[];
  places: RolePlace[];
  groups: GroupMention[];
  caravan: boolean;
  /** Tells of people walking, sleeping, arriving or leaving (see movedVerb). */
  moving: boolean;
  statedBy: string | undefined;
}

// "El presidente … viajó ayer a Palenque": someone else's trip, not the caravan's.
const OFFICIAL_TRIP =
  /\b(?:president|presidente|governor|gobernador|mayor|alcalde|secretary|secretario|canciller|minister|ministro)\b[^.;]{0,80}\b(?:travel+ed|visited|flew|toured|was in|were in|met in|estuvo en|se reuni[oó] en|viaj[oó]|visit[oó]|vol[oó]|recorri[oó])(?![\p{L}])/iu;
// "has seen few caravans; most pass through Guadalajara": caravans in general, not this one.
const GENERIC =
  /\b(?:few|many|most|several|some|other|earlier|previous|past|pocas|muchas|varias|otras)\s+(?:\p{L}+\s+)?(?:caravans|caravanas)\b/iu;
const DEPARTED =
  /\b(?:left|departed|set (?:out|off)|sali[oó]|salieron|parti[oó]|partieron|dejaron|abandonaron)(?![\p{L}])/iu;

/**
 * "This morning the group set off again on the walk to Acayucan", filed from Coatzacoalcos:
 * a departure that names no town leaves the dateline's.
 */
function leftFromDateline(
  r: Reading,
  places: RolePlace[],
  options: ProposeOptions,
): RolePlace | undefined {
  const to = places.find((p) => p.role === 'to');
  const dateline = options.dateline;
  if (!to || !dateline || to.place.id === dateline.id || places.some((p) => p.role === 'at')) {
    return undefined;
  }
  const verb = DEPARTED.exec(clauseBefore(r.sentence.text, to.start));
  if (!verb) return undefined;
  const start = r.sentence.text.lastIndexOf(verb[0], to.start);
  const end = start + verb[0].length;
  return { start, end, text: verb[0], place: dateline, alternatives: [], role: 'from' };
}

/** The arrival a relative clause tells of, anchored on its verb so it takes its own date. */
function arrivedThereBefore(text: string, place: RolePlace): RolePlace | undefined {
  const m = WHERE_ARRIVED.exec(text.slice(place.end));
  if (!m) return undefined;
  const start = place.end + m[0].search(/(?:a donde|adonde|donde|where)/u);
  return { ...place, start, end: place.end + m[0].length };
}

const LOOKING_BACK =
  /\b(?:that|which|who|since|when|que|desde que|cuando)\s+(?:\p{L}+\s+){0,2}?(?:set out|left|leaving|departed|sali[oó]|salieron|parti[oó]|partieron)(?![\p{L}])[^,;]*$/iu;

/**
 * True when a date in the place's clause is nearer to it than to any other town:
 * "de Culiacán, Sinaloa, el domingo 16".
 */
function datedClause(r: Reading, place: RolePlace): boolean {
  const text = r.sentence.text;
  const start = place.start - clauseBefore(text, place.start).length;
  const stop = text.slice(place.end).search(/;/u);
  const end = Math.min(place.end + 60, stop < 0 ? text.length : place.end + stop);
  const gap = (d: DateMention, p: Span) => Math.max(p.start - d.end, d.start - p.end, 0);
  const nearest = (d: DateMention) => r.places.every((p) => gap(d, place) <= gap(d, p));
  return r.dates.some((d) => d.start >= start && d.start < end && nearest(d));
}

// "Mexico City is still 600 km away": what is left to go is the travellers' distance.
const STILL_TO_GO = /\b(?:still|further|farther|a[uú]n|todav[ií]a|faltan?)\b/iu;

type Draft = Omit<EventRow, 'id' | 'source'> & { anchor: Span; checks: string[]; notes: string[] };

/** The rows an article's sentences propose, in the log's format, without duplicates. */
export function proposeRows(sentences: readonly Sentence[], options: ProposeOptions): Proposal[] {
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  let previous: DateMention | undefined; // the day the running text last spoke of
  let local = options; // under a day heading, that day is the reference
  for (const sentence of sentences) {
    const heading = headingDay(sentence.text, options.reference, options.language);
    if (heading) {
      local = { ...options, reference: heading };
      previous = undefined;
      continue;
    }
    // A headline restates the story in the present tense; the story's own sentences date it.
    if (sentence.headline) continue;
    const history = backgroundSpans(sentence.text, local.reference.date);
    if (history.some((h) => h.start === 0 && h.end === sentence.text.length)) continue;
    const reading = read(sentence, local, previous);
    // A photo caption interrupts the story; it does not move the story's day.
    if (!sentence.caption) previous = reading.dates.at(-1) ?? previous;
    const undated = undatedSpans(sentence.text);
    const drafts = [
      ...positionDrafts(reading, local).filter(
        (d) => !within(undated, d.anchor) && !(undatedDay(d) && toldInPast(sentence.text)),
      ),
      ...figureDrafts(reading, local),
    ].filter((d) => !within(history, d.anchor));
    for (const draft of drafts) {
      const key = [
        draft.fact,
        draft.date,
        draft.place,
        draft.placeTo,
        draft.value,
        draft.valueMax,
        draft.unit,
      ].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      proposals.push(toProposal(draft, reading, options.source));
    }
  }
  return settleProposals(proposals);
}

/** A row dated by the article's day, for want of a date in its sentence. */
function undatedDay(draft: Draft): boolean {
  return draft.dateBasis === 'published' || draft.dateBasis === 'inferred';
}

function within(spans: Span[], anchor: Span): boolean {
  return spans.some((h) => anchor.start >= h.start && anchor.start < h.end);
}

function read(
  sentence: Sentence,
  options: ProposeOptions,
  previous: DateMention | undefined,
): Reading {
  const text = sentence.text;
  return {
    sentence,
    dates: findDates(text, options.reference, options.language, previous),
    places: findPlaces(text, options.gazetteer, options.dateline)
      .filter((p) => !p.dateline)
      .map((p) => ({ ...p, role: placeRole(text.slice(0, p.start)) })),
    groups: findGroups(text),
    caravan: mentionsCaravan(text),
    moving: movedVerb(text),
    statedBy: findStatedBy(text),
  };
}

/** Where a group was: a sentence about the caravan, or a dated sentence at one of the log's places. */
function positionDrafts(r: Reading, options: ProposeOptions): Draft[] {
  const text = r.sentence.text;
  const dated = r.dates.length > 0 && r.places.some((p) => p.place.known);
  if (r.places.length === 0 || !(r.caravan || dated || r.moving)) return [];
  if (GENERIC.test(text) || OFFICIAL_TRIP.test(text)) return [];
  const places = r.places.filter((p) => !notThereNow(text, p));
  const from = startOf(r, places, options);
  const to = places.find((p) => p.role === 'to' && p.place.id !== from?.place.id);
  const at = places.filter((p) => p.role === 'at' && p.place.id !== from?.place.id);
  const drafts: Draft[] = [];
  // "desde San Pedro Sula" alone says where a journey began, not where the group was that day.
  const departed = from && DEPARTED.test(clauseBefore(text, from.start));
  if (from && (to || departed)) drafts.push(positionDraft(r, from, to, options));
  at.forEach((place, i) => {
    const heading = !from && i === 0 && to?.place.id !== place.place.id ? to : undefined;
    const arrival = arrivedThereBefore(text, place);
    // "los 40 km que la separan de Huixtla, donde pasaron la noche": there only on that night.
    if (!arrival || !elsewhereBut(text, place)) {
      drafts.push(positionDraft(r, place, heading, options));
    }
    if (arrival) drafts.push(positionDraft(r, arrival, undefined, options));
  });
  // "the last 80 miles to Juárez": a stretch's end, which its distance row already tells.
  const legEnd =
    to &&
    /\d\s*-?\s*(?:miles?|millas?|km|kil[oó]met\p{L}*)\s+(?:to|hasta|a)\s+$/iu.test(
      text.slice(0, to.start),
    );
  if (!from && at.length === 0 && to && !legEnd) {
    const draft = positionDraft(r, to, undefined, options);
    draft.notes.push(`heading to ${to.place.name}; where the group was is not said (edit place)`);
    drafts.push(draft);
  }
  return drafts;
}

/**
 * The town the group left. "la caravana que salió de Tapachula", "since it left San Pedro
 * Sula": a start told in passing counts only with its own date ("que partió de Culiacán el
 * domingo 16"). A departure that names no town leaves the dateline's.
 */
function startOf(r: Reading, places: RolePlace[], options: ProposeOptions): RolePlace | undefined {
  const from = places.find((p) => p.role === 'from');
  if (!from) return leftFromDateline(r, places, options);
  const inPassing = LOOKING_BACK.test(clauseBefore(r.sentence.text, from.start));
  return inPassing && !datedClause(r, from) ? undefined : from;
}

function positionDraft(
  r: Reading,
  place: RolePlace,
  to: RolePlace | undefined,
  options: ProposeOptions,
): Draft {
  const anchor = {
    start: Math.min(place.start, to?.start ?? place.start),
    end: Math.max(place.end, to?.end ?? 0),
  };
  const moving = r.caravan || r.moving || to !== undefined || place.role === 'from';
  const draft = baseDraft(r, anchor, options, moving ? 'position' : 'event');
  draft.place = place.place.id;
  checkPlace(draft, place);
  if (to) {
    draft.placeTo = to.place.id;
    checkPlace(draft, to);
  }
  if (!moving) delete draft.group;
  return draft;
}

function figureDrafts(r: Reading, options: ProposeOptions): Draft[] {
  const text = r.sentence.text;
  const crowds = findCrowdSizes(text).map((c) => {
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
    .filter((d) => r.caravan || r.moving || STILL_TO_GO.test(text) || ownMeasure(d, text))
    .map((d) => {
      const draft = figureDraft(r, d, options, 'distance');
      draft.unit = d.unit;
      setMeasures(draft, d.measures, r);
      return draft;
    });
  const durations = findDurations(text).map((d) => {
    const draft = figureDraft(r, d, options, 'duration');
    draft.unit = d.unit;
    setMeasures(draft, d.measures, r);
    if (d.converted) draft.notes.push(`"${d.converted}" converted to ${d.value} ${d.unit}`);
    return draft;
  });
  return [...crowds, ...distances, ...durations];
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

function baseDraft(
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

/**
 * "crossed at El Ceibo on Saturday, reached Tenosique late yesterday": a date told right by
 * another town is that town's. With no date of its own, a town takes the sentence's.
 */
function datesOfPlace(r: Reading, anchor: Span): DateMention[] {
  const gap = (d: Span, p: Span) => Math.max(p.start - d.end, d.start - p.end, 0);
  const others = r.places.filter((p) => p.end <= anchor.start || p.start >= anchor.end);
  const own = r.dates.filter((d) => others.every((p) => gap(d, anchor) <= gap(d, p)));
  return own.length > 0 ? own : r.dates;
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

function checkPlace(draft: Draft, mention: PlaceMention): void {
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

function toProposal(draft: Draft, r: Reading, source: string): Proposal {
  const { anchor, checks, notes, ...fields } = draft;
  const row: EventRow = {
    id: '',
    ...fields,
    source,
    quote: quoteAround(r.sentence.text, anchor.start, anchor.end),
    note: ['proposed', ...notes, ...(checks.length ? ['check the place'] : [])].join('; '),
  };
  return { row, sentence: r.sentence.text, checks };
}
