import type { EventRow } from '../../core/schema.ts';
import { backgroundSpans } from './backgroundSpans.ts';
import { type Draft, onDay } from './baseDraft.ts';
import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import { figureDrafts } from './figureDrafts.ts';
import { DAY_BEFORE, type DateMention, type Language } from './findDates.ts';
import type { FoundReference } from './findReference.ts';
import { headingDay } from './headingDay.ts';
import { leadDay } from './leadDay.ts';
import { mentionsCaravan } from './mentionsCaravan.ts';
import { movedVerb } from './movedVerb.ts';
import { positionDrafts } from './positionDrafts.ts';
import { quoteAround } from './quoteAround.ts';
import { type Reading, readSentence, type Span } from './readSentence.ts';
import { sectionPlace } from './sectionPlace.ts';
import { SECURITY_FORCES } from './securityForces.ts';
import { settleProposals } from './settleProposals.ts';
import type { Sentence } from './splitSentences.ts';
import { toldAtAnHour, toldInPast } from './toldInPast.ts';
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
  /** The dateline's country, or the one the story last spoke of: "la capital" is its capital. */
  country?: string;
  /** The state ("MX/25") the story last spoke of: "the state capital" is its capital. */
  state?: string;
  /** Where the sentences just before left the group: what "there" and "allí" name. */
  lastStop?: PlaceCandidate;
  /** Where the journey they told last set out from: where "la víspera" found the group. */
  lastStart?: PlaceCandidate;
  /** The town the story last told a group set out from, in any paragraph. */
  lastLeft?: PlaceCandidate;
  /** The whole article, for the names it gives a town. */
  article?: string;
  /** Where the story has told the group set out from, and where it set out for. */
  journey?: Journey;
  reference: FoundReference;
  language: Language;
  source: string;
}

export interface Journey {
  /** Where the group set out from, with the day it did. */
  started: ReadonlyMap<string, string>;
  /** Where the group headed, with the day it set out for it ('' where no start was told). */
  goals: ReadonlyMap<string, string>;
}

/** The rows an article's sentences propose, in the log's format, without duplicates. */
export function proposeRows(sentences: readonly Sentence[], options: ProposeOptions): Proposal[] {
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  let previous: DateMention | undefined; // the day the running text last spoke of
  let local = options; // under a day heading, that day is the reference
  // Two day headings or more make a live blog or captions; one is a byline's date.
  const headings = sentences.map((s) => headingDay(s.text, options.reference, options.language));
  const leads = sentences.map((s, i) =>
    s.paragraph === sentences[i - 1]?.paragraph
      ? undefined
      : leadDay(s.text, options.reference, options.language),
  );
  const placed = headings.map((h, i) =>
    h
      ? sectionPlace((sentences[i] as Sentence).text, options.gazetteer, false, options.article)
      : undefined,
  );
  const sectioned = headings.filter(Boolean).length > 1 || leads.filter(Boolean).length > 1;
  let lead: FoundReference | undefined; // the day that opens this paragraph, if one does
  // "4. RINCÓN DE ROMOS, 17 October 2021 — Walkers arrive … in this farming town": the town
  // that opens a caption is where its "here" is.
  let leadPlace: PlaceCandidate | undefined;
  let looksBack = false; // this paragraph is a "Background:" entry
  // The last sentence read, its days, and whether it spoke of the caravan.
  let read = { index: -1, dates: [] as DateMention[], caravan: false };
  let stop:
    | { index: number; paragraph: number; place: PlaceCandidate; start?: PlaceCandidate }
    | undefined;
  const journey = { started: new Map<string, string>(), goals: new Map<string, string>() };
  let left: PlaceCandidate | undefined; // the town of "salió de la misma plaza"
  let country = options.dateline?.country;
  let state = stateOf(options.dateline);
  for (const [i, sentence] of sentences.entries()) {
    const heading = headings[i];
    if (heading || subheading(sentences, i)) {
      // "Lo que la cronología no dice": a section with no day ends the one before it.
      // "3/8 — San Pedro Carchá, 4 October 2022": a caption's "here" and "this town" are its place.
      const place = placed[i];
      // Where headings name their towns, one that names none leaves "here" unknown.
      const unplaced = placed.some(Boolean) ? withoutDateline(options) : options;
      local = heading
        ? { ...unplaced, reference: heading, ...(place ? { dateline: place } : {}) }
        : options;
      state = stateOf(place) ?? state;
      previous = undefined;
      continue;
    }
    const opens = sentence.paragraph !== sentences[i - 1]?.paragraph;
    if (opens) {
      lead = leads[i];
      leadPlace = lead
        ? sectionPlace(sentence.text, options.gazetteer, false, options.article)
        : undefined;
      looksBack = BACKGROUND_ENTRY.test(sentence.text);
    }
    // A headline restates the story in the present tense; the story's own sentences date it.
    if (sentence.headline) continue;
    const here = {
      ...local,
      ...(lead ? { reference: lead } : {}),
      ...(leadPlace ? { dateline: leadPlace } : {}),
      ...(country ? { country } : {}),
      ...(state ? { state } : {}),
      journey,
      ...(left ? { lastLeft: left } : {}),
      // "Reached Jamiltepec on Monday. They rested there on Tuesday."
      ...(stop && stop.index >= i - 2 && stop.paragraph === sentence.paragraph
        ? { lastStop: stop.place, ...(stop.start ? { lastStart: stop.start } : {}) }
        : {}),
    };
    const history = backgroundSpans(sentence.text, here.reference.date);
    if (history.some((h) => h.start === 0 && h.end === sentence.text.length)) continue;
    // The day the sentence just before, in the same paragraph, spoke of ("la víspera" hangs on it).
    const adjacent = read.index === i - 1 && sentences[i - 1]?.paragraph === sentence.paragraph;
    // A live blog's next entry ("07:30 | …") is an earlier hour, not a sequel.
    const entry = opens && CLOCK_TIME.test(sentence.text);
    // A paragraph that opens on "la víspera" ("El contingente, que la víspera había descansado
    // en Metapa") hangs on the lede's day just before it, or, where that sentence told none, on
    // the day the story last spoke of; a live blog's entry does not.
    const eve = read.index === i - 1 && opens && !entry && DAY_BEFORE.test(sentence.text);
    const justBefore = adjacent
      ? read.dates.at(-1)
      : eve
        ? (read.dates.at(-1) ?? previous)
        : undefined;
    // "El viernes estaba en Mapastepec, con entre mil y mil 500 personas": the caravan the
    // paragraph spoke of just before. "About 2,300 people are spending tonight in Villa Sola de
    // Vega": the story's caravan, where the sentence counts no one else.
    const caravansCount = (adjacent && read.caravan) || !OTHERS_COUNTED.test(sentence.text);
    // "Yesterday the group walked to Chiquimula. More than 2,000 spent the night there": an
    // undated sentence in the past goes on with the day the one before it told of, across a
    // paragraph's end where that one told of the caravan.
    const carried =
      justBefore ??
      (read.index === i - 1 && read.caravan && !entry ? read.dates.at(-1) : undefined);
    const headedCaption = opens && leadPlace !== undefined && aboutCaravan(sentences, i);
    const reading = readSentence(sentence, here, {
      previous,
      justBefore,
      caravansCount,
      headedCaption,
    });
    read = { index: i, dates: reading.dates, caravan: reading.caravan || reading.moving };
    // A paper's own country is the one its "la capital" means; else the one last spoken of.
    const spoken = reading.places.findLast((p) => p.place.country)?.place.country;
    country = options.dateline?.country ?? spoken ?? country;
    state = reading.places.map((p) => stateOf(p.place)).findLast(Boolean) ?? state;
    // A photo caption interrupts the story; it does not move the story's day.
    if (!sentence.caption) previous = reading.dates.at(-1) ?? previous;
    const undated = undatedSpans(sentence.text);
    const past =
      toldInPast(sentence.text) || (justBefore !== undefined && toldAtAnHour(sentence.text));
    const dated = (d: Draft) => (carried && past && undatedDay(d) ? carryDate(d, carried) : d);
    // Under a day heading, an entry's past tense tells of that day, not of the story's past.
    // A "Background:" entry tells of days before its own, undated ones included.
    const recap = (!sectioned || looksBack) && past;
    const drafts = [
      ...positionDrafts(reading, here)
        .map(dated)
        .filter((d) => !within(undated, d.anchor) && !(undatedDay(d) && recap)),
      ...figureDrafts(reading, here).map(dated),
    ].filter((d) => !within(history, d.anchor));
    noteJourney(journey, drafts, reading);
    left = leftFrom(drafts, reading) ?? left;
    // A sentence that puts the group in no town but names one ("In La Ceiba, the port city")
    // gives "the city" after it; one that names several breaks the thread.
    const named = [...new Set(reading.places.filter((p) => !p.there).map((p) => p.place))];
    const stopped = lastStopOf(drafts, reading) ?? (named.length === 1 ? named[0] : undefined);
    if (stopped) {
      const start = lastStartOf(drafts, reading);
      stop = {
        index: i,
        paragraph: sentence.paragraph,
        place: stopped,
        ...(start ? { start } : {}),
      };
    } else if (named.length > 0) stop = undefined;
    for (const draft of drafts) {
      // "reach Juchitán … from there": a stretch from a town to itself is no stretch.
      if (draft.placeTo === draft.place) delete draft.placeTo;
      const key = [
        draft.fact,
        draft.date,
        draft.place,
        draft.placeTo,
        draft.value,
        draft.valueMax,
        draft.unit,
        // A guess "heading to X" must not keep out a row that says the group was at X.
        draft.notes.some((n) => n.startsWith('heading to')),
      ].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      proposals.push(toProposal(draft, reading, options.source));
    }
  }
  // The text is written on or after its reference day: a place on a later day is a plan.
  const told = proposals.filter(
    ({ row }) =>
      (row.fact !== 'position' && row.fact !== 'event') || row.date <= options.reference.date,
  );
  return settleProposals(told);
}

// In a story about a caravan, a head count is the caravan's unless the sentence counts someone
// else: troops, officials' cases, the deported, a town's people, the dead, the fed and treated.
const OTHERS_COUNTED = new RegExp(
  String.raw`(?<![\p{L}])(?:INM|Instituto Nacional de Migraci[oó]n|migration (?:institute|agents|officials)|${SECURITY_FORCES}|deport\p{L}*|devolvi\p{L}*|devuelt\p{L}*|regres\p{L}*|retorn\p{L}*|returned|bus(?:es)? (?:tickets )?(?:back|home)|home to|population|habitantes|poblaci[oó]n|residents|residentes|vecinos|live in the|viven en (?:los|el|la)|killed|died|dead|suspected|terrorists?|criminals?|criminales|sospechos\p{L}*|muert\p{L}*|asesinad\p{L}*|asylum|asilo|refugi\p{L}*|Comar|signed up|tramit\p{L}*|procedimiento|flights?|vuelos?|ministry|secretar[ií]a|Gobernaci[oó]n|consulate|consulado|IOM|OIM|United Nations|employ\p{L}*|emplea\p{L}*|Red Cross|Cruz Roja|DIF|atendi\p{L}*|treated|fed|feed|meals|comidas?|raciones|capacity|capacidad|detain\p{L}*|detenid\p{L}*|arrest\p{L}*|trasladad\p{L}*|llevadas?|llevados?|took \d|taken|asistieron|attended|crates|cajas)(?![\p{L}])`,
  'iu',
);

/** A paragraph that speaks of the caravan, or of people walking, sleeping or arriving. */
function aboutCaravan(sentences: readonly Sentence[], i: number): boolean {
  const paragraph = sentences.filter((s) => s.paragraph === sentences[i]?.paragraph);
  return paragraph.some((s) => mentionsCaravan(s.text) || movedVerb(s.text));
}

/** Where the group set out from, first, and the towns it set out for. */
function noteJourney(
  journey: { started: Map<string, string>; goals: Map<string, string> },
  drafts: Draft[],
  reading: Reading,
): void {
  for (const d of drafts) {
    if (d.fact !== 'position' || !d.place) continue;
    const left = reading.places.some((p) => p.place.id === d.place && p.role === 'from');
    if ((d.placeTo || left) && !journey.started.has(d.place)) journey.started.set(d.place, d.date);
    // The day a group set out for a town: a heading told with no start ("the highway to
    // Mexico City, the caravan's goal") dates no departure.
    if (d.placeTo && !journey.goals.get(d.placeTo))
      journey.goals.set(d.placeTo, left ? d.date : '');
  }
}

/**
 * Where a sentence's positions leave the group: the end of its latest journey or stay ("spent
 * Sunday night in Acoyapa, and on Monday walked from Acoyapa to Juigalpa" leaves it in Juigalpa).
 */
function lastStopOf(drafts: Draft[], reading: Reading): PlaceCandidate | undefined {
  const latest = drafts
    .filter((d) => d.fact === 'position')
    .reduce<Draft | undefined>((last, d) => (!last || d.date >= last.date ? d : last), undefined);
  const last = latest?.placeTo ?? latest?.place;
  return reading.places.find((p) => p.place.id === last)?.place;
}

// "salieron de la plaza Salvador del Mundo", "left the bus terminal in San Pedro Sula".
const VENUE =
  /(?<![\p{L}])(?:plaza|square|parque|park|terminal|estadio|stadium|monument|monumento)(?![\p{L}])/iu;

/** The town a sentence's last departure from a square or a terminal in it left. */
function leftFrom(drafts: Draft[], reading: Reading): PlaceCandidate | undefined {
  const ids = new Set(drafts.filter((d) => d.fact === 'position').map((d) => d.place));
  const text = reading.sentence.text;
  const fromVenue = (p: { start: number; end: number }) =>
    VENUE.test(text.slice(Math.max(0, p.start - 40), p.end));
  return reading.places.findLast((p) => p.role === 'from' && ids.has(p.place.id) && fromVenue(p))
    ?.place;
}

/** Where the sentence's last journey set out from. */
function lastStartOf(drafts: Draft[], reading: Reading): PlaceCandidate | undefined {
  const journey = drafts.findLast((d) => d.fact === 'position' && d.placeTo);
  return reading.places.find((p) => p.place.id === journey?.place)?.place;
}

function withoutDateline(options: ProposeOptions): ProposeOptions {
  const { dateline: _, ...rest } = options;
  return rest;
}

function stateOf(place: PlaceCandidate | undefined): string | undefined {
  return place?.country && place.admin1 ? `${place.country}/${place.admin1}` : undefined;
}

// "8:00 a.m. — Background: …", "06:30 — Contexto: …": an entry that looks back.
const BACKGROUND_ENTRY =
  /^[\d:.\sapm]*[—–-]?\s*(?:Background|Context|How we got here|Catching up|Recap|Contexto|Antecedentes|Recapitulaci[oó]n)\s*:/iu;

// "6:05 a.m. - Leaving Irapuato": a live blog entry's title, under its day heading.
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}|^(?:overnight|morning|evening|noon)\s+[-—–]/iu;

/** A short line of its own with no full stop, below the headline: a section's title. */
function subheading(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i];
  const alone = (j: number) => sentences[j]?.paragraph !== s?.paragraph;
  return (
    s !== undefined &&
    !s.headline &&
    s.text.length <= 60 &&
    !/[.!?:"”]$/u.test(s.text) &&
    !CLOCK_TIME.test(s.text) &&
    alone(i - 1) &&
    alone(i + 1)
  );
}

function carryDate(draft: Draft, day: DateMention): Draft {
  return {
    ...onDay(draft, day),
    ...(day.dateEnd ? { dateEnd: day.dateEnd } : {}),
    dateWords: `${day.words}, told in the sentence before`,
  };
}

/** A row dated by the article's day, for want of a date in its sentence. */
function undatedDay(draft: Draft): boolean {
  return draft.dateBasis === 'published' || draft.dateBasis === 'inferred';
}

function within(spans: Span[], anchor: Span): boolean {
  return spans.some((h) => anchor.start >= h.start && anchor.start < h.end);
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
