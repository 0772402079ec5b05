// A name: capitalised words, with short joining words inside ("Organization for Migration").
const NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|de|del|la|las|los|y|and)\s+)?\p{Lu}[\p{L}.’'-]*){0,6})`;
const VERBS =
  '(?:said|says|estimated|estimates|estimating|reported|reports|counted|calculated|told|dijo|dice|estim[oó]|estima|calcul[oó]|calcula|inform[oó]|informa|report[oó]|cont[oó]|se[ñn]al[oó])';

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:according to|seg[uú]n|reported by|de acuerdo con)\s+${NAME}`, 'u'),
  new RegExp(String.raw`\b(?:reported|said|told|inform[oó]|dijo)\s+${NAME}\s*[.,;]?\s*$`, 'u'),
  // "Christopher Gascon, the Mexico representative for the International Organization for Migration, said"
  new RegExp(String.raw`${NAME},\s+[^,]{0,80}?\b(?:for|of|at|de|del)\s+${NAME},\s+${VERBS}\b`, 'u'),
  new RegExp(String.raw`${NAME}\s+${VERBS}\b`, 'u'),
];

// Capitalised words that open a sentence or name a group rather than a source.
const NOT_A_SOURCE =
  /^(?:The|It|They|He|She|We|This|That|There|Officials?|Migrants?|Los|Las|El|La|Ellos|Ella)$/u;

/** Who a sentence says gave its figure ("according to X", "X estimated", "según X"), if anyone. */
export function findStatedBy(sentence: string): string | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m?.[1]) continue;
    const names = [m[1], m[2]].filter((n): n is string => Boolean(n)).map(trimName);
    if (names.every((n) => NOT_A_SOURCE.test(n))) continue;
    return names.join(', ');
  }
  return undefined;
}

function trimName(name: string): string {
  return name
    .replace(/^the\s+/u, '')
    .replace(/[’']s$|[.,;:]+$/u, '')
    .trim();
}
