const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
};

/**
 * The weekday (0 = Sunday) named by the first word of a date's wording, in English or
 * Spanish ("'Thursday' (pub 10-24)", "sábado"); undefined when it names none.
 */
export function weekdayOf(words: string): number | undefined {
  const first = words
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .match(/[a-z]+/);
  return first ? WEEKDAYS[first[0]] : undefined;
}
