/** How many characters lie between two spans of a sentence (0 when they touch or overlap). */
export function spanGap(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return Math.max(b.start - a.end, a.start - b.end, 0);
}
