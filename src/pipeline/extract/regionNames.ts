/** A country or state a text may name: not a point to plot, but a clue to which town is meant. */
export interface Region {
  country: string;
  /** GeoNames admin1 code; absent for a country. */
  admin1?: string;
}

const COUNTRIES: Record<string, string[]> = {
  MX: ['Mexico', 'México', 'Méjico'],
  GT: ['Guatemala'],
  HN: ['Honduras'],
  SV: ['El Salvador'],
  NI: ['Nicaragua'],
  CR: ['Costa Rica'],
  PA: ['Panama', 'Panamá'],
  BZ: ['Belize', 'Belice'],
  US: ['United States', 'U.S.', 'US', 'USA', 'Estados Unidos', 'EE.UU.', 'EEUU'],
};

// GeoNames admin1 codes, in its alphabetical order per country.
const STATES: Record<string, string[]> = {
  MX: [
    'Aguascalientes|Baja California|Baja California Sur|Campeche|Chiapas|Chihuahua',
    'Coahuila|Colima|Ciudad de México,CDMX|Durango|Guanajuato|Guerrero|Hidalgo|Jalisco',
    'Estado de México,State of Mexico|Michoacán|Morelos|Nayarit|Nuevo León|Oaxaca|Puebla',
    'Querétaro|Quintana Roo|San Luis Potosí|Sinaloa|Sonora|Tabasco|Tamaulipas|Tlaxcala',
    'Veracruz|Yucatán|Zacatecas',
  ],
  GT: [
    'Alta Verapaz|Baja Verapaz|Chimaltenango|Chiquimula|El Progreso|Escuintla|Guatemala',
    'Huehuetenango|Izabal|Jalapa|Jutiapa|Petén|Quetzaltenango|Quiché|Retalhuleu|Sacatepéquez',
    'San Marcos|Santa Rosa|Sololá|Suchitepéquez|Totonicapán|Zacapa',
  ],
  HN: [
    'Atlántida|Choluteca|Colón|Comayagua|Copán|Cortés|El Paraíso|Francisco Morazán',
    'Gracias a Dios|Intibucá|Islas de la Bahía|La Paz|Lempira|Ocotepeque|Olancho|Santa Bárbara',
    'Valle|Yoro',
  ],
  SV: [
    'Ahuachapán|Cabañas|Chalatenango|Cuscatlán|La Libertad|La Paz|La Unión|Morazán|San Miguel',
    'San Salvador|Santa Ana|San Vicente|Sonsonate|Usulután',
  ],
};

// The US states on the border (US admin1 codes are postal codes).
const US_STATES: Record<string, string> = {
  California: 'CA',
  Arizona: 'AZ',
  'New Mexico': 'NM',
  Texas: 'TX',
};

/** Every country and state name, as written, with what it names. */
export const REGION_NAMES: ReadonlyMap<string, Region> = buildRegions();

function buildRegions(): Map<string, Region> {
  const regions = new Map<string, Region>();
  for (const [country, names] of Object.entries(COUNTRIES)) {
    for (const name of names) regions.set(name, { country });
  }
  for (const [country, lines] of Object.entries(STATES)) {
    lines
      .join('|')
      .split('|')
      .forEach((names, i) => {
        const admin1 = String(i + 1).padStart(2, '0');
        for (const name of names.split(',')) {
          if (!regions.has(name)) regions.set(name, { country, admin1 });
        }
      });
  }
  for (const [name, admin1] of Object.entries(US_STATES))
    regions.set(name, { country: 'US', admin1 });
  return regions;
}

/**
 * The name that tells a log place's namesake apart in its id: its state in Mexico and the US,
 * its country elsewhere ("Ciudad Hidalgo" in Michoacán → ciudad-hidalgo-michoacan), as the
 * answer keys write such ids.
 */
export function namesakeRegion(country: string, admin1: string): string | undefined {
  const byState = country === 'MX' || country === 'US';
  for (const [name, region] of REGION_NAMES) {
    if (region.country === country && (byState ? region.admin1 === admin1 : !region.admin1))
      return name;
  }
  return undefined;
}

/** A country or state a sentence names, and where. */
export interface RegionMention {
  region: Region;
  start: number;
  end: number;
}

const REGION_PATTERNS = [...REGION_NAMES].map(([name, region]) => ({
  pattern: new RegExp(`(?<![\\p{L}.])${name.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u'),
  region,
}));

/** The countries and states a sentence names, each at its first mention. */
export function regionsIn(sentence: string): RegionMention[] {
  return REGION_PATTERNS.flatMap(({ pattern, region }) => {
    const m = pattern.exec(sentence);
    return m ? [{ region, start: m.index, end: m.index + m[0].length }] : [];
  });
}
