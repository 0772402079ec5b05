/** "rolled in", "pulled in", "trickled in": an arrival told by how it came, as a pattern. */
export const ROLLED_IN = '(?:pulled|rolled|poured|streamed|trickled) in';
