// A verb in the simple past: English "-ed" and the irregulars of the road, Spanish preterite.
const PAST =
  /(?<![\p{L}])(?:\p{L}+ed|left|slept|spent|set out|went|came|led|rode|took|got|began|made|kept|fled|stood|sat|met|ran|cruz[oó]|cruzaron|lleg[oó]|llegaron|sali[oó]|salieron|parti[oó]|partieron|pasó|pasaron|durmi[oó]|durmieron|pernoct[oó]|pernoctaron|arrib[oó]|arribaron|descansó|descansaron|entr[oó]|entraron|ingres[oó]|ingresaron|recorrió|recorrieron|caminó|caminaron|avanzó|avanzaron|cubrió|cubrieron)(?![\p{L}])/iu;
// What ties a sentence to the day it is written: present and present perfect tenses, "today",
// and hours of the day ("shortly before sunset", "a las 4:00"), which a lede gives of that day.
const HOUR =
  /(?<![\p{L}])(?:(?:before|at|after|by|around|until) (?:dawn|sunrise|sunset|dusk|nightfall|noon|midday|\d)|a las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|de madrugada|al (?:amanecer|anochecer|atardecer|mediod[ií]a))(?![\p{L}])/iu;
const PRESENT =
  /(?<![\p{L}])(?:has|have|ha|han|is|are|remains?|rests?|waits?|sleeps?|camps?|today|tonight|now|this (?:morning|afternoon|evening)|est(?:á|án|an)|permanecen?|descansan?|esperan?|duermen|acampan|hoy|ahora|esta (?:mañana|tarde|noche)|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])/iu;

/**
 * True when a sentence tells of an earlier, unnamed day: "It crossed the border at Agua
 * Caliente and passed through Esquipulas". Without a date of its own, such a sentence is
 * background (an explainer's recap), not where the group is on the article's day.
 */
export function toldInPast(sentence: string): boolean {
  return (
    PLUPERFECT.test(sentence) ||
    (PAST.test(sentence) && !PRESENT.test(sentence) && !HOUR.test(sentence))
  );
}

/**
 * "On Thursday they left San Blas. Most reached the town after nightfall": in the past, at an
 * hour of a day the sentence before has just named, not of the article's own day.
 */
export function toldAtAnHour(sentence: string): boolean {
  return PAST.test(sentence) && !PRESENT.test(sentence) && HOUR.test(sentence);
}

// "They had left Tamuín at dawn", "habían salido de madrugada": before the time told of,
// whatever hour it names.
const PLUPERFECT =
  /(?<![\p{L}])(?:had|hab[ií]an?)\s+(?:already\s+|ya\s+)?(?:left|set out|set off|walked|slept|spent|arrived|reached|departed|sali\p{L}+|partid[oa]s?|llegad[oa]s?|caminad[oa]s?|dormid[oa]s?|pernoctad[oa]s?)(?![\p{L}])/iu;
