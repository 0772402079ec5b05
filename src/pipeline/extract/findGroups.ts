import type { Group } from '../../core/schema.ts';

/** A caravan a sentence names, where, and the words that say so. */
export interface GroupMention {
  group: Group;
  words: string;
  start: number;
}

const RULES: readonly [RegExp, Group][] = [
  [
    /\b(?:third caravan|tercera caravana|salvadoran caravan|caravana salvadore[ñn]a|caravan of salvadorans|caravana de salvadore[ñn]os)\b/giu,
    'third',
  ],
  [
    /\b(?:second caravan|segunda caravana|new caravan|nueva caravana|another caravan|otra caravana)\b/giu,
    'second',
  ],
  [/\b(?:fourth caravan|cuarta caravana)\b/giu, 'other'],
  [/\b(?:advance group|vanguard|vanguardia|avanzada)\b/giu, 'main-advance'],
  [/\b(?:(?:the|this|main|first|la|esta)\s+)?(?:caravan|caravana)(?:\s+principal)?\b/giu, 'main'],
];

/** Every caravan a sentence names ("the second caravan", "la caravana"), in text order. */
export function findGroups(sentence: string): GroupMention[] {
  const found: GroupMention[] = [];
  for (const [pattern, group] of RULES) {
    for (const m of sentence.matchAll(pattern)) {
      const taken = found.some(
        (f) => m.index < f.start + f.words.length && f.start < m.index + m[0].length,
      );
      if (!taken) found.push({ group, words: m[0], start: m.index });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
