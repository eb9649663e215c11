import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { events } from '../events/schema.js';
import { registrations } from './schema.js';

/**
 * The short code of a confirmed registration's ticket: what a person reads out or types when the
 * QR cannot be scanned. The signed QR needs no table (it is an HMAC of the id); the short code is
 * random, so it is stored, and unique within its event by index rather than by luck.
 */
export const tickets = pgTable(
  'tickets',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    shortCode: text('short_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tickets_event_short_code_key').on(t.eventId, t.shortCode)],
);

export type TicketRow = typeof tickets.$inferSelect;
