import type { Measures } from '../../core/schema.ts';
import { findNumbers } from './findNumbers.ts';
import { longWay } from './longWay.ts';
import { mentionsCaravan } from './mentionsCaravan.ts';
import { namesBorder } from './namesBorder.ts';

/** A stated distance: the figure, its unit, and what the nearby words say it measures. */
export interface DistanceMatch {
  value: number;
  valueMax?: number;
  unit: 'mi' | 'km';
  measures: Measures;
  start: number;
  end: number;
}

const UNIT = /^\s*-?\s*(miles?|millas?|mi|kil[oó]metros?|kilometers?|kilometres?|kms?)\b\.?/iu;

const TOWARD =
  /^\s*(?:\w+\s+){0,3}?(?:of|from|to|short of|away from|de|desde|a|hasta|para)\s+(?:the\s+|la\s+)?/iu;
// "still 300 km to go", "about 240 km further on": what is left, said after the figure.
const STILL_AFTER =
  /^\s*(?:\w+\s+){0,2}?(?:still|to go|left|short of|restantes|por recorrer|faltan)\b/iu;
const AWAY = /^\s*(?:\w+\s+){0,2}?(?:away|further|farther)\b/iu;
// "hacia esta ciudad, distante unos 40 kilómetros": how far off, said before the figure.
const DISTANT = /\bdistantes?\s+(?:a\s+)?$/iu;
const NEXT_GOAL =
  /\b(?:next destination|(?:su |el )?(?:pr[oó]ximo|siguiente) destino|(?:su|their|its|the|la|\p{L}+['’]s) (?:(?:next|immediate)\s+)?(?:meta|goal)(?:\s+inmediata)?)(?![\p{L}])[^.;,]*,?\s*(?:(?:on|en) (?:the|la) [^,;.]{1,30},\s*)?(?:[\p{L}.]+,?\s+){0,3}$/iu;
// "a más de 900 kilómetros de Ciudad Juárez, su meta": the goal named after the figure.
const GOAL_AFTER =
  /^\s*(?:de|from|to)\s+[^,;.]{1,40},\s*(?:su|their|its|the group's|the caravan's)\s+(?:meta|goal|destino|destination|final destination)\b/iu;
// "began leaving Guadalajara … toward Tepic, about 220 km away": the day's stretch, not what is
// left from a rest stop.
const SETTING_OUT =
  /\b(?:leaving|left|leaves?|departs?|\p{L}+(?:ed|ing) out(?: of)?|set(?:s)? out|setting out|set off|departed|salieron|sal(?:i[oó]|en|e|id[oa]s?)|retom\p{L}+|dejaron|dej[oó]|partieron|parti[oó]|parten?|abandonaron|abandon[oó]|avanz(?:ar|an|aron|[oó])|siguieron|sigui[oó]|continuaron|continu[oó]|continued|pushed on|reanud\p{L}+|tomaron la carretera|tom[oó] la carretera|took the (?:road|highway))(?![\p{L}])[^.;]*$/iu;
// "La segunda caravana … permanece en Saltillo, a casi 200 kilómetros de distancia": how far
// behind the other group is.
const OTHER_GROUP =
  /\b(?:second|other|first|segund[oa]|otr[oa]|primer[oa]?)\s+(?:caravan|group|contingent|caravana|grupo|contingente)\b/iu;
// "a 300 kilómetros del primero", "100 km from the lead group": how far apart the groups are.
const FROM_OTHER_GROUP =
  /^\s*(?:de|del|from|of)\s+(?:the\s+|la\s+|el\s+)?(?:primer[oa]?|first|segund[oa]|second|other|otr[oa]|lead|leading|main|vanguardia|(?:caravana|grupo|contingente) principal)(?![\p{L}])/iu;
const ALONE_AWAY = /^\s*(?:\w+\s+){0,1}?(?:de distancia|away)\s*[,.;]/iu;
// "La caravana principal caminaba de Niltepec a Juchitán, unos 400 kilómetros más adelante",
// "170 people rode ahead and are now in Pisaflores, 45 km further on": how far ahead they are.
const FURTHER_ON =
  /^\s*(?:\([^)]*\)\s*)?(?:further on|farther on|further ahead|farther ahead|m[aá]s adelante)(?![\p{L}])/iu;
const AHEAD_GROUP =
  /\b(?:(?:caravana|grupo|contingente) principal|main (?:caravan|group|body)|rode ahead|went ahead|walked ahead|se adelant\p{L}+)(?![\p{L}])/iu;
const GOAL_APPOSED =
  /\b(?:hacia|rumbo a|(?:con |en )?direcci[oó]n a|(?:van|vamos|iremos|se dirigen) a|toward|towards|for|to)\s[^.;]{1,60},\s*(?:(?:which|that) (?:is|lies)\s+|que (?:est[aá]|queda)\s+)?(?:a\s+)?(?:about|some|roughly|nearly|unos|unas|casi|cerca de|poco m[aá]s de)?\s*$/iu;
const STANDS =
  /\b(?:is|are|lies|lie|sits|remains|está|están|queda|quedan|se encuentra|se encuentran)\s+(?:now\s+|still\s+|ahora\s+|a[uú]n\s+)?(?:a\s+)?(?:\p{L}+\s+){0,2}$/iu;
// "220 km up the coast from Tapachula, where they set out": all the way from the start.
const FROM_THE_START =
  /^[^.;]{0,40}?\b(?:from|of|de|desde)\s+[^,.;]{1,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,\s*(?:where|donde|de donde)\s+(?:they|it|the group|the caravan|the walk|the march|el grupo|la caravana|la caminata|la marcha)?\s*(?:had\s+)?(?:set out|set off|started|began|left|formed|gathered|se form[oó]|se reuni[oó]|empez[oó]|comenz[oó]|sali[oó]|salieron|parti[oó]|partieron)/iu;
// "1,700 miles from where it set out", "from the port where it set out", "from the start".
const FROM_WHERE_STARTED =
  /^\s*(?:from|desde|de)\s+(?:(?:the|el|la)\s+(?:\p{L}+\s+)?)?(?:(?:where|donde|de donde)\s+(?:it|they|the group|the caravan|el grupo|la caravana)?\s*(?:had\s+)?(?:set out|set off|started|began|left|sali[oó]|salieron|parti[oó]|partieron)(?![\p{L}])|start\b|inicio\b|punto de partida\b)/iu;
// "The ride is about 150 miles": the stretch named, then the figure.
const TRIP_IS =
  /\b(?:ride|walk|trek|hike|trip|journey|stretch|leg|recorrido|trayecto|tramo|caminata|viaje)(?:\s+(?:to|hacia|a|hasta)\s+[^,.;]{1,40}?|\s+de\s+(?:hoy|ayer|ma[ñn]ana))?(?:\s+(?:is|was|will be|es|fue|ser[aá])(?:\s+de)?\s+|,\s*)(?:\p{L}+\s+){0,2}$/iu;
const COVERED =
  /\b(?:into|covered|covering|travell?ed|walked|walking|hiked|come|came|so far|already|recorrid[oa]s?|recorrieron|recorri[oó]|recorrer|caminad[oa]s?|caminaron|caminar|avanzad[oa]s?|avanzaron|han recorrido|llevan|venido|cubrir|cubri[oó]|cubrieron|suma(?:n|ban)|acumula(?:n|ba|ban)?)(?![\p{L}])/iu;
// "Llevan 29 días de camino y les quedan unos 2 mil 400 kilómetros": what is left, said last.
const LEFT_LAST = /(?<![\p{L}])(?:quedan?|faltan?|restan?|still)(?![\p{L}])[^.;,]*$/iu;
// "walked 40 km on Tuesday" is that day's stretch; "have walked 300 km so far" is the total.
const SO_FAR =
  /\b(?:so far|already|since|desde que|in all|in total|from the start|in (?:\w+ )?(?:weeks|months)|en (?:\w+ )?(?:semanas|meses)|(?:has|have|had|having|['’]ve)\b[^.;]{0,40}?\b(?:covered|walked|travell?ed)|ya|en total|hasta ahora|llevan|(?:han|ha|hemos|hab[ií]an?) (?:recorrido|caminado))\b/iu;
// The words of SO_FAR that say "so far" outright, not only "had walked".
const SO_FAR_SAID =
  /\b(?:so far|already|since|desde que|in all|in total|from the start|weeks?|months?|semanas?|meses|ya|en total|hasta ahora|llevan)\b/iu;
// "today's 40-kilometre walk", "the 15-km stretch": the noun after the figure is a day's leg.
const TRIP_AFTER =
  /^\s*(?:(?:del|de la|of the)\s+)?(?:walk|trek|hike|trip|ride|march|stretch|leg|day|stage|push|climb|ascent|descent|caminata|recorrido|trayecto|tramo|jornada|etapa|subida|ascenso|bajada)\b/iu;
// "unos 28 kilómetros de camino de terracería": a stretch of road walked (not "1,000 miles of
// road still lie between", what is left).
const OF_ROAD =
  /^\s*(?:de|of) (?:camino|carretera|brecha|terracer[ií]a|cuesta|subida|road|highway|dirt road)\b(?![^.;]*\b(?:still|now|yet|todav[ií]a|a[uú]n|separan?|separates?)\b)/iu;
const STRETCH_BEFORE = /\b(?:tramo|stretch|trayecto|leg)\s+(?:de\s+|of\s+)?$/iu;
const GAP =
  /^\s*(?:\w+\s+){0,2}?(?:behind|ahead of|detr[aá]s del?|delante del?|adelante del?|atr[aá]s del?)(?![\p{L}])/iu;
// "is trailing the first by more than 1,300 miles": the gap, said before the figure.
const GAP_BEFORE = /\b(?:trailing|trails|lagging|behind|rezagad\p{L}*)\b[^.;]{0,40}\bby\s+$/iu;
// "After six weeks on the road and some 2,700 miles", "después de cinco semanas de camino y
// más de 4 mil kilómetros": the time and the way covered, told together.
const AFTER_DAYS_AND =
  /\b(?:after|despu[eé]s de|tras)\s+[^.;]{0,40}?\b(?:weeks?|months?|semanas|meses)\b[^.;]{0,30}?\s(?:and|y)\s+(?:some|about|roughly|nearly|more than|m[aá]s de|unos|cerca de|casi)?\s*$/iu;
// "for about 45 miles (72 km), reaching Cardel": the stretch, and the town it reached.
const REACHING_AFTER =
  /^\s*(?:\([^)]*\)\s*)?,\s*(?:reaching|arriving (?:in|at)|llegando a|hasta llegar a)\s+(?:the\s+)?\p{Lu}/u;
// "reached Quilalí on Monday night after about 25 miles (40 km)", "reached La Cruz … after a
// final 12 miles": the stretch that ended there, unless the words after make it the journey's.
const REACHED_AFTER =
  /\b(?:reached|arrived|got (?:in)?to|pulled into|walked into|llegaron|lleg[oó]|entraron|entr[oó])\b[^.;]{0,90}\b(?:after|tras|despu[eé]s de)\s+(?:(?:a|an|the|un|una|los|las)\s+)?(?:(?:final|last|further|[uú]ltim[oa]s)\s+)?(?:about|some|roughly|nearly|almost|around|unos|unas|cerca de|casi)?\s*$/iu;
const JOURNEY_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:on the road|of walking|de camino|de caminata|since|desde|from the|de la frontera)/iu;
// "after a walk of roughly 25 miles", "a climb of about 37 miles": the day's stretch, said
// before the figure.
const WALK_OF =
  /\b(?:walk|trek|hike|march|journey|trip|ride|push|stage|day|climb|descent|ascent|caminata|recorrido|trayecto|jornada|etapa|subida|bajada)\s+(?:of|de)\s+(?:about|some|roughly|nearly|almost|around|unos|unas|cerca de|casi)?\s*$/iu;
const DIRECTION =
  /^\s*(?:\w+\s+){0,2}?(?:north|south|east|west|northwest|northeast|southwest|southeast|up the (?:road|highway|coast)|down the (?:road|highway|coast)|al norte|al sur|al este|al oeste|hacia el norte|rumbo al norte|m[aá]s adelante)\b/iu;
// "80 kilómetros desde Donají": the stretch from a named town to where the group is.
const FROM_TOWN = /^\s*(?:from|desde)\s+\p{Lu}/u;
const TO_TOWN = /^\s*(?:(?:up|down|on)\s+to|to|a|hasta)\s+\p{Lu}/u;
const THE_STRETCH = /\b(?:the|los|las)\s+(?:\p{L}+\s+)?$/iu;
// "pretenden llegar a la capital, a unos 150 km": what is left to a goal the group names.
const GOAL_BEFORE =
  /\b(?:hope to reach|aim(?:ing)? for|plan to reach|want to reach|pretenden? llegar a|esperan? llegar a|quieren llegar a|buscan llegar a)\b[^.;]{0,60}$/iu;
const LEG = /\b(?:from|between|desde|entre)\b[^,.;]{1,60}\b(?:to|and|a|hasta|y)\b/iu;
// "de Choluteca a San Lorenzo": town to town (case-sensitive, so "de mil a dos mil" is not).
const TOWN_TO_TOWN = /\bde\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+a\s+\p{Lu}/u;
// "a 25-mile walk from Tapachula": the leg that ended where the group is.
const TRIP_FROM =
  /^\s*(?:\p{L}+\s+)?(?:walk|trek|hike|journey|trip|ride|march|day|caminata|recorrido|trayecto|marcha|jornada)\s+(?:from|desde)\b/iu;
const DESTINATION = /\b(?:to|reach|toward|towards|hacia|hasta|rumbo a|llegar a)\s+\p{Lu}/u;
// "They've come about 130 km from the capital": all the way so far.
const CAME = /\b(?:come|came|venido)\b/iu;
// "La siguiente parada será Ciudad Isla, a unos 75 kilómetros": the next stretch.
const NEXT_STOP =
  /\b(?:next stop|next town|siguiente parada|pr[oó]xima parada|(?:el )?(?:siguiente|pr[oó]ximo) pueblo|la (?:siguiente|pr[oó]xima) (?:ciudad|localidad|poblaci[oó]n))(?![\p{L}])[^.;]*$/iu;
// "the 70-kilometer walk to Acayucan", "los 190 kilómetros que separan", "a 40 kilómetros de
// distancia", "the last 80 miles to Juárez": a stretch between two towns.
const TRIP_TO =
  /^\s*(?:\p{L}+\s+)?(?:walk|trek|hike|journey|trip|ride|march|stretch|leg|day|caminata|recorrido|trayecto|tramo|jornada)\s+(?:to|toward|towards|hacia|a|hasta)\b/iu;
const BETWEEN_TOWNS =
  /^\s*(?:(?:de|from)\s+\p{Lu}[^,.;]{0,40}?\s(?:a|to|hasta)\s+(?:la\s+|el\s+|esta\s+|this\s+)?\p{L}+|that separate|separating|separate|separates|que (?:l[oae]s? )?separan?|separan|separa|de distancia|between(?! them| the group| the caravan)|entre)\b/iu;
const DISTANCE_TO =
  /\b(?:distance|distancia)\s+(?:to|a|hasta)\s+([^;]{1,40}?)\s+(?:at|en|is|es)\s+$/iu;
const SEPARATES_THEM =
  /^\s*(?:(?:or more|o m[aá]s)\s+)?(?:of\s+\p{L}+\s+)?(?:now\s+|still\s+)?(?:separates?|separan?)\s+(?:them|the group|the caravan|the marchers|us)\s+(?:from|de)\s/iu;
const BETWEEN_THEM = /^\s*between (?:them|the group|the caravan)\b/iu;
const LAST_STRETCH = /\b(?:the last|the final|los [uú]ltimos|las [uú]ltimas)\s+$/iu;
const APART = /^\s*(?:\w+\s+){0,1}?(?:apart|de distancia entre|separad[oa]s)\b/iu;
const GROUPS = /\b(?:groups|caravans|contingents|grupos|caravanas|contingentes)\b/iu;
// "The U.S. border lies some 1,400 miles": the border, then the figure.
const BORDER_IS =
  /\b(?:lies|is|remains|sits|está|queda|se encuentra)\s+(?:still\s+|a[uú]n\s+|a\s+)?(?:\p{L}+\s+){0,2}$/iu;
// "Aún les quedan unos 1.250 kilómetros hasta…": what is left, said before the figure.
const LEFT_TO_GO =
  /(?<![\p{L}])(?:still|remaining|left to go|a[uú]n|todav[ií]a|quedan?|faltan?|restan?|(?:les|nos) separan?)(?![\p{L}])[^.;]*$/iu;
const PER_DAY = /^\s*(?:\([^)]*\)\s*)?(?:an?|per|each|al|por|cada)\s+(?:day|d[ií]a|hour|hora)\b/iu;
// "A la frontera con Estados Unidos aún les separan": the border, then what is left.
const BORDER_FIRST =
  /(?:^|[,;:|]\s*(?:y\s+|and\s+|pero\s+|but\s+)?)\s*["“«]?\s*(?:to|a|hasta)\s+(?:the\s+|la\s+)?(?:U\.S\.\s+)?(?:border|frontera)(?:\s+(?:con|with)\s+(?:Estados Unidos|the United States|EE\.\s?UU\.|Texas|Arizona|California|Nuevo M[eé]xico|New Mexico))?\b[^,;]*$/iu;
// A town's name, not the country's or the border's: "Piedras Negras", not "U.S. border".
const TOWN_NAMED =
  /^\s*(?!(?:The|La|El)\s|U\.?S\.?(?![\p{L}])|United States|Estados Unidos|EE\.?\s?UU)\p{Lu}/u;
const TOWN_GOAL =
  /^\s*(?:more\s+|m[aá]s\s+)?(?:to go to|para llegar a|para alcanzar|para|to reach|to get to|to|from|de|hasta|toward|towards|hacia)\s+(?!(?:The|La|El)\s)\p{Lu}/u;
const NEAREST = /\b(?:nearest|closest|m[aá]s cercan[oa])\b/iu;
const TOWN_FIRST =
  /^\s*(?!(?:From|Desde|In|En|At)\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*,\s+(?:the|la|el|an?|una?|on|in|en)\s/u;
// "llegó desde Santiago Niltepec, a unos 40 kilómetros de aquí": the stretch just walked.
const FROM_APPOSED =
  /\b(?:desde|from|procedentes? de|(?:salieron|sali[oó]|partieron|parti[oó])(?:\s+\p{L}+){0,3}\s+de|left)\s+[^,;]{1,40},\s*(?:a\s+)?$/iu;
// "They plan to set out on Saturday for Campeche, 65 km to the north": what is left to a goal.
const PLAN_TO =
  /\b(?:plan|plans|planned|hope|hopes|intend|intends|planean|pretenden|esperan)\s+to\b|\b(?:prev[eé]n?|will|would)\b/iu;
// "160 km (100 miles)": the same distance again in the other unit.
// "That's about 150 miles, or 240 kilometers": the same again.
const CONVERSION_BEFORE = /\d[^()]{0,20}(?:\(\s*|,?\s+(?:or|o sea)\s+)(?:\p{L}+\s+)?$/u;

// "La caravana principal llegó a Córdoba, a más de 800 kilómetros al noroeste", "Entre ambos
// contingentes hay unos 400 kilómetros": how far another group is from this one.
const GROUP_NAMED =
  /\b(?:(?:second|other|first|main|lead|leading|segund[oa]|otr[oa]|primer[oa]?)\s+(?:caravan|group|contingent|body|caravana|grupo|contingente)|(?:caravana|grupo|contingente)\s+principal|grueso de la|ambos (?:grupos|contingentes)|ambas caravanas|both (?:groups|caravans)|the two (?:groups|caravans))\b/iu;
// How far off a figure says a place is: "de aquí", "away", "al norte", or nothing more.
const offHere = (more: string) =>
  new RegExp(
    String.raw`^\s*(?:\w+\s+){0,2}?(?:de aqu[ií]|from here|away|${more}|(?:al|to the)\s+(?:norte|sur|este|oeste|noroeste|noreste|north|south|east|west|northwest|northeast))(?![\p{L}])|^\s*(?:[.;]|$)`,
    'iu',
  );
const REMAIN_BEFORE =
  /\b(?:remain|remains|are still|is still|are now|is now|siguen|permanecen|se encuentran?)\s+(?:\p{L}+\s+){0,3}$/iu;
const FROM_HERE = offHere('ahead|behind|atr[aá]s|detr[aá]s|adelante');
const OF_HERE =
  /\b(?:de aqu[ií]|from here|de esta (?:ciudad|cabecera|localidad)|from this (?:city|town))(?![\p{L}])/iu;
// "Loreto está a unos 140 kilómetros al norte", "Durango city is about 100 miles from here":
// how far a town ahead lies.
const TOWN_STANDS =
  /\p{Lu}[\p{L}.'’-]*(?:\s+(?:city|town))?(?:,[^,.;]{1,60},)?\s+(?:is|lies|sits|est[aá]|queda)\s+(?:still\s+|now\s+|a[uú]n\s+|ahora\s+)?(?:a\s+)?(?:about|some|roughly|nearly|around|unos?|unas?|casi|cerca de|m[aá]s de)?\s*$/u;
const TOWN_AHEAD_AFTER = offHere('de distancia');
// "Esa misma noche durmió en Minatitlán, a unos 25 kilómetros.": the stretch walked to a stop.
const STOP_APPOSED =
  /\b(?:pernoct(?:[oó]|aron)|durmi(?:[oó]|eron)|slept|spent the night|lleg(?:[oó]|aron)|arrived|reached|se adelant(?:[oó]|aron))(?![\p{L}])[^.;]{0,60},\s*(?:a\s+)?(?:about|some|roughly|unos?|unas?|casi|cerca de)?\s*$/iu;

const AT_REST =
  /\b(?:descans\p{L}*|pernoct\p{L}*|durm\p{L}*|duermen?|permanec\p{L}*|siguen|estaban|acamp\p{L}*|camin(?:a|an|aba|aban)|camped|camps|remained|resting|rested|slept|spent the night|pasan? (?:hoy )?el d[ií]a)(?![\p{L}])[^.;]{0,120},\s*(?:a\s+)?(?:about|some|roughly|nearly|unos?|unas?|casi|cerca de|m[aá]s de)?\s*$/iu;
const THAT_IS = /(?:^|[.;:]\s*)(?:that['’]s|that is|it['’]s|eso es|son)\s+(?:\p{L}+\s+)?$/iu;
const FROM_NAMED =
  /^\s*(?:de|del|from|of)\s+(?:the\s+|la\s+|el\s+)?(?:\p{Lu}|(?:\p{L}+\s+)?(?:puesto fronterizo|paso fronterizo|border (?:post|crossing)|crossing)\b)/u;

// "les faltan unos 90 para llegar a Huajuapan": what is left, its unit said before.
const LEFT_UNSAID = /^\s+(?:m[aá]s\s+)?(?:para llegar|para alcanzar|para \p{Lu}|to go|more to)/u;
const LEFT_BEFORE = /\b(?:faltan?|quedan?|restan?|still|another)\s+(?:\p{L}+\s+){0,2}$/iu;

/** The distances a sentence states: "1,000 miles south of the border", "190 millas". */
export function findDistances(sentence: string): DistanceMatch[] {
  let lastUnit: string | undefined;
  return findNumbers(sentence).flatMap((n) => {
    const stated = UNIT.exec(sentence.slice(n.end));
    const unsaid =
      !stated &&
      lastUnit &&
      LEFT_UNSAID.test(sentence.slice(n.end)) &&
      LEFT_BEFORE.test(sentence.slice(0, n.start));
    const unit = stated ?? (unsaid ? ['', lastUnit] : undefined);
    if (!unit?.[1] || n.value <= 0) return [];
    lastUnit = unit[1];
    if (CONVERSION_BEFORE.test(sentence.slice(0, n.start))) return [];
    const end = n.end + unit[0].length;
    // "cannot walk 60 miles a day": a pace, not a stretch of this road.
    if (PER_DAY.test(sentence.slice(end))) return [];
    // "160 km (100 miles) to the west": the conversion in brackets says nothing of what it measures.
    const after = sentence.slice(end).replace(/^\s*\([^)]*\)/u, '');
    const toBorder = /^[^.;]{0,30}\b(?:border|frontera)\b/iu.test(after);
    const left = toBorder ? 'to-border' : 'to-destination';
    const figure = { value: n.value, unit: unitOf(unit[1]) };
    const measures = unsaid
      ? left
      : longWay(measuresOf(sentence.slice(0, n.start), after), figure, sentence, after);
    const valueMax = n.valueMax === undefined ? {} : { valueMax: n.valueMax };
    return [{ ...figure, ...valueMax, measures, start: n.start, end }];
  });
}

function unitOf(word: string): 'mi' | 'km' {
  return /^(?:mi|mil)/iu.test(word) ? 'mi' : 'km';
}

const FROM_TOWN_APPOSED =
  /\b(?:desde|from|procedentes? de)\s+\p{Lu}[^,;]{0,40},\s*(?:a\s+)?(?:unos\s+|about\s+|some\s+)?$/u;
// "La caravana principal, la que salió de San Pedro Sula, …": a start told in passing.
const IN_PASSING = /\b(?:que|who|which|that)\s+(?:\p{L}+\s+)?$/iu;

/** The group sets out in the sentence's own clause, not in a relative clause about it. */
function settingOut(before: string): boolean {
  const m = SETTING_OUT.exec(before);
  return m !== null && !IN_PASSING.test(before.slice(0, m.index));
}

// "left Tula at 4 a.m. on Wednesday, bound for Huichapan": a clock time ends no clause.
const CLOCK = /\b([ap])\.m\./giu;

// "continue to the United States, more than 2,000 miles away", "their goal is the United
// States, some 2,600 miles": the goal named is the border itself, not a town on some border
// ("La Piedad, on the Jalisco border, about 31 miles").
const GOAL_US =
  /\b(?:to|toward|towards|for|hacia|rumbo a|hasta|(?:goal|destination|meta|destino)\s+(?:is|es))\s+(?:the\s+|la\s+)?(?:United States|U\.S\.(?:\s+border)?|US(?:\s+border)?|Estados Unidos|EE\.\s?UU\.|frontera (?:con|de) Estados Unidos|frontera norte|border with the (?:United States|U\.S\.))\s*,\s*(?:\p{L}+\s+){0,3}$/iu;

/** What a distance measures, from the words just after it and the rest of the sentence. */
function measuresOf(said: string, after: string): Measures {
  const before = said.replace(CLOCK, '$1m');
  const near = after.slice(0, 60);
  // "…the first group gathered, and the U.S. border is still 1,000 miles away": no gap.
  const borderSaid = namesBorder(before.slice(-60));
  if (
    GAP_BEFORE.test(before) ||
    (ALONE_AWAY.test(after) && OTHER_GROUP.test(before) && !borderSaid) ||
    FROM_OTHER_GROUP.test(after) ||
    (FURTHER_ON.test(near) && (AHEAD_GROUP.test(before) || OTHER_GROUP.test(before)))
  ) {
    return 'gap';
  }
  // "Now 11 days into their journey, the migrants remain 1,000 miles from the nearest U.S.
  // border": where the group stands from the border, whatever was said before.
  const toward = TOWARD.exec(near);
  // "La Paz is still 80 km to the north, and the U.S. border …": only this figure's clause.
  const towardClause =
    near.slice(toward?.[0].length ?? 0).split(/,\s+(?:and|y|but|pero)\s|;/u)[0] ?? '';
  // "still 335 miles from Piedras Negras, on the Texas border": a town on the border is the goal.
  const townOnBorder = TOWN_NAMED.test(towardClause);
  if (REMAIN_BEFORE.test(before) && toward && !townOnBorder && namesBorder(towardClause)) {
    return 'to-border';
  }
  // "llegaron desde Ciudad Hidalgo, a 37 km de aquí": the stretch walked, whichever group.
  const walkedFrom = FROM_TOWN_APPOSED.test(before);
  if (
    GROUP_NAMED.test(before + after) &&
    FROM_HERE.test(near) &&
    !borderSaid &&
    // "La primera caravana salió de Niltepec …, unos 400 km al noroeste de aquí": still a gap.
    (!settingOut(before) || OF_HERE.test(near)) &&
    !walkedFrom
  ) {
    return 'gap';
  }
  // "put the distance to the U.S. border at about 1,500 miles".
  const distanceTo = DISTANCE_TO.exec(before);
  if (distanceTo) return namesBorder(distanceTo[1] ?? '') ? 'to-border' : 'to-destination';
  // "Another 1,700 miles or more separates them from Tijuana": what is left to the town.
  if (SEPARATES_THEM.test(after)) {
    return namesBorder(after.slice(0, 80)) ? 'to-border' : 'to-destination';
  }
  // "still have about 60 miles to walk to the border post", "still roughly 1,500 miles between
  // them and Tijuana": what is left, not a stretch walked.
  const stillLeft = LEFT_TO_GO.test(before.slice(-40));
  const stretch = TRIP_TO.test(near) || BETWEEN_THEM.test(near);
  if (LAST_STRETCH.test(before) || (stretch && !stillLeft) || BETWEEN_TOWNS.test(near)) {
    return 'leg';
  }
  if (TOWN_STANDS.test(before) && TOWN_AHEAD_AFTER.test(near) && !namesBorder(before.slice(-60))) {
    return 'to-destination';
  }
  // "…a Camargo, a 22 kilómetros, y ya descansa en el atrio": the clause may go on.
  const fromStart = FROM_THE_START.test(after.slice(0, 120)) || FROM_WHERE_STARTED.test(near);
  const stopEnds = /^\s*(?:[.;]|$|,\s*(?:y|and)\s)/u.test(near) || DIRECTION.test(near);
  if (STOP_APPOSED.test(before) && stopEnds && !fromStart) return 'leg';
  if (REACHED_AFTER.test(before) && !fromStart && !JOURNEY_AFTER.test(near)) return 'leg';
  // "About 250 km since Yaviza, in five days": the way covered from a start.
  if (/^\s*(?:since|desde que)\b/iu.test(near)) return 'covered';
  // "Six weeks and some 4,300 km (2,700 miles) later": the whole way so far.
  if (/^\s*(?:\([^)]*\)\s*)?later(?![\p{L}])/iu.test(near)) return 'covered';
  // "have travelled a journey of roughly 4,300 km": the whole way so far.
  if (WALK_OF.test(before) && SO_FAR.test(before.slice(-60))) return 'covered';
  if (TRIP_AFTER.test(near) || STRETCH_BEFORE.test(before) || WALK_OF.test(before)) return 'leg';
  // "walked … for about 45 miles (72 km), reaching Cardel on Wednesday night": the stretch.
  if (REACHING_AFTER.test(near)) return 'leg';
  if (TRIP_IS.test(before)) return 'leg';
  if (fromStart || AFTER_DAYS_AND.test(before)) return 'covered';
  if (APART.test(near)) return GROUPS.test(before + after) ? 'gap' : 'leg';
  if (COVERED.test(before.slice(-40)) && !LEFT_LAST.test(before.slice(-40))) {
    // "having covered the 260 km from Saltillo", "had walked the 70 km to Jacó": the stretch
    // from or to a town named.
    if (THE_STRETCH.test(before) && (FROM_TOWN.test(near) || TO_TOWN.test(near))) return 'leg';
    // "desde temprano" at the sentence's end says nothing of the figure.
    const around = before.slice(-60) + after.slice(0, 40);
    const came = CAME.test(before.slice(-40));
    // "They had walked about 85 km from Escárcega in five days": from a town named, the
    // stretch (journeyMeasure makes it the way covered where the town is the journey's start).
    if (FROM_TOWN.test(near) && !SO_FAR_SAID.test(around) && !came) return 'leg';
    // "tras recorrer unos 240 kilómetros desde la frontera": the way since entering the country.
    const sinceBorder = /^\s*(?:desde|from)\s+(?:la|the)\s+(?:frontera|border)\b/iu.test(near);
    return SO_FAR.test(around) || came || sinceBorder ? 'covered' : 'leg';
  }
  if (OF_ROAD.test(near)) return 'leg';
  // "La siguiente parada será Ciudad Isla, a 75 km" is the next stretch; "Palenque, the next
  // stop, lies 170 km to the north" and "su próximo destino, está a 18 km" what is left to it.
  if (NEXT_GOAL.test(before) || GOAL_AFTER.test(near)) {
    // "their goal is the United States, some 2,600 miles away": the border.
    return GOAL_US.test(before) ? 'to-border' : 'to-destination';
  }
  if (NEXT_STOP.test(before) && !LEFT_TO_GO.test(before.slice(-40))) {
    return BORDER_IS.test(before) ? 'to-destination' : 'leg';
  }
  if (FROM_APPOSED.test(before)) return 'leg';
  // "80 km para llegar a Tecún Umán, y 25 días para alcanzar la frontera norte": the words up
  // to the next figure or clause say where a distance runs to (the figure's other unit, in
  // brackets, set aside).
  const own = after.replace(/^\s*\([^)]*\)/u, '').split(/\d|;|,\s+(?:y|and|e)\s|\.\s+\(/u)[0] ?? '';
  const stillToGo = STILL_AFTER.test(near) || LEFT_TO_GO.test(before.slice(-40));
  // "para llegar a Matamoros, en la frontera con Texas", "Agua Prieta, the border city the
  // group is aiming for, is still 120 miles away": a town named as the goal is the destination,
  // unless it stands for the border ("McAllen, Texas, the nearest point on the U.S. border").
  const townGoal =
    (TOWN_GOAL.test(own) && !NEAREST.test(own)) ||
    (TOWN_FIRST.test(before) && !NEAREST.test(before));
  // "unos 530 kilómetros para llegar a Nogales": what is left, however it is said.
  const toReach = /^\s*para\s/iu.test(near);
  if ((stillToGo || toReach || AWAY.test(near)) && townGoal) return 'to-destination';
  if (BORDER_IS.test(before) && namesBorder(before.slice(-60))) return 'to-border';
  // "roughly 1,100 miles to McAllen, Texas, the nearest point on the U.S. border"
  if (toward && namesBorder(own.slice(toward[0].length, toward[0].length + 60))) {
    return 'to-border';
  }
  if (GAP.test(near)) return 'gap';
  if (COVERED.test(near.slice(0, 25)) && !stillToGo) return 'covered';
  if (stillToGo || AWAY.test(near) || DISTANT.test(before)) {
    // "A la frontera con Estados Unidos aún les separan unos 3,000 km": the goal said first.
    if (namesBorder(own) || (stillToGo && BORDER_FIRST.test(before)) || GOAL_US.test(before)) {
      return 'to-border';
    }
    return SETTING_OUT.test(before) && !stillToGo ? 'leg' : 'to-destination';
  }
  // "hacia la frontera de La Hachadura, a unos 118 kilómetros": how far the goal named lies.
  if (GOAL_APPOSED.test(before)) {
    if (GOAL_US.test(before)) return 'to-border';
    return SETTING_OUT.test(before) && !PLAN_TO.test(before) ? 'leg' : 'to-destination';
  }
  if (LEG.test(before + after) || TOWN_TO_TOWN.test(before + after) || TRIP_FROM.test(near)) {
    return 'leg';
  }
  // "Querétaro, about 120 miles north", "40 km to Huixtla": the stretch to the next town.
  if (GOAL_BEFORE.test(before)) return 'to-destination';
  // "The caravan is now 2,300 miles from Tijuana", "Tijuana lies 2,000 miles to the
  // northwest": where a place stands from the group is what is left to it.
  const standsAway = STANDS.test(before) && !SETTING_OUT.test(before);
  // "Tenosique lies 60 km from El Ceibo": a town from the last one is the stretch walked.
  const groupStands = standsAway && mentionsCaravan(before);
  if (FROM_TOWN.test(near)) return groupStands ? 'to-destination' : 'leg';
  // "la caravana se encuentra a unos 70 kilómetros de Sonoyta": what is left to that town.
  if (groupStands && /^\s*(?:de|from|of)\s+\p{Lu}/u.test(near)) return 'to-destination';
  if (DIRECTION.test(near)) return standsAway ? 'to-destination' : 'leg';
  if (DESTINATION.test(near) || DESTINATION.test(before.slice(-60))) return 'leg';
  // "descansa en Metapa, a 18 kilómetros de Tapachula", "camped here, some 12 km from the El
  // Florido crossing": from where the group rests, how far the town or crossing it names lies.
  if (AT_REST.test(before) && FROM_NAMED.test(near)) return 'to-destination';
  // "That's about 150 miles, and almost nobody walked all of it": the stretch just told.
  if (THAT_IS.test(before) && !TOWARD.test(near)) return 'leg';
  return 'other';
}
