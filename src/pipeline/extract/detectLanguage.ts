import type { Language } from './findDates.ts';

const SPANISH =
  /\b(?:el|la|los|las|del|que|por|para|con|una|según|hacia|caravana|migrantes|personas)\b/giu;
const ENGLISH = /\b(?:the|of|and|to|is|that|for|with|was|were|caravan|migrants|people)\b/giu;

/** English or Spanish, by which language's common words the text uses more. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const es = sample.match(SPANISH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return es > en ? 'es' : 'en';
}
