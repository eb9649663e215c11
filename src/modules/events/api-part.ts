import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import type { Services } from '../../lib/services.js';
import type { Audience, EventStatus } from './schema.js';

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

/** The event fields of a create request, as the events API read them, for a part that creates the event itself. */
export interface EventCreateFields {
  title: Bilingual;
  description: Bilingual;
  venue: Bilingual;
  /** The city as sent (id, slug or name) and its province, if any. */
  city: string;
  province?: string;
  startDate: string;
  endDate: string;
  audience?: Audience;
  status?: EventStatus;
}

/**
 * Another kind of event the events API creates (the cascade's local sessions): the fields that make
 * a create request its own (`claims`), how it creates the event with its own rules of who may, and
 * what every event of that kind carries in the API. Passed in where the app is composed, so that
 * events name no module.
 */
export interface EventKindPart {
  /** Fields a create request takes for this kind (documented in `EventCreate`). */
  input: z.ZodRawShape;
  /** Fields an event of this kind adds to its JSON (optional in `Event`). */
  output: z.ZodRawShape;
  claims(body: Record<string, unknown>): boolean;
  /** Creates the event in the transaction, authorising the actor itself; returns its id. */
  create(tx: Db, svc: Services, actor: Actor, fields: EventCreateFields, body: unknown): Promise<string>;
  /** Checks a changed event of this kind still keeps the kind's rules, in the change's transaction. */
  afterUpdate(tx: Db, actor: Actor, eventId: string): Promise<void>;
  /** The extra JSON of those of `eventIds` that are of this kind. */
  read(db: Db, eventIds: string[]): Promise<Map<string, Record<string, unknown>>>;
}
