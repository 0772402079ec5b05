import * as z from 'zod';
import { GROUPS } from '../../core/schema.ts';

/*
 * The embed's postMessage API, version 1. Every message is an object
 * `{ source: 'caravan-map', version: 1, type, ... }`.
 * Host → map: setTime { time: 'YYYY-MM-DD' | 'YYYY-MM-DDTHH' }, play, pause,
 *   setGroups { groups: Group[] } (the groups to show).
 * Map → host: ready { time, groups }, timechange { time }.
 */

export const PROTOCOL = { source: 'caravan-map', version: 1 } as const;

const envelope = { source: z.literal(PROTOCOL.source), version: z.literal(PROTOCOL.version) };

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...envelope,
    type: z.literal('setTime'),
    time: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/),
  }),
  z.object({ ...envelope, type: z.literal('play') }),
  z.object({ ...envelope, type: z.literal('pause') }),
  z.object({
    ...envelope,
    type: z.literal('setGroups'),
    groups: z.array(z.enum(GROUPS)).max(GROUPS.length),
  }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export type MapMessage =
  | { source: 'caravan-map'; version: 1; type: 'ready'; time: string; groups: string[] }
  | { source: 'caravan-map'; version: 1; type: 'timechange'; time: string };

/** A host message, or undefined for anything else: unknown, malformed or hostile. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  const parsed = hostMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The time as the API writes it: the UTC hour, "2018-10-25T12". */
export function apiTime(time: number): string {
  return new Date(time).toISOString().slice(0, 13);
}
