// "Photo 1 of 8", "Foto 2 de 5": the word some captions put before their number.
export const CAPTION_WORD = String.raw`(?:(?:Photo|Foto|Imagen|Image)\s+)`;

/**
 * A caption's or a list's number and the space after it, as a pattern to build others from:
 * "4. RINCÓN DE ROMOS, 17 October 2021 —", "3/8 — San Pedro Carchá, 4 October 2022", "1 of 7 —
 * Uruapan, Michoacán, March 6, 2023", "Foto 2 de 5 —", "Photo 1 of 8. Autlán, 6 May 2023 —".
 */
export const CAPTION_NUMBER = String.raw`${CAPTION_WORD}?\d{1,2}(?:[.)]\s|\s*(?:\/|of|de)\s*\d{1,2}(?:\s*[—–-]|[.:]\s))\s*`;
