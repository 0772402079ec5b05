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
  estimatedBetween: (from: string, to: string) => string;
  lastReportedAt: (place: string) => string;
  reportsCount: (n: number) => string;
  play: string;
  pause: string;
  previousReport: string;
  nextReport: string;
  speed: string;
  speedOption: (daysPerSecond: string) => string;
  unitsLabel: string;
  languageLabel: string;
  languageName: string;
  playbackLabel: string;
  legendEstimate: string;
  groupsLabel: string;
  legendLabel: string;
  distancesHeading: string;
  distancesNone: string;
  measuredCovered: (from: string) => string;
  measuredToBorder: string;
  measuredToDestination: (place: string) => string;
  estimateNote: string;
  statedThatDay: string;
  tableSummary: (n: number) => string;
  tableCaption: string;
  columns: { date: string; group: string; place: string; report: string; source: string };
  goTo: (day: string) => string;
  /** Basemap label names by id (ISO numeric for countries, a slug for water). */
  mapNames: Record<string, string>;
  /** MapLibre's own strings (cooperative gestures, zoom buttons). */
  mapControls: Record<string, string>;
  staticMapAlt: string;
  moreReports: (n: number) => string;
  contextLost: string;
  share: string;
  embedCode: string;
  link: string;
  copy: string;
  copied: string;
  copyByHand: string;
  embedCredit: string;
  fullGraphic: string;
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
  estimatedBetween: (from, to) => `between ${from} and ${to} (estimated)`,
  lastReportedAt: (place) => `last reported at ${place}`,
  reportsCount: (n) => (n === 0 ? 'No report that day.' : n === 1 ? '1 report.' : `${n} reports.`),
  play: 'Play',
  pause: 'Pause',
  previousReport: 'Previous report',
  nextReport: 'Next report',
  speed: 'Speed',
  speedOption: (d) => `${d} ${d === '1' || d === '½' ? 'day' : 'days'} a second`,
  unitsLabel: 'Distances in',
  languageLabel: 'Language',
  languageName: 'English',
  playbackLabel: 'Playback',
  legendEstimate: 'Estimated position',
  groupsLabel: 'Show groups',
  legendLabel: 'Key',
  distancesHeading: 'How far, measured',
  distancesNone: 'No position reported yet.',
  measuredCovered: (from) => `covered since ${from}, in straight lines between reports`,
  measuredToBorder: 'to the nearest point of the US border, in a straight line',
  measuredToDestination: (place) => `to ${place}, in a straight line`,
  estimateNote: 'Measured from the estimated position between two reports.',
  statedThatDay: 'Stated in that day’s reports',
  tableSummary: (n) => `All ${n} reports, as a table`,
  tableCaption: 'Every report on the map, by date. The rows of the day shown are marked.',
  columns: {
    date: 'Date',
    group: 'Group',
    place: 'Where',
    report: 'What was reported',
    source: 'Source',
  },
  goTo: (day) => `Show ${day} on the map`,
  mapNames: {
    '484': 'Mexico',
    '840': 'United States',
    '320': 'Guatemala',
    '340': 'Honduras',
    '222': 'El Salvador',
    '084': 'Belize',
    '558': 'Nicaragua',
    'pacific-ocean': 'Pacific Ocean',
    'gulf-of-mexico': 'Gulf of Mexico',
  },
  mapControls: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  contextLost:
    'The map was interrupted by the browser and will come back in a moment; the reports below still follow the slider.',
  moreReports: (n) => `${n} more reports this day: see the table of all reports below.`,
  share: 'Share',
  embedCode: 'Embed code (sizes itself with pym.js)',
  link: 'Link to this view',
  copy: 'Copy',
  copied: 'Copied.',
  copyByHand: 'Selected: press Ctrl+C (⌘+C) to copy.',
  embedCredit: 'Sources: news reports. Basemap: Natural Earth. Places: GeoNames.',
  fullGraphic: 'Full graphic and all reports',
  staticMapAlt:
    'Map of the route the caravan was reported on, from San Pedro Sula, Honduras, through Guatemala and Mexico to Tijuana on the US border.',
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
  stripReports: 'Reports per day',
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
  estimatedBetween: (from, to) => `entre ${from} y ${to} (estimación)`,
  lastReportedAt: (place) => `último reporte en ${place}`,
  reportsCount: (n) =>
    n === 0 ? 'Sin reportes ese día.' : n === 1 ? '1 reporte.' : `${n} reportes.`,
  play: 'Reproducir',
  pause: 'Pausa',
  previousReport: 'Reporte anterior',
  nextReport: 'Reporte siguiente',
  speed: 'Velocidad',
  speedOption: (d) => `${d} ${d === '1' || d === '½' ? 'día' : 'días'} por segundo`,
  unitsLabel: 'Distancias en',
  languageLabel: 'Idioma',
  languageName: 'Español',
  playbackLabel: 'Reproducción',
  legendEstimate: 'Posición estimada',
  groupsLabel: 'Mostrar grupos',
  legendLabel: 'Clave',
  distancesHeading: 'Distancias medidas',
  distancesNone: 'Aún no hay posición reportada.',
  measuredCovered: (from) => `recorridos desde ${from}, en línea recta entre reportes`,
  measuredToBorder: 'hasta el punto más cercano de la frontera de EE. UU., en línea recta',
  measuredToDestination: (place) => `hasta ${place}, en línea recta`,
  estimateNote: 'Medido desde la posición estimada entre dos reportes.',
  statedThatDay: 'Citado en los reportes de ese día',
  tableSummary: (n) => `Los ${n} reportes, en una tabla`,
  tableCaption: 'Todos los reportes del mapa, por fecha. Se marcan las filas del día mostrado.',
  columns: {
    date: 'Fecha',
    group: 'Grupo',
    place: 'Dónde',
    report: 'Qué se reportó',
    source: 'Fuente',
  },
  goTo: (day) => `Mostrar el ${day} en el mapa`,
  mapNames: {
    '484': 'México',
    '840': 'Estados Unidos',
    '320': 'Guatemala',
    '340': 'Honduras',
    '222': 'El Salvador',
    '084': 'Belice',
    '558': 'Nicaragua',
    'pacific-ocean': 'Océano Pacífico',
    'gulf-of-mexico': 'Golfo de México',
  },
  mapControls: {
    'NavigationControl.ZoomIn': 'Acercar',
    'NavigationControl.ZoomOut': 'Alejar',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + rueda para acercar el mapa',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + rueda para acercar el mapa',
    'CooperativeGesturesHandler.MobileHelpText': 'Use dos dedos para mover el mapa',
  },
  contextLost:
    'El navegador interrumpió el mapa y volverá en un momento; los reportes de abajo siguen al control.',
  moreReports: (n) => `${n} reportes más este día: vea la tabla de todos los reportes abajo.`,
  share: 'Compartir',
  embedCode: 'Código para insertar (ajusta su altura con pym.js)',
  link: 'Enlace a esta vista',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyByHand: 'Seleccionado: pulse Ctrl+C (⌘+C) para copiar.',
  embedCredit: 'Fuentes: reportes de prensa. Mapa base: Natural Earth. Lugares: GeoNames.',
  fullGraphic: 'Gráfico completo y todos los reportes',
  staticMapAlt:
    'Mapa de la ruta reportada de la caravana, de San Pedro Sula, Honduras, por Guatemala y México hasta Tijuana, en la frontera de Estados Unidos.',
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
  stripReports: 'Reportes por día',
  crowdRange: (low, high) => `${low} a ${high}`,
};

export const MESSAGES = { en, es } as const;
export type Language = keyof typeof MESSAGES;
