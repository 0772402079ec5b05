import { type CrowdMatch, findCrowdSizes } from './findCrowdSizes.ts';
import { type DateMention, findDates } from './findDates.ts';
import { findGroups, type GroupMention } from './findGroups.ts';
import { findPlaces, type PlaceMention } from './findPlaces.ts';
import { findStatedBy } from './findStatedBy.ts';
import { mentionsCaravan } from './mentionsCaravan.ts';
import { movedVerb } from './movedVerb.ts';
import { type PlaceRole, placeRole } from './placeRole.ts';
import type { ProposeOptions } from './proposeRows.ts';
import type { Sentence } from './splitSentences.ts';

export interface Span {
  start: number;
  end: number;
}

export interface RolePlace extends PlaceMention {
  role: PlaceRole;
}

/** What one sentence offers: its dates, places, group and figures. */
export interface Reading {
  sentence: Sentence;
  dates: DateMention[];
  places: RolePlace[];
  groups: GroupMention[];
  caravan: boolean;
  /** Tells of people walking, sleeping, arriving or leaving (see movedVerb). */
  moving: boolean;
  /** The crowd sizes it states: a head count is of the group. */
  crowds: CrowdMatch[];
  statedBy: string | undefined;
}

/** What the sentences before tell a sentence. */
export interface Before {
  /** The day the running text last spoke of. */
  previous?: DateMention | undefined;
  /** The day the sentence just before, in the same paragraph, spoke of. */
  justBefore?: DateMention | undefined;
  /** A head count here is the caravan's: the sentence before spoke of it, or this one counts no one else. */
  caravansCount?: boolean;
  /**
   * The sentence opens a caption headed by its place ("4. RINCÓN DE ROMOS, 17 October —")
   * that shows the caravan: the caravan was there that day.
   */
  headedCaption?: boolean;
}

/** Reads a sentence once for all the rules that propose rows from it. */
export function readSentence(sentence: Sentence, options: ProposeOptions, before: Before): Reading {
  const text = sentence.text;
  const { previous, justBefore, caravansCount = false, headedCaption = false } = before;
  return {
    sentence,
    dates: findDates(text, options.reference, options.language, previous, justBefore),
    // A dateline is where the story is filed from; a caption's is where the photo was taken.
    places: findPlaces(text, options.gazetteer, options)
      .filter((p) => !p.dateline || headedCaption)
      .map((p) => ({ ...p, role: placeRole(text.slice(0, p.start), text.slice(p.end)) })),
    groups: findGroups(text),
    caravan: headedCaption || mentionsCaravan(text),
    moving: movedVerb(text),
    crowds: findCrowdSizes(text, caravansCount),
    statedBy: findStatedBy(text),
  };
}
