import { clauseBefore } from './clauseBefore.ts';
import type { PlaceMention } from './findPlaces.ts';
import { hometownBefore } from './hometownBefore.ts';

// Words of a plan or of what is left to do: the place after them is not where the group was.
const PLAN =
  /\b(?:short of|to go|left to|the plan is to|el plan es|(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?)\b[^,;.]{0,40}?\b(?:about|of)|aim(?:s|ed|ing)? for|habl(?:an|aban|aron|a|ó) de|argu(?:e|es|ed|ing) for|float(?:s|ed|ing)?|(?:proposed|suggested) (?:going|heading|walking|moving)|(?:propus\p{L}+|propon\p{L}+|sugiri\p{L}+|suger\p{L}+) \p{L}+(?:ar|er|ir)|expects? (?:the|a) (?:walk|trip|journey|march|stretch) to|plante\p{L}+|instead of|en (?:lugar|vez) de|will|would|could|might|consider(?:s|ed|ing)? (?:taking|going|walking|heading|moving)|(?:considerad[oa]s?|consideraron) \p{L}+(?:ar|er|ir)|still (?:face|faces|has|have|had) (?:about |some |roughly |nearly |another |more than )?[\d.,]+ ?(?:-?(?:km|kil[oó]met\p{L}*|kilomet\p{L}*|miles?|millas?))|['’]ll|\p{L}{3,}(?:aremos|eremos|iremos)|whether (?:or not )?to|si (?:ir|seguir|dirigirse|avanzar|caminar)|plans? to|planned to|planning to|hopes? to|hoped to|hoping to|plan(?:s|ned)? (?:an?|the) \p{L}+ (?:to|for)|se espera que|is expected to|are expected to|expects? to|expected to|intends? to|para \p{L}+(?:ar|er|ir)(?:se|la|lo|los|las)?|esperan? \p{L}+(?:ar|er|ir)|qu(?:e|ie)r\p{L}* \p{L}+(?:ar|er|ir)|wants? to|wanted to|hasta llegar|\p{L}{3,}(?:ar|er|ir)(?:á|án)|(?:est[aá] )?previsto que|se prev[eé] que|seguir[aá]n?|llegar[aá]n?|estar[aá]n?|saldr[aá]n?|partir[aá]n?|planean?|pretenden?|esperan? llegar|prev[eé]n?|faltan?|(?:les|le|nos|me|a[uú]n|todav[ií]a) quedan?)(?![\p{L}])/iu;
// "after a stay of several days in", "tras una estancia en", "who had waited for months in":
// a stay before the story's day.
const EARLIER_STAY =
  /\b(?:after (?:a stay|spending|staying|several days)|had (?:spent|stayed|waited)|waited (?:for )?(?:months|weeks|years)|tras (?:una estancia|pasar|permanecer|(?:varios|unos|algunos|dos|tres|cuatro|cinco) d[ií]as)|despu[eé]s de (?:una estancia|pasar|permanecer)|hab[ií]an? (?:pasado|permanecido|esperado)|esperaron (?:durante )?(?:meses|semanas|a[ñn]os)|since (?:it|they|the group|the caravan) (?:formed|gathered|began|started))(?![\p{L}])[^,;]*$/iu;

// "descansan en Escuintla, a donde llegaron ayer", "in Puebla, where they arrived on Sunday",
// "permanece en Huimilpan, cabecera a la que llegó anoche".
// "from Córdoba, in Veracruz state, where many had slept Sunday night".
export const WHERE_ARRIVED =
  /^(?:,?\s*(?:in\s+)?\p{Lu}[\p{L}.]*(?:\s+state)?)?,\s*(?:(?:la\s+|el\s+|the\s+)?(?:cabecera|ciudad|pueblo|municipio|town|city)\s+)?(?:a donde|adonde|de donde|donde|a la que|al que|from where|where|which)\s+(?:(?:el|la|on|this|last|este|esta)\s+\p{L}+\s+)?(?:they\s+|many\s+|most\s+|had\s+|ha\s+|han\s+|hab[ií]an?\s+)*(?:arrived|llegado|got|reached|slept|spent|llegaron|lleg[oó]|arribaron|arrib[oó]|pasaron|pas[oó]|durmieron|durmi[oó]|pernoctaron|pernoct[oó]|descansaron|descans[oó]|salieron|sali[oó]|partieron|parti[oó]|left|set out)(?![\p{L}])/u;

// "90 km north of Huajuapan de León, Oaxaca, where the caravan set out on Saturday".
const WHERE_SET_OUT =
  /^(?:,\s*\p{Lu}[\p{L}.]*)?,\s*(?:where|donde|de donde)\s+(?:the|la|el)\s+(?:caravan|group|column|caravana|grupo|columna|contingente)\s+(?:set out|started|sali[oó]|parti[oó])(?![\p{L}])/u;

// "officials in Mexico City", "detained at a checkpoint near X", "a 60 km de Chiquimula", "Mi
// mamá se quedó en Santa Tecla": a place that is not the group's.
const NOT_THE_GROUPS =
  /(?:\b(?:pasaje|boleto|ticket|fare)(?:\s+de\s+(?:bus|autob[uú]s))?\s+(?:de|from)\s+(?:[^,;]{1,40}\s+(?:to|a|hasta)\s+)?|\b(?:trek|journey|trip|route|ride|recorrido|trayecto|ruta|viaje)\s+(?:from|de|desde)\s+(?:[^,;]{1,40}\s+(?:to|a|hasta)\s+)?|\b(?:road|route|highway|carretera|ruta)\s+(?:through|por)\s+|(?<!\b(?:on|along|of|took|take|taking|por|en|tomaron|tom[oó])\s+(?:the|la|el|su|their|its)\s+(?:\p{L}+\s+)?)\b(?:road|route|highway|carretera|ruta)\s+(?:to|a|hacia)\s+|\b(?:officials|officers|agents|authorities|government|ministry|office|spokes(?:man|woman|person)|embassy|consulate|autoridades|agentes|gobierno|funcionarios|oficina|secretar[ií]a|embajada|consulado)(?:\s+(?:de|of)\s+[\p{Ll}\s]{1,40}?)?\s+(?:in|at|en|de|from)\s+(?:the\s+|la\s+)?|\b(?:detained|arrested|deported|returned|went back|detenid[oa]s|arrestad[oa]s|deportad[oa]s|regres\p{L}*|retorn\p{L}*|devuelt[oa]s)\b[^,;]*|\b(?:relatives|family|familiares|parientes|aunt|uncle|grandmother|grandparents|sister|brother|mother|father|t[ií]a|t[ií]o|abuel[oa]s?|herman[oa]s?|madre|padre|mam[aá]|pap[aá]|mom|dad|wife|husband|espos[oa]|hij[oa]s|children|kids)\s+(?:(?:still|todav[ií]a|a[uú]n)\s+)?(?:(?:se\s+)?(?:qued[oó]|quedaron|vive|viven|sigue|siguen|espera|esperan)\s+|(?:stayed|remained|lives?|waits?|(?:is|are)\s+still)\s+)?(?:in|en)\s+(?:[^,;]{0,30},\s*)?|\b(?:que\s+(?:la\s+|lo\s+|los\s+|las\s+)?separan?|that separates?|separating)\b[^,;]*\b(?:de|from)\s+|\d[\d.,]*\s*(?:kil[oó]metros|kilomet(?:er|re)s|km|miles|millas)\s*(?:\([^)]*\))?\s*(?:de|from|away from|(?:(?:al|to the) )?(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|north|south|east|west|northeast|northwest|southeast|southwest) (?:de|of))\s+(?:la\s+|the\s+)?(?:(?:ciudad|city)\s+(?:de|of)\s+)?(?:[^,;\d]{1,50},\s*(?:at|in|en)\s+)?)$/iu;
const STRETCH_FROM =
  /\d[\d.,]*\s*(?:kil[oó]metros|kilomet(?:er|re)s|km|miles|millas)\s+(?:\([^)]*\)\s*)?(?:de|from)\s+$/iu;
// "Guatemala City, which the marchers hope to reach": a goal named before the plan.
const PLAN_AFTER =
  /^\s*,\s*(?:which|where|que|a donde|adonde|donde)\s+[^,;]{0,40}?\b(?:hope|plan|expect|aim|want|intend|esperan|planean|pretenden|quieren)/iu;

// "A Juárez les faltan todavía unos 600 kilómetros": what is left to the town.
const LEFT_TO_IT =
  /^\s+(?:(?:a[uú]n|todav[ií]a)\s+)?(?:les|le|nos|me)\s+(?:faltan?|quedan?|separan?)(?![\p{L}])/iu;

// "Unas 200 personas se quedaron en Puerto Cortés", "some 30 stayed behind in Colotlán": a few
// left behind where the group was, not where it is.
const LEFT_BEHIND =
  /\b\d[\d.,]*\s+(?:(?:personas|migrantes|people|migrants|de ellos|of them)\s+)?(?:\p{L}+\s+){0,2}?(?:se quedaron|se rezagaron|stayed behind|remained behind|were left behind)\s+(?:\p{L}+\s+){0,2}?(?:en|in|at)\s+$/iu;

// "In Mexico City, the Interior Ministry said": where officials spoke, not where the group is.
const OFFICIALS_THERE =
  /^(?:['’]s\s+(?:\p{L}+\s+){0,2}?(?:government|officials|authorities|mayor|governor|police|ministry)\b|\s+(?:state\s+|city\s+)?(?:officials|authorities|government)\b)|^\s*,\s*(?:an?\s+(?:[^,;]|\d,\d){0,60},\s*)?(?:the|la|el|las|los)\s+(?:\p{L}+\s+){0,2}?(?:ministry|government|officials|authorities|secretar[ií]a|gobierno|autoridades|mayor|alcald\p{L}*|governor|gobernador)(?![\p{L}])/iu;

// "Tapachula, is a day's walk up the road": a town still ahead.
const STILL_AHEAD =
  /^\s*,?\s*(?:is|lies|remains|queda|est[aá])\s+(?:still\s+|a[uú]n\s+)?(?:a|an|one|two|three|some|about|roughly|unos?|a unos)\b[^.;]{0,40}?\b(?:away|walk|drive|up the road|ahead|de distancia|de camino)\b/iu;

// "Mapastepec, the next town big enough to take them in, lies 25 miles on", "San Fernando está a
// unos 170 kilómetros de Ciudad Victoria": how far a town is, not that the group is there.
const LIES_AT =
  /^\s*(?:,[^,;.]{0,60},)?\s*(?:is|lies|sits|est[aá]|queda|se encuentra)\s+(?:still\s+|a[uú]n\s+|just\s+|only\s+|s[oó]lo\s+)?(?:a\s+)?(?:about|some|roughly|around|nearly|almost|more than|less than|unos?|unas?|cerca de|casi|m[aá]s de|apenas)?\s*\d[\d.,]*\s*-?\s*(?:miles?|millas|km|kil[oó]met\p{L}*)/iu;

// "no intentó pasar por el puente fronterizo": where the group did not go.
const NEGATED =
  /\b(?:no|nunca|never|not|didn['’]t|did not)\s+(?:\p{L}+\s+){0,2}?(?:pasar|cruzar|llegar|entrar|tomar|cross|reach|enter|go|take|taking)\b(?:(?!\b(?:y|and|but|pero|sino|instead)\b)[^,;])*$/iu;
// "1,700 caravan members have applied for refuge in Chiapas": where papers were asked for.
const APPLIED_IN =
  /\b(?:applied for|apply for|asked for|requested|sought|solicitado|solicitaron|solicitar|pidieron|pedir)\s+(?:\p{L}+\s+){0,3}(?:in|en)\s+$/iu;
// "La Comisión de Derechos Humanos de la Ciudad de México informó", "la Cruz Roja de Tapachula":
// a body named for the town, not the group there.
const BODY_OF =
  /(?<![\p{L}])(?:Comisi[oó]n|Secretar[ií]a|Instituto|Procuradur[ií]a|Defensor[ií]a|Fiscal[ií]a|Universidad|Cruz Roja|Congreso|Ayuntamiento|Alcald[ií]a|Gobierno|Commission|Institute|University|Red Cross|Ministry|Department)(?:\s+(?:\p{Lu}[\p{L}]*|de|del|of|for|los|las|la|el|the|y|and)){0,6}?\s+(?:de|del|of)\s+(?:la\s+|the\s+)?$/u;
// "A second caravan is expected in Mexicali this weekend": a plan.
const EXPECTED_IN = /\b(?:(?:is|are) expected in|se esperan? en|(?:es|son) esperad[oa]s? en)\s+$/iu;
// "La capital del estado está muy cerca": a town near the group, not where it is.
const NEARBY =
  /^\s*,?\s*(?:is|lies|est[aá]|queda)\s+(?:muy\s+|very\s+|quite\s+|still\s+|a[uú]n\s+)?(?:cerca|close|near(?:by)?|lejos|far)\b/iu;

/** A place that is a plan, what is left, an earlier stay or someone else's: not the group's now. */
export function notThereNow(text: string, place: PlaceMention): boolean {
  // "…de Mazatenango, donde pasaron la noche": the group was there after all.
  const after = text.slice(place.end);
  if (WHERE_ARRIVED.test(after) || WHERE_SET_OUT.test(after)) return false;
  return elsewhereBut(text, place);
}

/** "had spent several days in X": a stay before the story's day, unless its clause dates it. */
export function earlierStay(text: string, place: PlaceMention): boolean {
  return EARLIER_STAY.test(clauseBefore(text, place.start));
}

/** notThereNow, before reading a clause after the place that says the group was there. */
export function elsewhereBut(text: string, place: PlaceMention): boolean {
  const clause = clauseBefore(text, place.start);
  // "los 17 kilómetros de La Trinitaria a Comitán": the stretch's start, where the day began.
  if (STRETCH_FROM.test(clause) && /^\s+(?:a|al|hasta|to)\s+\p{Lu}/u.test(text.slice(place.end))) {
    return PLAN.test(clause);
  }
  if (PLAN.test(clause) || EARLIER_STAY.test(clause) || NOT_THE_GROUPS.test(clause)) return true;
  if (hometownBefore(text, place.start)) return true;
  if (APPLIED_IN.test(clause) || EXPECTED_IN.test(clause) || LEFT_BEHIND.test(clause)) return true;
  if (BODY_OF.test(clause)) return true;
  if (NEGATED.test(clause)) return true;
  const after = text.slice(place.end);
  return (
    PLAN_AFTER.test(after) ||
    LEFT_TO_IT.test(after) ||
    OFFICIALS_THERE.test(after) ||
    STILL_AHEAD.test(after) ||
    LIES_AT.test(after) ||
    NEARBY.test(after)
  );
}
