import * as z from 'zod';
import { eventRowSchema, placeSchema, sourceSchema } from './schema.ts';

export const measurementSchema = z.object({
  km: z.number().nonnegative(),
  basis: z.enum(['to-border', 'straight-line', 'along-reports']),
  from: z.string(),
  to: z.string().optional(),
});

/** The built log the app loads (data/log.json): the validated tables and our measurements. */
export const logSchema = z.object({
  version: z.literal(1),
  places: z.array(placeSchema),
  sources: z.array(sourceSchema),
  rows: z.array(eventRowSchema),
  /** Our measured figure for each stated distance that has one, by row id. */
  measurements: z.record(z.string(), measurementSchema),
});
export type Log = z.infer<typeof logSchema>;
