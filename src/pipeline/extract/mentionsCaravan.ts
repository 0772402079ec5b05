// Words that put a sentence in the story of a migrant caravan, in English or Spanish.
const CARAVAN =
  /(?<![\p{L}])(?:caravans?|caravanas?|crowds?|multitud(?:es)?|march(?:ing|es|ed)?|marcha(?:n|ron)?|contingents?|contingentes?|columns?|convoys?|marchers|walkers|caminantes|integrantes|exodus|[ée]xodo|columna|groups?|grupos?|migrants?|migrantes?|hondure[ñn]os|hondurans|salvadore[ñn]os|salvadorans|guatemaltecos|guatemalans|centroamericanos)(?![\p{L}])/iu;

/**
 * True when a sentence speaks of migrants or a caravan (in a caravan story "the group" is the
 * caravan), so its places and figures are theirs.
 */
export function mentionsCaravan(sentence: string): boolean {
  return CARAVAN.test(sentence);
}
