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

/** Reads a sentence once for all the rules that propose rows from it. */
export function readSentence(
  sentence: Sentence,
  options: ProposeOptions,
  previous: DateMention | undefined,
  justBefore?: DateMention,
  caravanBefore = false,
): Reading {
  const text = sentence.text;
  return {
    sentence,
    dates: findDates(text, options.reference, options.language, previous, justBefore),
    places: findPlaces(text, options.gazetteer, options)
      .filter((p) => !p.dateline)
      .map((p) => ({ ...p, role: placeRole(text.slice(0, p.start)) })),
    groups: findGroups(text),
    caravan: mentionsCaravan(text),
    moving: movedVerb(text),
    crowds: findCrowdSizes(text, caravanBefore),
    statedBy: findStatedBy(text),
  };
}
