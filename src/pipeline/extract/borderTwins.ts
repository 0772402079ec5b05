import { foldName } from '../admin1Codes.ts';
import type { PlaceCandidate } from './buildGazetteer.ts';
import { knownOrLargest } from './knownOrLargest.ts';

// A US town on the border and the Mexican town across from it, where a caravan waits.
const TWINS: Record<string, string> = {
  'san-ysidro': 'Tijuana',
  'san-diego': 'Tijuana',
  calexico: 'Mexicali',
  'el-paso': 'Ciudad Juárez',
  'eagle-pass': 'Piedras Negras',
  'del-rio': 'Ciudad Acuña',
  laredo: 'Nuevo Laredo',
  mcallen: 'Reynosa',
  brownsville: 'Matamoros',
};

/** The Mexican town across the border from each US one, by the US town's id. */
export function borderTwinsOf(
  names: ReadonlyMap<string, PlaceCandidate[]>,
): Map<string, PlaceCandidate> {
  return new Map(
    Object.entries(TWINS).flatMap(([us, town]) => {
      const place = knownOrLargest(
        (names.get(foldName(town)) ?? []).filter((p) => p.country === 'MX'),
      );
      return place ? [[us, place] as const] : [];
    }),
  );
}
