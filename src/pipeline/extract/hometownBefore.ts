// "said Dilcia Ramos, 27, who left the Honduran city of Choloma", "Dennis Arriaga, 31, of
// Choloma", "Yusmary Contreras, 31, from Santa Cruz de Mora", "originaria de Olanchito": the
// words before a speaker's hometown.
const HOMETOWN_BEFORE =
  /(?:\b\d{1,2},\s+(?:of|from|de|who\s+(?:left|fled|came from)\b[^,;.]{0,40}|quien\s+(?:sali[oó]|dej[oó]|huy[oó])(?![\p{L}])[^,;.]{0,40})|\b(?:native of|originally from|oriund[oa]s? de|originari[oa]s? de|natural de))\s*$/iu;
// A name, its age and the words about its town fit in this many characters.
const REACH = 80;

/** True when the words just before `at` in `text` make the place there someone's hometown. */
export function hometownBefore(text: string, at: number): boolean {
  return HOMETOWN_BEFORE.test(text.slice(Math.max(0, at - REACH), at));
}
