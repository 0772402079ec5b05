/** Troops and police by the words for them, as a pattern's alternatives: people not of the caravan. */
export const SECURITY_FORCES =
  'National Guard|Guardia Nacional|troops|soldiers|soldados|police|polic[ií]as?|agents|agentes|officers|elementos';
