import type { Group } from '../core/schema.ts';

/**
 * Okabe–Ito, safe for colour-blind readers. The main caravan gets the one strong colour
 * (a vermilion darkened to keep 3:1 against the pale land).
 */
export const GROUP_COLORS: Record<Group, string> = {
  main: '#c84e00',
  'main-advance': '#9a6a00',
  second: '#0072b2',
  third: '#b4588f',
  other: '#00785a',
};

export const EVENT_COLOR = '#3d3d3d';
