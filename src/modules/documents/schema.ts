import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { events } from '../events/schema.js';
import { files } from '../files/schema.js';
import { registrations } from '../registration/schema.js';

/** What a certificate says, frozen when it is issued: a later rename of the event does not rewrite it. */
export interface CertificateSnapshot {
  name: string;
  organisation: string;
  event: Bilingual;
  programme: Bilingual;
  partners: Bilingual[];
  city: Bilingual;
  startDate: string;
  endDate: string;
  /** The days the person was checked in, YYYY-MM-DD, and how many days the event had. */
  daysAttended: string[];
  eventDays: number;
  /** The registrant's language: the verification address printed opens in it. */
  lang: 'en' | 'zh';
}

/**
 * An attendance certificate. A registration has at most one that is not revoked (the partial
 * unique index settles concurrent issue requests); a revoked one may be replaced by a corrected
 * certificate with a new number, which names it in `replaces_id` (once: unique). `code` is the
 * random verification code printed on it; `seq` makes the human-readable number (`serialOf`), from
 * a sequence so two certificates never share one.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: id(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    code: text('code').notNull(),
    snapshot: jsonb('snapshot').$type<CertificateSnapshot>().notNull(),
    /** The staff member who issued it; null when the registrant downloaded it from their own page. */
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokedReason: text('revoked_reason'),
    /** The revoked certificate this one corrects; its verification page points here. */
    replacesId: uuid('replaces_id').references((): AnyPgColumn => certificates.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('certificates_registration_current_key')
      .on(t.registrationId)
      .where(sql`${t.revokedAt} is null`),
    uniqueIndex('certificates_replaces_key').on(t.replacesId),
    index('certificates_registration_idx').on(t.registrationId, t.seq),
    uniqueIndex('certificates_code_key').on(t.code),
    uniqueIndex('certificates_seq_key').on(t.seq),
    index('certificates_event_idx').on(t.eventId, t.seq),
  ],
);

export const EXPORT_KINDS = ['certificates', 'badges'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** A zip of an event's certificates or badges, built by a background job; the page polls `done/total`. */
export const documentExports = pgTable(
  'document_exports',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EXPORT_KINDS }).notNull(),
    status: text('status', { enum: EXPORT_STATUSES }).notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    error: text('error'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('document_exports_event_idx').on(t.eventId, t.createdAt),
    // One build at a time per event and kind: a double click starts it once.
    uniqueIndex('document_exports_running_key')
      .on(t.eventId, t.kind)
      .where(sql`${t.status} in ('queued', 'running')`),
  ],
);

export type CertificateRow = typeof certificates.$inferSelect;
export type ExportRow = typeof documentExports.$inferSelect;
