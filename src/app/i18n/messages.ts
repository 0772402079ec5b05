import type { DateBasis, Group, Measures } from '../../core/schema.ts';

/** Every string the reader sees, in each language the map ships. Quotes stay as written. */
export interface Messages {
  kicker: string;
  headline: string;
  dek: string;
  reportsHeading: string;
  sliderLabel: string;
  sourcesLine: string;
  basemapCredit: string;
  mapLabel: string;
  groups: Record<Group, string>;
  groupAt: (group: string, place: string) => string;
  noReportToday: (group: string, place: string, day: string) => string;
  nothingYet: string;
  reportedPosition: string;
  onTheWay: (from: string, to: string) => string;
  event: string;
  crowd: string;
  statedDistance: string;
  statedDuration: string;
  statedBy: (who: string) => string;
  measures: Record<Measures, string>;
  measured: string;
  measuredBasis: {
    'to-border': (from: string) => string;
    'straight-line': (from: string, to: string) => string;
    'along-reports': (from: string, to: string) => string;
  };
  dateBasis: Record<DateBasis, string>;
  seedArticle: (file: string) => string;
  legendReported: string;
  legendUnreported: string;
  legendLatest: string;
  legendEvent: string;
  units: { people: string; mi: string; km: string; days: string; hours: string };
  noWebgl: string;
  loadFailed: (detail: string) => string;
  stripCrowdTitle: string;
  stripCrowdNote: string;
  stripReports: string;
  /** A stated range, read aloud: "4,000 to 5,000". */
  crowdRange: (low: string, high: string) => string;
}

const en: Messages = {
  kicker: 'Migration',
  headline: 'The 2018 migrant caravan, report by report',
  dek: 'Thousands of Central Americans walked and rode from Honduras to the US border. Drag the slider to follow them through what news outlets reported each day.',
  reportsHeading: 'Reports of the day',
  sliderLabel: 'Date',
  sourcesLine: 'Sources: the news reports cited beside each point.',
  basemapCredit: 'Basemap: Natural Earth. Places: GeoNames (CC BY 4.0).',
  mapLabel: 'Map of the caravan’s reported positions',
  groups: {
    main: 'Main caravan',
    'main-advance': 'Advance group',
    second: 'Second caravan',
    third: 'Salvadoran caravan',
    other: 'Other group',
  },
  groupAt: (group, place) => `${group}: ${place}`,
  noReportToday: (group, place, day) =>
    `No report today. ${group} last reported at ${place}, ${day}.`,
  nothingYet: 'No report yet.',
  reportedPosition: 'Reported position',
  onTheWay: (from, to) => `On the way from ${from} to ${to}`,
  event: 'Event',
  crowd: 'Crowd size',
  statedDistance: 'Distance stated',
  statedDuration: 'Time stated',
  statedBy: (who) => `according to ${who}`,
  measures: {
    'to-border': 'to the US border',
    'to-destination': 'to the destination',
    covered: 'covered so far',
    leg: 'for this stretch',
    gap: 'between groups',
    other: '',
  },
  measured: 'Measured',
  measuredBasis: {
    'to-border': (from) =>
      `straight line from ${from} to the nearest point of the US–Mexico border`,
    'straight-line': (from, to) => `straight line from ${from} to ${to}`,
    'along-reports': (from, to) =>
      `from ${from} to ${to} in straight lines between reported positions (roads are longer)`,
  },
  dateBasis: {
    printed: 'Date printed in the report',
    caption: 'Date from a photo caption',
    weekday: 'Weekday resolved against the publication date',
    relative: 'Relative date ("yesterday") resolved against the publication date',
    published: 'Only the publication date is known',
    inferred: 'Date inferred from context',
  },
  seedArticle: (file) => `source article ${file}`,
  legendReported: 'Reported route',
  legendUnreported: 'No report in between',
  legendLatest: 'Latest position',
  legendEvent: 'Other event',
  units: { people: 'people', mi: 'mi', km: 'km', days: 'days', hours: 'hours' },
  noWebgl:
    'This browser cannot draw the interactive map (it needs WebGL 2). The reports are all listed below.',
  loadFailed: (detail) => `The map’s data could not be loaded (${detail}). Try reloading the page.`,
  stripCrowdTitle: 'Crowd size stated, main caravan',
  stripCrowdNote: 'Each dot is one outlet’s figure; a line spans where they disagree.',
  stripReports: 'Reports',
  crowdRange: (low, high) => `${low} to ${high}`,
};

const es: Messages = {
  kicker: 'Migración',
  headline: 'La caravana migrante de 2018, reporte a reporte',
  dek: 'Miles de centroamericanos caminaron y viajaron de Honduras a la frontera de Estados Unidos. Mueva el control para seguirlos a través de lo que la prensa informó cada día.',
  reportsHeading: 'Reportes del día',
  sliderLabel: 'Fecha',
  sourcesLine: 'Fuentes: los reportes de prensa citados junto a cada punto.',
  basemapCredit: 'Mapa base: Natural Earth. Lugares: GeoNames (CC BY 4.0).',
  mapLabel: 'Mapa de las posiciones reportadas de la caravana',
  groups: {
    main: 'Caravana principal',
    'main-advance': 'Grupo de avanzada',
    second: 'Segunda caravana',
    third: 'Caravana salvadoreña',
    other: 'Otro grupo',
  },
  groupAt: (group, place) => `${group}: ${place}`,
  noReportToday: (group, place, day) =>
    `Sin reportes hoy. ${group}: último reporte en ${place}, ${day}.`,
  nothingYet: 'Aún no hay reportes.',
  reportedPosition: 'Posición reportada',
  onTheWay: (from, to) => `En camino de ${from} a ${to}`,
  event: 'Suceso',
  crowd: 'Número de personas',
  statedDistance: 'Distancia citada',
  statedDuration: 'Tiempo citado',
  statedBy: (who) => `según ${who}`,
  measures: {
    'to-border': 'hasta la frontera de EE. UU.',
    'to-destination': 'hasta el destino',
    covered: 'recorridos',
    leg: 'en este tramo',
    gap: 'entre grupos',
    other: '',
  },
  measured: 'Medida',
  measuredBasis: {
    'to-border': (from) =>
      `en línea recta de ${from} al punto más cercano de la frontera México–EE. UU.`,
    'straight-line': (from, to) => `en línea recta de ${from} a ${to}`,
    'along-reports': (from, to) =>
      `de ${from} a ${to} en líneas rectas entre posiciones reportadas (por carretera es más)`,
  },
  dateBasis: {
    printed: 'Fecha impresa en el reporte',
    caption: 'Fecha del pie de foto',
    weekday: 'Día de la semana resuelto con la fecha de publicación',
    relative: 'Fecha relativa ("ayer") resuelta con la fecha de publicación',
    published: 'Solo se conoce la fecha de publicación',
    inferred: 'Fecha deducida del contexto',
  },
  seedArticle: (file) => `artículo fuente ${file}`,
  legendReported: 'Ruta reportada',
  legendUnreported: 'Sin reportes entre medio',
  legendLatest: 'Última posición',
  legendEvent: 'Otro suceso',
  units: { people: 'personas', mi: 'mi', km: 'km', days: 'días', hours: 'horas' },
  noWebgl:
    'Este navegador no puede dibujar el mapa interactivo (necesita WebGL 2). Todos los reportes están abajo.',
  loadFailed: (detail) =>
    `No se pudieron cargar los datos del mapa (${detail}). Intente recargar la página.`,
  stripCrowdTitle: 'Tamaño de la multitud citado, caravana principal',
  stripCrowdNote: 'Cada punto es la cifra de un medio; una línea las une cuando no coinciden.',
  stripReports: 'Reportes',
  crowdRange: (low, high) => `${low} a ${high}`,
};

export const MESSAGES = { en, es } as const;
export type Language = keyof typeof MESSAGES;
