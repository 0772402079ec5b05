import { acrossClause } from './acrossClause.ts';
import type { DateMention } from './findDates.ts';
import type { Reading, Span } from './readSentence.ts';
import { spanGap } from './spanGap.ts';

/**
 * "crossed at El Ceibo on Saturday, reached Tenosique late yesterday": a date told right by
 * another town is that town's. With no date of its own, a town takes the sentence's.
 */
export function datesOfPlace(r: Reading, anchor: Span): DateMention[] {
  const others = r.places.filter((p) => p.end <= anchor.start || p.start >= anchor.end);
  const text = r.sentence.text;
  const participle = OPENING_PARTICIPLE.exec(text)?.[0];
  // "descansará hasta el domingo": a day ahead is a plan's, not where the group was;
  // "llegó a la plaza central tras entrar a México la víspera": the day of what came before.
  const told = r.dates.filter(
    (d) =>
      !d.ahead &&
      !(d.start >= anchor.end && AFTER_DOING.test(text.slice(anchor.end, d.start))) &&
      !ofTheSubject(text, d, anchor) &&
      !inOpening(participle, d, anchor) &&
      !inClauseAfter(PLACE_CLAUSE, text, d, anchor) &&
      !others.some((p) => anchor.end <= p.start && inClauseAfter(WHERE_CLAUSE, text, d, p)),
  );
  // "La caravana que el martes pernoctó en este municipio descansa hoy en X": the day that opens
  // the place's relative clause, not the main verb's after it.
  const opening = told.find((d) => relativeOpening(text, d, anchor));
  if (opening) return [opening];
  const own = told.filter(
    (d) =>
      !acrossClause(text, d, anchor) &&
      others.every((p) => acrossClause(text, d, p) || spanGap(d, anchor) <= spanGap(d, p)),
  );
  return own.length > 0 ? own : told;
}

// "Turned back the day before, the caravan left Tuxtepec": the day of the participle that opens
// the sentence, not of the clause after its comma.
const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+(?:ed|en|ing)\s[^,;]*,/u;

function inOpening(opening: string | undefined, date: Span, anchor: Span): boolean {
  return opening !== undefined && date.end <= opening.length && anchor.start >= opening.length;
}

// "A group of about 400 who split off from the caravan last week is in Navojoa": the day of
// the subject's relative clause, not of where it is now.
const RELATIVE_OPENS = /\b(?:who|that|which|que|quienes?)\s+[^,;]*$/iu;
const IS_NOW =
  /^\s*(?:is|are|remains?|est[aá]n?|sigue|siguen|permanecen?)\s+(?:now\s+|ya\s+|still\s+|a[uú]n\s+)?(?:in|at|en)\s+$/iu;

function ofTheSubject(text: string, date: Span, anchor: Span): boolean {
  return (
    date.end <= anchor.start &&
    IS_NOW.test(text.slice(date.end, anchor.start)) &&
    RELATIVE_OPENS.test(text.slice(Math.max(0, date.start - 60), date.start))
  );
}

// "el estadio Jesús Martínez, que llegó a alojar a 5 mil 900 personas la semana pasada,": a
// day the place's own relative clause tells of.
const PLACE_CLAUSE = /^[\s"”»']{0,3},\s*(?:que|which)\s[^,;]*,/iu;

// "salió de Querétaro tras una asamblea celebrada anoche": the day of the assembly; but "reached
// Huixtla after a 35-km walk on Monday" is the arrival's day too.
const AFTER_DOING =
  /\b(?:tras|despu[eé]s de|luego de|after|following)\s+(?:\p{L}+(?:ar|er|ir|ing)\b|(?:una?|el|la|the|an?)\s+(?![^,;]*\b(?:walk|trek|hike|journey|march|ride|trip|caminata|jornada|trayecto|recorrido|viaje|marcha)))/iu;

// "arrived in Chemax, about 80 km west of Cancún, where they set out on Monday": the day of
// another town's own "where" clause is that town's.
const WHERE_CLAUSE = /^,?\s*(?:where|donde|de donde|adonde|a donde)\s[^,;.]*/iu;

/** True when `date` lies in the clause `clause` finds right after `place`. */
function inClauseAfter(clause: RegExp, text: string, date: Span, place: Span): boolean {
  const m = clause.exec(text.slice(place.end));
  return m !== null && date.start >= place.end && date.end <= place.end + m[0].length;
}

// "que el martes pernoctó en": a relative pronoun, the day, one verb and a word of place.
const PRONOUN_BEFORE = /\b(?:que|which|that)\s+(?:on\s+|el\s+|la\s+)?$/iu;
const VERB_TO_PLACE =
  /^\s+\p{L}+\s+(?:en|a|al|de|in|at|to|into|from)\s+(?:(?:la|el|los|las|the|este|esta)\s+)?$/iu;

function relativeOpening(text: string, date: Span, anchor: Span): boolean {
  return (
    date.end <= anchor.start &&
    PRONOUN_BEFORE.test(text.slice(0, date.start)) &&
    VERB_TO_PLACE.test(text.slice(date.end, anchor.start))
  );
}
