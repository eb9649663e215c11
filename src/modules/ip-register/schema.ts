import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, updatedAt } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { users } from '../accounts/schema.js';
import { organisations } from '../directory/schema.js';
import { files } from '../files/schema.js';
import { JURISDICTIONS, RIGHTS } from './engine/input.js';
import type { ScheduleResult, Surcharge } from './engine/types.js';
import type { RightDates, RightOptions } from './input.js';

export const RIGHT_STATUSES = ['pending', 'in-force', 'lapsed', 'expired', 'abandoned'] as const;
export type RightStatus = (typeof RIGHT_STATUSES)[number];
/** Rights in these states have deadlines worth keeping: reminders, portfolio, calendar feed. */
export const LIVE_STATUSES: readonly RightStatus[] = ['pending', 'in-force'];

const day = (name: string) => date(name, { mode: 'string' });

/**
 * An organisation's IP right. The schedule the engine computed from it is kept with it (`schedule`) and
 * spread into `ip_deadlines`, so lists, reminders and feeds read stored dates instead of recomputing.
 */
export const ipRights = pgTable(
  'ip_rights',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jurisdiction: text('jurisdiction', { enum: JURISDICTIONS }).notNull(),
    rightKind: text('right_kind', { enum: RIGHTS }).notNull(),
    title: bilingual('title'),
    applicationNumber: text('application_number').notNull().default(''),
    registrationNumber: text('registration_number').notNull().default(''),
    owner: text('owner').notNull().default(''),
    status: text('status', { enum: RIGHT_STATUSES }).notNull().default('pending'),
    dates: jsonb('dates').$type<RightDates>().notNull().default({}),
    options: jsonb('options').$type<RightOptions>().notNull().default({}),
    notes: text('notes').notNull().default(''),
    schedule: jsonb('schedule').$type<ScheduleResult>(),
    /** The last day in force as computed, for sorting and display. */
    expiresOn: day('expires_on'),
    /** The schedule holds until this day (the last grace end); afterwards a renewable right's next cycle is due. */
    scheduleValidUntil: day('schedule_valid_until'),
    engineVersion: text('engine_version').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('ip_rights_org_idx').on(t.organisationId, t.createdAt),
    index('ip_rights_refresh_idx').on(t.scheduleValidUntil),
  ],
);

/** Who is reminded of a right's deadlines: people of the owning organisation. */
export const ipRightResponsibles = pgTable(
  'ip_right_responsibles',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => ipRights.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.rightId, t.userId] }), index('ip_right_resp_user_idx').on(t.userId)],
);

/** Every deadline of every right, as last computed; replaced whenever the right or the rules change. */
export const ipDeadlines = pgTable(
  'ip_deadlines',
  {
    id: id(),
    rightId: uuid('right_id')
      .notNull()
      .references(() => ipRights.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    jurisdiction: text('jurisdiction', { enum: JURISDICTIONS }).notNull(),
    rightKind: text('right_kind', { enum: RIGHTS }).notNull(),
    /** Whether the right is pending or in force (copied from the right, so lists filter on one index). */
    live: boolean('live').notNull(),
    /** Stable across recomputations: kind, year and office. */
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    year: doublePrecision('year'),
    office: text('office'),
    label: jsonb('label').$type<Bilingual>().notNull(),
    due: day('due').notNull(),
    dueRaw: day('due_raw').notNull(),
    opens: day('opens'),
    graceEnds: day('grace_ends'),
    graceEndsRaw: day('grace_ends_raw'),
    /** What paying in the grace period costs (a percentage, or the Chinese monthly late-fee bands). */
    surcharge: jsonb('surcharge').$type<Surcharge>(),
    basis: jsonb('basis').$type<Bilingual>().notNull(),
    uncertain: boolean('uncertain').notNull().default(false),
    calendarMissing: jsonb('calendar_missing').$type<string[]>().notNull().default([]),
    /** The next reminder to send and its lead time in days (182, 91, 30, 7 stand for 6, 3, 1 months and a week). */
    nextReminderOn: day('next_reminder_on'),
    nextReminderLead: integer('next_reminder_lead'),
  },
  (t) => [
    // Lists read live deadlines only, by organisation and date.
    index('ip_deadlines_live_idx').on(t.organisationId, t.due).where(sql`${t.live}`),
    index('ip_deadlines_right_idx').on(t.rightId),
    index('ip_deadlines_reminder_idx').on(t.nextReminderOn).where(sql`${t.nextReminderOn} is not null`),
  ],
);

/** A deadline dealt with (fee paid, renewal filed): it leaves the upcoming list and sends no more reminders. */
export const ipDeadlineMarks = pgTable(
  'ip_deadline_marks',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => ipRights.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    doneOn: day('done_on').notNull(),
    markedBy: uuid('marked_by').references(() => users.id, { onDelete: 'set null' }),
    markedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.rightId, t.key] })],
);

/** Each reminder sent: one per right, deadline, due date and lead time, whatever the number of processes. */
export const ipRemindersSent = pgTable(
  'ip_reminders_sent',
  {
    rightId: uuid('right_id')
      .notNull()
      .references(() => ipRights.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    due: day('due').notNull(),
    leadDays: integer('lead_days').notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.rightId, t.key, t.due, t.leadDays] })],
);

/**
 * An organisation lets an official or expert read its register: a named account, or an e-mail address
 * that takes effect for whoever holds (or later opens) an account with it. Revoked shares are kept.
 */
export const ipShares = pgTable(
  'ip_shares',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    granteeUserId: uuid('grantee_user_id').references(() => users.id, { onDelete: 'cascade' }),
    granteeEmail: text('grantee_email').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('ip_shares_active_key')
      .on(t.organisationId, sql`lower(${t.granteeEmail})`)
      .where(sql`${t.revokedAt} is null`),
    index('ip_shares_email_idx').on(sql`lower(${t.granteeEmail})`),
  ],
);

/** A personal calendar feed of one organisation's deadlines, reached by a secret URL (hash kept only). */
export const ipFeedTokens = pgTable(
  'ip_feed_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('ip_feed_tokens_user_idx').on(t.userId, t.organisationId)],
);

/** Documents attached to a right (certificates, notices, receipts); the bytes live in `files`. */
export const ipRightDocuments = pgTable(
  'ip_right_documents',
  {
    id: id(),
    rightId: uuid('right_id')
      .notNull()
      .references(() => ipRights.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    description: text('description').notNull().default(''),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('ip_right_documents_right_idx').on(t.rightId)],
);

/**
 * A checked CSV file waiting for its importer to confirm the preview; the confirmation names it instead
 * of sending the file back. Kept a day at most.
 */
export const ipImports = pgTable(
  'ip_imports',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csv: text('csv').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ip_imports_created_idx').on(t.createdAt)],
);

export type RightRow = typeof ipRights.$inferSelect;
export type DeadlineRow = typeof ipDeadlines.$inferSelect;
