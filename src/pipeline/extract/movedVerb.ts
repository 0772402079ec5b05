// Verbs of the road: in a caravan story, "2,000 people slept here" are the caravan.
const MOVED =
  /(?<![\p{L}])(?:slept|sleep|walked|walk|marched|arrived|reached|rested|camped|trekked|hiked|set out|left|crossed|waded|stopped|covered|joined|se unieron|se sumaron|pernoctado|llegado|salido|caminado|descansado|dormido|recorrido|durmi[oó]|durmieron|pernoct[oó]|pernoctaron|caminaron|camin[oó]|caminar|marcharon|llegaron|lleg[oó]|arribaron|descansaron|descans[oó]|acamparon|cruzaron|cruz[oó]|dejaron|dej[oó]|tomaron la carretera|tom[oó] la carretera|took the (?:road|highway)|leaving|heading|set off|sets off|setting off|arriving|sleeping|spent the night|pasaron la noche|pas[oó] la noche|cruzar|stayed (?:put|in|at|behind)|se quedaron|se qued[oó]|permanecieron|permaneci[oó]|travell?ing|made the (?:trip|journey)|viajan|viajaban|ingresaron|ingres[oó]|entraron|salieron|sali[oó]|partieron|recorrieron|recorri[oó]|avanzaron|avanz[oó]|avanzar|(?:pulled|rolled|poured|streamed|trickled) into|entered|bedd(?:ing|ed) down|descansa(?:n|ba|ban)?|resting|spent \p{L}+ night|regroup(?:ed)?|duermen|dorm[ií]an|pernoctan|acampan|caminan|caminaban|se concentr(?:aron|[oó]|an)|partido|permanecen|cubrieron|cubri[oó]|rest day|d[ií]a de descanso|se aloja(?:n|ban|ron)|were (?:housed|sheltered)|jornada de descanso|se reunieron|gathered|esperan en|aguardan en)(?![\p{L}])/iu;

/** True when a sentence tells of people on the move: walking, sleeping, arriving, leaving. */
export function movedVerb(sentence: string): boolean {
  return MOVED.test(sentence);
}
