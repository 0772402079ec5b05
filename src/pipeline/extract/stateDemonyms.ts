import { REGION_NAMES, type Region } from './regionNames.ts';

// Mexico's states by the adjective the press uses for them ("la capital potosina"), by stem.
const STEMS: Record<string, string> = {
  aguascalentens: 'Aguascalientes',
  bajacalifornian: 'Baja California',
  sudcalifornian: 'Baja California Sur',
  campechan: 'Campeche',
  chiapanec: 'Chiapas',
  chihuahuens: 'Chihuahua',
  coahuilens: 'Coahuila',
  colimens: 'Colima',
  duranguens: 'Durango',
  guanajuatens: 'Guanajuato',
  guerrerens: 'Guerrero',
  hidalguens: 'Hidalgo',
  jalisciens: 'Jalisco',
  mexiquens: 'Estado de México',
  michoacan: 'Michoacán',
  morelens: 'Morelos',
  nayarit: 'Nayarit',
  neoleon: 'Nuevo León',
  oaxaqueñ: 'Oaxaca',
  poblan: 'Puebla',
  queretan: 'Querétaro',
  quintanarroens: 'Quintana Roo',
  potosin: 'San Luis Potosí',
  sinaloens: 'Sinaloa',
  sonorens: 'Sonora',
  tabasqueñ: 'Tabasco',
  tamaulipec: 'Tamaulipas',
  tlaxcaltec: 'Tlaxcala',
  veracruzan: 'Veracruz',
  yucatec: 'Yucatán',
  zacatecan: 'Zacatecas',
};

/** The Mexican state an adjective names ("potosina" → San Luis Potosí), if any. */
export function stateOfDemonym(word: string): Region | undefined {
  // "neoleonés", "neoleoneses", "potosinos": the stem before the gender and number endings.
  const stem = word.toLowerCase().replace(/(?:[eé]s(?:as?|es)?|os|as|o|a|e)$/u, '');
  const name = STEMS[stem];
  return name ? REGION_NAMES.get(name) : undefined;
}
