import type { Gazetteer, PlaceCandidate } from './buildGazetteer.ts';
import { findPlaces } from './findPlaces.ts';
import { unlistedPlace } from './findUnlistedPlaces.ts';
import { sectionPlace } from './sectionPlace.ts';
import type { Sentence } from './splitSentences.ts';
import { titleCase } from './titleCase.ts';

// A story's dateline comes within its first lines: after the headline, a deck, a byline.
const HEAD_SENTENCES = 8;

// "POPTÚN, Petén.", "Pasaquina, La Unión.-", "Dolores Hidalgo (México), 16 sep (Agencia).-",
// "VANEGAS, San Luis Potosí —" (not a broadcast's "RADIO VOZ DEL SUR, CHOLUTECA —"): a
// dateline line whose town the gazetteer lists under another name, or not at all.
const DATELINE_LINE =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}\.|\s*\((?:M[eé]xico|Guatemala|Honduras|El Salvador|Nicaragua)\),\s*\d)|^\p{Lu}[\p{Lu}\s'’-]{2,40},\s*\p{Lu}\p{Ll}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*(?:\([^)]{1,40}\)\s*)?[—–]/u;

/** The town a story is filed from ("COATZACOALCOS, Mexico —", "Tenosique (México), 24 mar"). */
export function findDateline(
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): PlaceCandidate | undefined {
  // A dateline opens its paragraph; "Adelante, Denis." inside one is a presenter's cue.
  const head = sentences
    .slice(0, HEAD_SENTENCES)
    .filter((s, i) => s.paragraph !== sentences[i - 1]?.paragraph);
  for (const sentence of head) {
    const found = findPlaces(sentence.text, gazetteer).find((p) => p.dateline);
    if (found) return found.place;
  }
  const line = head.find((s) => DATELINE_LINE.test(s.text));
  return (
    (line && sectionPlace(line.text, gazetteer, true)) ??
    capitalsHead(head, gazetteer) ??
    reporterPlace(sentences, gazetteer)
  );
}

// "CHIQUIMULA. Un segundo grupo…", "SANTA CRUZ DEL QUICHÉ.- Unas 450 personas…",
// "HUEHUETENANGO.—": a town in capitals, then a full stop, opens a regional paper's story.
const CAPITALS_HEAD =
  /^(\p{Lu}[\p{Lu}'’-]+(?:\s+(?:(?:DE|DEL|LA|LAS|LOS|EL)\s+){0,2}\p{Lu}[\p{Lu}'’-]+){0,3})\.[-—–]?(?:\s|$)/u;

/** A dateline in capitals with a full stop, where the gazetteer lists the town. */
function capitalsHead(head: readonly Sentence[], gazetteer: Gazetteer): PlaceCandidate | undefined {
  for (const sentence of head) {
    const name = CAPITALS_HEAD.exec(sentence.text)?.[1];
    if (!name) continue;
    const found = listedTown(titleCase(name), gazetteer);
    if (found) return found;
  }
  return undefined;
}

/** The town the gazetteer lists under a name read as a dateline's ("Chiquimula, 1"). */
function listedTown(name: string, gazetteer: Gazetteer): PlaceCandidate | undefined {
  return findPlaces(`${name}, 1`, gazetteer).find((p) => p.dateline)?.place;
}

// "(MARCUS OYELARAN, LIVE, GUADALAJARA):", "(SAÚL JIMÉNEZ, EN VIVO DESDE CÁRDENAS, TABASCO):",
// "(Denis Matamoros, EN ENLACE DESDE SAN MARCOS DE COLÓN)".
const LIVE_FROM =
  /\b(?:LIVE|EN VIVO|EN ENLACE|REPORTING)(?:,\s*|\s+(?:FROM|DESDE)\s+)([\p{Lu}][\p{Lu}\s.'’-]*[\p{Lu}])/u;
// "Estoy en Quimistán", "Nuestro corresponsal Edwin Mita está en Jalpatagua", "Aquí, en el
// auditorio municipal de Ciudad Constitución": where a broadcast's reporter stands.
const REPORTER_AT =
  /\b(?:estoy|estamos|I['’]m|I am|we['’]re|we are)\s+(?:en|in|at|outside|afuera de|frente a)\s|\b(?:nuestr[oa]|our)\s+(?:reporter[oa]?|corresponsal|compañer[oa]|enviad[oa]|correspondent)\b[^.;:]{0,40}?\b(?:está|is|se encuentra)\s+(?:en|in|at)\s|(?<![\p{L}])(?:aqu[ií]|here),?\s+(?:en|in)\s/iu;

/** A broadcast's reporter on the scene: where "here" and "aquí" are. */
function reporterPlace(
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): PlaceCandidate | undefined {
  for (const sentence of sentences) {
    const name = LIVE_FROM.exec(sentence.text)?.[1];
    // "(LIVE, FEDERAL HIGHWAY 57)": a road, no town.
    if (name && !/\b(?:HIGHWAY|CARRETERA|AUTOPISTA|ROUTE|RUTA|ROAD)\b/u.test(name)) {
      const town = titleCase(name);
      // Where the reporter is live from is a place, listed or not: "EN VIVO, LA MESILLA".
      return listedTown(town, gazetteer) ?? unlistedPlace(town);
    }
    const at = REPORTER_AT.exec(sentence.text);
    if (!at) continue;
    const after = sentence.text.slice(at.index + at[0].length).split(/[.;]/u)[0] ?? '';
    // "Estoy en Quimistán, frente al instituto": a name there is a town, listed or not.
    const named = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+)*/u.exec(after)?.[0];
    const place =
      findPlaces(`in ${after}`, gazetteer).at(-1)?.place ?? (named && unlistedPlace(named));
    if (place) return place;
  }
  return undefined;
}
