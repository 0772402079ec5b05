// "said Dilcia Ramos, 27, who left the Honduran city of Choloma", "Dennis Arriaga, 31, of
// Choloma", "Yusmary Contreras, 31, from Santa Cruz de Mora", "Kevin, de 22 años, de Santiago
// Nonualco", "originaria de Olanchito": the words before a speaker's hometown.
const HOMETOWN_BEFORE =
  /(?:(?:\bde\s+\d{1,2}\s+a[ñn]os|\b\d{1,2}(?:\s+years\s+old)?),\s+(?:of|from|de|who\s+(?:left|fled|came from)\b[^,;.]{0,40}|quien\s+(?:sali[oó]|dej[oó]|huy[oó])(?![\p{L}])[^,;.]{0,40})|\b(?:native of|originally from|oriund[oa]s? de|originari[oa]s? de|natural de))\s*$/iu;
// "familias de comunidades de Guachochi y de Guadalupe y Calvo", "from villages around Olancho":
// where people come from, one town or a list.
const VILLAGES_OF =
  /\b(?:de|from)\s+(?:(?:las|los|sus|the|their)\s+)?(?:comunidades|pueblos|rancher[ií]as|aldeas|caser[ií]os|ejidos|communities|villages|hamlets)\s+(?:(?:ind[ií]genas|rurales|rural|indigenous|remote|remotas)\s+)?(?:de|del|in|around|near|of)\s+(?:(?:\p{Lu}[\p{L}]*,?|y|and|de|del|la|el)\s+)*$/u;
// "hay unas 450 personas, la mayoría de la zona oriental, de San Miguel, de La Unión": where
// most of them come from.
const MOSTLY_FROM =
  /\b(?:la mayor[ií]a|most(?: of them)?|muchos|casi todos)(?:\s+(?:son|are|vienen|come))?\s+(?:de|from)\s+(?:[^.;]{0,40}?,\s*(?:de|from)\s+)*(?:(?:la|el|the)\s+)?$/iu;
// A name, its age and the words about its town fit in this many characters.
const REACH = 80;

/** True when the words just before `at` in `text` make the place there someone's hometown. */
export function hometownBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return HOMETOWN_BEFORE.test(before) || VILLAGES_OF.test(before) || MOSTLY_FROM.test(before);
}
