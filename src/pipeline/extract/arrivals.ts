import { clauseBefore } from './clauseBefore.ts';
import { WHERE_ARRIVED } from './notThereNow.ts';
import { placeAtVerb } from './placeAtVerb.ts';
import type { ProposeOptions } from './proposeRows.ts';
import type { Reading, RolePlace } from './readSentence.ts';

// Where an arrival a sentence tells of ends, as a place anchored on its verb so that it takes
// the arrival's own day.

// "La columna llegó ayer desde Niltepec", "tras llegar procedentes de Naranjos", filed from
// Juchitán: an arrival that names only where the group came from ends at the dateline's town.
const ARRIVED_FROM =
  /\b(?:arrived|arriving|reached|pulled in|pulling in|came in|coming in|llegaron|lleg[oó]|llegado|llegar|llegan|arribaron|arrib[oó])(?![\p{L}])[^.;]{0,60}$/iu;

/** An arrival from a town, with no town reached: at the dateline's, anchored on its verb. */
export function arrivedHere(
  r: Reading,
  places: RolePlace[],
  options: ProposeOptions,
): RolePlace | undefined {
  const here = options.dateline;
  if (!here || places.some((p) => p.role === 'at' || p.role === 'to')) return undefined;
  const origin = places.find((p) => p.role === 'from' || p.role === 'origin');
  if (!origin || origin.place.id === here.id) return undefined;
  const verb = ARRIVED_FROM.exec(clauseBefore(r.sentence.text, origin.start));
  if (!verb) return undefined;
  return placeAtVerb(verb[0], r.sentence.text.lastIndexOf(verb[0], origin.start), here, 'at');
}

// ", a unos 70 kilómetros, por la carretera federal 15, a donde llegaron anoche".
// ", unos 20 kilómetros, donde pasaron la noche", "donde pasó la noche en la cancha": a night
// there, told the same way.
const ARRIVED_AT_END =
  /^((?:,[^,;.]{1,50}?){0,3}),\s*(?:a donde|adonde|donde|where)\s+(?:(?:they|had|ya|hab[ií]an)\s+)*(?:arrived|reached|slept|spent the night|rested|camped|llegaron|lleg[oó]|llegado|arribaron|arrib[oó]|pas(?:aron|[oó]) la noche|durmieron|durmi[oó]|pernoctaron|pernoct[oó]|acamparon|acamp[oó])(?![\p{L}])/iu;

/** An arrival told after a destination and the words about it, anchored on its verb. */
export function reachedAfter(r: Reading, end: RolePlace): RolePlace | undefined {
  const m = ARRIVED_AT_END.exec(r.sentence.text.slice(end.end));
  if (!m) return undefined;
  const clause = end.end + (m[1]?.length ?? 0);
  if (r.places.some((p) => p.start > end.end && p.start < clause)) return undefined;
  const start = end.end + m[0].length - 1;
  return { ...end, start, end: start + 1, role: 'at' };
}

/** The arrival a relative clause tells of, anchored on its verb so it takes its own date. */
export function arrivedThereBefore(text: string, place: RolePlace): RolePlace | undefined {
  const m = WHERE_ARRIVED.exec(text.slice(place.end));
  if (!m) return undefined;
  const start = place.end + m[0].search(/(?:a donde|adonde|donde|a la que|al que|where|which)/u);
  return { ...place, start, end: place.end + m[0].length };
}
