import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { eventRowSchema } from '../../core/schema.ts';
import { readCsv } from '../readCsv.ts';
import type { ScoredRow } from './evaluate.ts';

/** One invented article of the held-out set, with its answer key. */
export interface HeldoutArticle {
  file: string;
  text: string;
  published?: string;
  expected: ScoredRow[];
}

const event = eventRowSchema.shape;
const manifestRowSchema = z.object({
  file: z.string().regex(/^[a-z]{2}-\d{2}\.txt$/, 'must name an article like en-01.txt'),
  language: z.enum(['en', 'es']),
  published: event.date.optional(),
});
const expectedRowSchema = z.object({
  file: manifestRowSchema.shape.file,
  date: event.date,
  fact: event.fact,
  group: event.group,
  place: event.place,
  placeTo: event.placeTo,
  value: event.value,
  valueMax: event.valueMax,
  unit: event.unit,
  measures: event.measures,
  quote: event.quote,
});

/**
 * The held-out set in `dir`: manifest.csv (file, language, published) and expected.csv (the
 * answer key), or another key in the same form. Throws with file and line on a malformed row,
 * a missing article, or a quote its article does not hold.
 */
export function readHeldout(dir: string, key = 'expected.csv'): HeldoutArticle[] {
  const manifest = parseRows(dir, 'manifest.csv', manifestRowSchema);
  const expected = parseRows(dir, key, expectedRowSchema);
  const articles = manifest.map(({ value }) => ({
    file: value.file,
    text: readFileSync(join(dir, value.file), 'utf8'),
    ...(value.published ? { published: value.published } : {}),
    expected: [] as ScoredRow[],
  }));
  for (const { line, value } of expected) {
    const article = articles.find((a) => a.file === value.file);
    const at = `${join(dir, key)}:${line}`;
    if (!article) throw new Error(`${at}: file: ${value.file} is not in manifest.csv`);
    if (!article.text.includes(value.quote)) throw new Error(`${at}: quote: not in ${value.file}`);
    const { file: _file, ...row } = value;
    article.expected.push(row);
  }
  return articles;
}

function parseRows<T>(
  dir: string,
  name: string,
  schema: z.ZodObject<z.ZodRawShape> & z.ZodType<T>,
) {
  const path = join(dir, name);
  return readCsv(readFileSync(path, 'utf8'), path, Object.keys(schema.shape)).map(
    ({ line, cells }) => {
      const result = schema.safeParse(cells);
      if (result.success) return { line, value: result.data };
      const [issue] = result.error.issues;
      throw new Error(`${path}:${line}: ${issue?.path.join('.') || 'row'}: ${issue?.message}`);
    },
  );
}
