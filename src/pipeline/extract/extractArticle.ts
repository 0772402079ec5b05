import type { Gazetteer } from './buildGazetteer.ts';
import { detectLanguage } from './detectLanguage.ts';
import { findDateline } from './findDateline.ts';
import type { Language } from './findDates.ts';
import { type FoundReference, findReference } from './findReference.ts';
import { preferShortName } from './preferShortName.ts';
import { type Proposal, proposeRows } from './proposeRows.ts';
import { splitSentences } from './splitSentences.ts';

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** Publication day (YYYY-MM-DD), when known. */
  published?: string;
  /** Source id for the rows; `proposed` when the source is not in the log yet. */
  source?: string;
  /** The day to fall back on when the text gives none; the caller's clock. */
  today: string;
  /** The story's time, the log's latest day: a year-less date goes in the year nearest it. */
  storyDay?: string;
}

export interface Extraction {
  proposals: Proposal[];
  reference: FoundReference;
  language: Language;
}

/** The rows an article proposes, and the day its relative words were resolved against. */
export function extractArticle(text: string, options: ExtractOptions): Extraction {
  const sentences = splitSentences(text);
  const language = detectLanguage(text);
  const reference = findReference(
    sentences,
    language,
    options.published,
    options.today,
    options.storyDay,
  );
  const found = findDateline(sentences, options.gazetteer);
  const dateline = found && preferShortName(found, text);
  const proposals = proposeRows(sentences, {
    gazetteer: options.gazetteer,
    ...(dateline ? { dateline } : {}),
    reference,
    language,
    source: options.source ?? 'proposed',
    article: text,
  });
  return { proposals, reference, language };
}
