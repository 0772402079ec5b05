import type * as z from 'zod';
import { eventRowSchema, placeSchema, sourceSchema } from '../core/schema.ts';

/** The field tables of data/README.md, written from the schema's own descriptions. */
export function schemaDocs(): string {
  return [
    section('data/events.csv: one row per reported fact', eventRowSchema),
    section('data/places.csv: the places the log uses', placeSchema),
    section('data/sources.csv: the articles the log cites', sourceSchema),
  ].join('\n');
}

function section(title: string, schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const required = f.safeParse(undefined).success ? 'optional' : 'required';
    return `| \`${name}\` | ${required} | ${(f.description ?? '').replaceAll('|', '\\|')} |`;
  });
  return [`### ${title}`, '', '| column | | meaning |', '|---|---|---|', ...rows, ''].join('\n');
}
