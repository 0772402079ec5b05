import type { DistanceUnit } from '../core/distances.ts';
import type { Group } from '../core/schema.ts';
import type { Language } from './i18n/messages.ts';

/** What the page shows. `time` is the one source of truth for the moment shown. */
export interface AppState {
  /** The moment shown, UTC epoch milliseconds (hour resolution). */
  time: number;
  playing: boolean;
  /** Playback speed in days per second. */
  speed: number;
  language: Language;
  units: DistanceUnit;
  hiddenGroups: readonly Group[];
}
