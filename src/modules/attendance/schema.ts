import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from '../../db/columns.js';
import { events } from '../events/schema.js';
import { registrations } from '../registration/schema.js';

export const CHECK_IN_SOURCES = ['scan', 'code', 'search', 'import', 'api'] as const;
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];

/**
 * One person present on one day of an event. The pair (registration, day) is unique, so a second
 * scan, a retried request or an offline queue replayed twice all count once.
 */
export const checkIns = pgTable(
  'check_ins',
  {
    id: id(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    source: text('source', { enum: CHECK_IN_SOURCES }).notNull(),
    /** The staff member who checked the person in; null for an import without a signed-in user. */
    checkedInBy: uuid('checked_in_by'),
    /** When it happened, as the device saw it (an offline scan synced later keeps its own time). */
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('check_ins_registration_day_key').on(t.registrationId, t.day),
    index('check_ins_event_day_idx').on(t.eventId, t.day),
  ],
);

export type CheckInRow = typeof checkIns.$inferSelect;
