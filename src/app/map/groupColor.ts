import type { ExpressionSpecification } from 'maplibre-gl';
import { GROUPS } from '../../core/schema.ts';
import { GROUP_COLORS } from '../groupColors.ts';

// The spread cannot be typed as a match expression's fixed arity; MapLibre validates it.
/** A paint expression: the colour of a feature's `group` property. */
export const groupColor = [
  'match',
  ['get', 'group'],
  ...GROUPS.flatMap((g) => [g, GROUP_COLORS[g]]),
  '#777',
] as unknown as ExpressionSpecification;
