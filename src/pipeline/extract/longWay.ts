import type { Measures } from '../../core/schema.ts';

// "more than 900 miles from the nearest U.S. border".
const BORDER_AFTER =
  /^\s*(?:from|to|de|a|hasta)\s+(?:the\s+|la\s+)?(?:nearest\s+|closest\s+)?(?:U\.S\.\s+|US\s+)?(?:border|frontera)(?![\p{L}])/iu;
// No day's walk, nor a stretch between two stops, runs this far.
const LONGEST_LEG_KM = 500;
const KM_PER_MILE = 1.609;
const WHOLE_WAY =
  /(?<![\p{L}])(?:walk(?:ed|ing)|covered|trek|journey|travell?ed|hik(?:ed|ing)|hitchhik\p{L}*|recorr\p{L}*|camin(?:aron|ando|ar)|cubri\p{L}*|trayecto|viaje)(?![\p{L}])/iu;

/**
 * "Recorrieron más de 4 mil kilómetros", "Culiacán is some 786 miles from Tijuana": a
 * stretch longer than any leg is the way walked where the sentence walks it, else what is left.
 */
export function longWay(
  measures: Measures,
  distance: { value: number; unit: 'mi' | 'km' },
  sentence: string,
  after: string,
): Measures {
  const km = distance.unit === 'mi' ? distance.value * KM_PER_MILE : distance.value;
  if (measures !== 'leg' || km <= LONGEST_LEG_KM) return measures;
  if (BORDER_AFTER.test(after)) return 'to-border';
  return WHOLE_WAY.test(sentence) ? 'covered' : 'to-destination';
}
