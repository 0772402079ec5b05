import * as z from 'zod';
import { isoDayToTime, isRealIsoDay } from './isoDay.ts';
import { weekdayOf } from './weekdayOf.ts';

/*
 * The one definition of the event log. The pipeline validates the CSV files in data/
 * with these schemas; the app validates the built JSON with the same ones.
 * Field descriptions feed data/README.md, so keep them written for a reporter.
 */

// Empty cells reach the schema as undefined (see readCsv), so optional means "not given".
const optionalText = z.string().trim().min(1).optional();

const isoDay = z
  .string()
  .trim()
  .refine(isRealIsoDay, { message: 'is not a real date in the form YYYY-MM-DD' });

// Spreadsheets write figures as text; the built JSON has numbers. Both must validate.
const figure = z
  .preprocess(
    (v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v),
    z.number({ error: 'must be a plain number such as 7200 or 120.5 (no commas or words)' }),
  )
  .optional();

const coordinate = z.coerce.number({ error: 'must be a number in decimal degrees' });

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const GROUPS = ['main', 'main-advance', 'second', 'third', 'other'] as const;
export const groupSchema = z.enum(GROUPS);
export type Group = z.infer<typeof groupSchema>;

export const FACTS = ['position', 'event', 'crowd', 'distance', 'duration'] as const;
export const factSchema = z.enum(FACTS);
export type Fact = z.infer<typeof factSchema>;

/** How a row's date was found. */
export const DATE_BASES = [
  'printed',
  'caption',
  'weekday',
  'relative',
  'published',
  'inferred',
] as const;
export const dateBasisSchema = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof dateBasisSchema>;

/** What a stated distance or duration measures. */
export const MEASURES = ['to-border', 'to-destination', 'covered', 'leg', 'gap', 'other'] as const;
export const measuresSchema = z.enum(MEASURES);
export type Measures = z.infer<typeof measuresSchema>;

export const UNITS = ['people', 'mi', 'km', 'days', 'hours'] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

const UNITS_BY_FACT: Record<Fact, readonly Unit[]> = {
  position: [],
  event: [],
  crowd: ['people'],
  distance: ['mi', 'km'],
  duration: ['days', 'hours'],
};

/** One row of data/places.csv: the gazetteer subset the log uses. */
export const placeSchema = z
  .object({
    id: slug.describe('Short stable name used by the log, e.g. `tapachula`.'),
    name: z.string().trim().min(1).describe('The name as a reader should see it.'),
    admin1: z.string().trim().min(1).describe('State, department or province.'),
    country: z.string().trim().length(2).describe('ISO 3166-1 alpha-2 country code.'),
    lat: coordinate.describe('Latitude, decimal degrees (WGS84).'),
    lon: coordinate.describe('Longitude, decimal degrees (WGS84).'),
    geonamesId: optionalText.describe(
      'GeoNames id the coordinates come from; empty for a place entered by hand.',
    ),
    note: optionalText.describe('Why a hand-entered place is where it is.'),
  })
  .superRefine((p, ctx) => {
    if (!inRegion(p.lat, p.lon)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: inRegion(p.lon, p.lat)
          ? `and lon look swapped (${p.lat}, ${p.lon}): latitude comes first`
          : `${p.lat}, ${p.lon} is outside the region from Central America to California`,
      });
    }
    if (!p.geonamesId && !p.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is required for a place entered by hand (no geonamesId)',
      });
    }
  });
export type Place = z.infer<typeof placeSchema>;

/** The map's region: Central America to California. */
function inRegion(lat: number, lon: number): boolean {
  return lat >= 5 && lat <= 40 && lon >= -125 && lon <= -75;
}

export const SOURCE_KINDS = ['seed', 'report'] as const;

/** One row of data/sources.csv: an article the log cites. */
export const sourceSchema = z.object({
  id: slug.describe('Short stable name the log cites, e.g. `seed-000` or `ap-2018-10-22`.'),
  kind: z
    .enum(SOURCE_KINDS)
    .describe('`seed`: one of the five primary articles; `report`: a row of the reports table.'),
  file: z
    .string()
    .trim()
    .min(1)
    .describe('The file the quotes are checked against, in ../shared/seeds or ../shared/reports.'),
  outlet: z.string().trim().min(1).describe('The outlet as the text shows it.'),
  headline: optionalText.describe('The headline, where it was seen.'),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) address')
    .optional()
    .describe('Where the report was published.'),
  published: isoDay.optional().describe('Publication day, where known (YYYY-MM-DD).'),
  note: optionalText.describe('How the publication day was found, or what else to know.'),
});
export type Source = z.infer<typeof sourceSchema>;

/** One row of data/events.csv: one reported fact. */
export const eventRowSchema = z
  .object({
    id: slug.describe('Short stable name of the row.'),
    date: isoDay.describe('The day the fact refers to (UTC), YYYY-MM-DD.'),
    dateEnd: isoDay.optional().describe('Last day, when the fact covers several days.'),
    dateBasis: dateBasisSchema.describe(
      'How the date was found: `printed` in the text; `caption` of a photo; `weekday` word resolved against the publication date; `relative` word ("yesterday", "anoche"); `published` only the publication day is known; `inferred` from context.',
    ),
    dateWords: optionalText.describe(
      'The words the date rests on ("Thursday", "Nov. 3"), and what they were resolved against.',
    ),
    group: groupSchema
      .optional()
      .describe(
        'Which caravan: `main`, `main-advance` (small groups ahead), `second`, `third` (Salvadoran), `other`. Empty for an event that is not a caravan position.',
      ),
    fact: factSchema.describe(
      '`position` where a group was; `event` something that happened at a place; `crowd` a stated number of people; `distance` a stated distance; `duration` a stated time.',
    ),
    place: optionalText.describe('A place id from data/places.csv.'),
    placeTo: optionalText.describe(
      'For a position "on the way from A to B": B (place is A). For a leg: where it ends.',
    ),
    value: figure.describe('The stated figure as a number (7,200 → 7200).'),
    valueMax: figure.describe('Upper end, when the figure is a range ("4,000 to 5,000").'),
    unit: unitSchema.optional().describe('`people`, `mi`, `km`, `days` or `hours`.'),
    measures: measuresSchema
      .optional()
      .describe(
        'What a distance or duration measures: `to-border` (still to go to the US border), `to-destination` (to placeTo), `covered` (so far), `leg` (from place to placeTo), `gap` (between groups), `other`.',
      ),
    statedBy: optionalText.describe('Who gave the figure, when not the outlet ("United Nations").'),
    source: slug.describe('A source id from data/sources.csv.'),
    quote: z
      .string()
      .trim()
      .min(1, 'is required: the words the fact rests on')
      .refine((q) => q.split(/\s+/).length <= 30, { message: 'is longer than 30 words' })
      .describe('The words the fact rests on, exactly as in the source (30 words at most).'),
    note: optionalText.describe('Anything a reader or editor should know.'),
  })
  .superRefine((row, ctx) => {
    for (const [path, message] of rowProblems(row)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
  });
export type EventRow = z.infer<typeof eventRowSchema>;

/** Rules that tie columns together; each problem names its column. */
function rowProblems(row: {
  fact: Fact;
  date: string;
  dateBasis: DateBasis;
  dateWords?: string | undefined;
  dateEnd?: string | undefined;
  group?: Group | undefined;
  place?: string | undefined;
  value?: number | undefined;
  valueMax?: number | undefined;
  unit?: Unit | undefined;
  measures?: Measures | undefined;
}): [string, string][] {
  const problems: [string, string][] = [];
  const figure = row.fact === 'crowd' || row.fact === 'distance' || row.fact === 'duration';
  if (row.dateEnd && row.dateEnd < row.date) problems.push(['dateEnd', 'is before date']);
  const weekdayProblem = row.dateBasis === 'weekday' && weekdayMismatch(row.date, row.dateWords);
  if (weekdayProblem) problems.push(['dateWords', weekdayProblem]);
  if (row.fact === 'position' && !row.group) problems.push(['group', 'is required for a position']);
  if ((row.fact === 'position' || row.fact === 'event') && !row.place) {
    problems.push(['place', `is required for a ${row.fact}`]);
  }
  if (figure && row.value === undefined) problems.push(['value', `is required for a ${row.fact}`]);
  if (figure && (!row.unit || !UNITS_BY_FACT[row.fact].includes(row.unit))) {
    problems.push(['unit', `must be one of ${UNITS_BY_FACT[row.fact].join(', ')}`]);
  }
  if (!figure && (row.value !== undefined || row.unit)) {
    problems.push(['value', `has no meaning for a ${row.fact}; give the figure its own row`]);
  }
  if ((row.fact === 'distance' || row.fact === 'duration') && !row.measures) {
    problems.push(['measures', `is required for a ${row.fact}`]);
  }
  if (row.valueMax !== undefined && row.value !== undefined && row.valueMax < row.value) {
    problems.push(['valueMax', 'is smaller than value']);
  }
  return problems;
}

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** A weekday-resolved date must fall on the weekday its words name. */
function weekdayMismatch(date: string, words: string | undefined): string | false {
  const named = weekdayOf(words ?? '');
  if (named === undefined) return 'must start with the weekday word the date was resolved from';
  if (!isRealIsoDay(date)) return false;
  const actual = new Date(isoDayToTime(date)).getUTCDay();
  return named === actual
    ? false
    : `names a ${WEEKDAY_NAMES[named]}, but ${date} is a ${WEEKDAY_NAMES[actual]}`;
}

/** The columns of data/events.csv, in order. */
export const EVENT_COLUMNS = Object.keys(eventRowSchema.shape) as (keyof EventRow)[];
export const PLACE_COLUMNS = Object.keys(placeSchema.shape) as (keyof Place)[];
export const SOURCE_COLUMNS = Object.keys(sourceSchema.shape) as (keyof Source)[];
