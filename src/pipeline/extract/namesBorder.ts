const BORDER = /\b(?:border|frontera|united states|u\.s\.|ee\.\s?uu\.|estados unidos)(?![\p{L}])/iu;

// "la frontera con México", "the southern border": a border the caravan crosses on the way.
const OTHER_BORDER =
  /(?:(?:southern|south|sur|guatemalan|guatemalteca|honduran|salvadoran|nicaraguan|costa rican|panamanian|mexican-guatemalan|Mexican\s+(?:border\s+)?(?:post|crossing))\s*(?:border|frontera)?|(?:border|frontera)\s+(?:with|con|de)\s+(?:Mexico|México|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panam[aá]|Belice|Belize)|(?:border|frontera)\s+(?:sur|guatemalteca|hondure[ñn]a|salvadore[ñn]a|nicarag[üu]ense|costarricense|paname[ñn]a)|(?:border|fronterizo)\s+(?:crossing|post|bridge)\s+(?:at|of|in)|(?:puesto|cruce|paso)\s+fronterizo\s+de)/giu;
// "the Mexican border at La Mesilla", "la frontera de El Espino": a crossing named for its town
// (case-sensitive: "the border at night" is not one).
const NAMED_CROSSING =
  /\b(?:border|frontera)\s+(?:at|de)\s+(?:la\s+|el\s+)?(?!Estados Unidos|EE\.|EEUU|U\.S\.|Texas|Arizona|California|Nuevo M[eé]xico|New Mexico)\p{Lu}/gu;

// "the border city of Reynosa", "la ciudad fronteriza de Reynosa": a town, named as one.
const BORDER_TOWN =
  /\b(?:border\s+(?:city|town)\s+of|(?:ciudad|poblaci[oó]n)\s+fronteriza\s+de)\s+\p{Lu}/gu;

/** True when a text names the US border or the country behind it ("US" only in capitals). */
export function namesBorder(text: string): boolean {
  const rest = text
    .replace(OTHER_BORDER, ' ')
    .replace(NAMED_CROSSING, ' ')
    .replace(BORDER_TOWN, ' ');
  return BORDER.test(rest) || /\bUS\b/.test(rest);
}
