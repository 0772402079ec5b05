const BORDER = /\b(?:border|frontera|united states|u\.s\.|ee\.\s?uu\.|estados unidos)(?![\p{L}])/iu;

/** True when a text names the US border or the country behind it ("US" only in capitals). */
export function namesBorder(text: string): boolean {
  return BORDER.test(text) || /\bUS\b/.test(text);
}
