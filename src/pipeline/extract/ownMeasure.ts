import type { Measures } from '../../core/schema.ts';

/**
 * A distance whose words make it a traveller's: to the border, covered, a gap between groups,
 * or a stretch of the road ("el tramo de 15 km entre Zacapa y Río Hondo", "next stop").
 */
export function ownMeasure(d: { measures: Measures }, text: string): boolean {
  if (ROAD_WORKS.test(text)) return false;
  if (d.measures === 'to-border' || d.measures === 'covered' || d.measures === 'gap') return true;
  return d.measures !== 'other' && ROAD_WORDS.test(text);
}
// "a 14-km stretch of the highway is under repair": the road's, not the walkers'.
const ROAD_WORKS =
  /\b(?:repair\w*|roadworks?|construction|rebuil\w*|resurfac\w*|repara\w*|reparaci[oó]n|obras?|construcci[oó]n|reconstru\w*|moderniza\w*|pavimenta\w*|rehabilita\w*)\b/iu;
const ROAD_WORDS =
  /\b(?:stop|parada|tramo|stretch|walk|ride|trip|journey|leg|stage|haul|road|highway|carretera|camino|route|ruta|trayecto|recorrido|viaje|caminata|jornada|etapa)\b/iu;
