/** "Calle Culiacán", "Paseo de la Reforma", "la Virgen de Guadalupe": a street or a saint, not the town. */
export const VENUE_OF =
  /\b(?:colonia|barrio|calle|avenida|paseo|calzada|street|avenue|virgen|virgin)\s+(?:de\s+(?:la\s+)?|of\s+)?$/iu;
