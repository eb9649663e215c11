import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';

/**
 * What another module adds to the events API (registration: seats, approval, window): fields that
 * creating or changing an event accepts, saved in the same transaction, and what every event of the
 * API carries under `registration`. Passed in where the app is composed, so events name no module;
 * the part parses its own fields again from the body, so its types stay its own.
 */
export interface EventApiPart {
  input: z.ZodRawShape;
  output: z.ZodType;
  /** Each event's `registration` value. */
  read(db: Db, eventIds: string[]): Promise<Map<string, unknown>>;
  /** Saves the part's fields of a create (`creating`) or change request, in its transaction. */
  save(tx: Db, svc: Services, actor: Actor, eventId: string, body: unknown, creating: boolean): Promise<void>;
}
