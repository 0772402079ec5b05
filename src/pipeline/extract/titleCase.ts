/** "SAN MARCOS DE COLÓN" as a map labels it: "San Marcos de Colón". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?:^|\s)\p{L}/gu, (c) => c.toUpperCase())
    .replace(/\s(?:De|Del|La|Las|Los|El)\s/gu, (c) => c.toLowerCase());
}
