/**
 * A caption's or a list's number and the space after it, as a pattern to build others from:
 * "4. RINCÓN DE ROMOS, 17 October 2021 —", "3/8 — San Pedro Carchá, 4 October 2022".
 */
export const CAPTION_NUMBER = String.raw`\d{1,2}(?:[.)]\s|\s*\/\s*\d{1,2}\s*[—–-])\s*`;
