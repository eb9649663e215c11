import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, updatedAt } from '../../db/columns.js';
import { users } from '../accounts/schema.js';
import { events, programmes } from '../events/schema.js';
import { files } from '../files/schema.js';
import { cities } from '../places/schema.js';
import { registrations } from '../registration/schema.js';

/**
 * How an event takes part in the cascade. A training certifies trainers by default; a local
 * session only when a manager lets it (the next tier). `attendancePercent` is the share of the
 * event's days a participant must be checked in on to qualify; `sessionPlan` is the kit's plan.
 */
export const cascadeSettings = pgTable(
  'cascade_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    certifies: boolean('certifies').notNull().default(true),
    attendancePercent: integer('attendance_percent').notNull().default(100),
    sessionPlan: bilingual('session_plan'),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [check('cascade_settings_attendance_check', sql`${t.attendancePercent} between 1 and 100`)],
);

export const TRAINER_BASES = ['qualified', 'granted'] as const;
export type TrainerBasis = (typeof TRAINER_BASES)[number];

/**
 * A certified trainer of a programme, certified from one event (a training, or a local session
 * allowed to certify the next tier). The person is a registration of a training or a named
 * attendee of a local session; `level` is 1 for a trainer from a national training, 2 for one
 * certified at a session that trainer ran, and so on. A revoked trainer keeps the row.
 */
export const trainers = pgTable(
  'trainers',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'restrict' }),
    sourceEventId: uuid('source_event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'restrict' }),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'restrict' }),
    attendeeId: uuid('attendee_id').references(() => sessionAttendees.id, { onDelete: 'restrict' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    /** Where the trainer works: their local sessions are held in this city or province. */
    cityId: uuid('city_id')
      .notNull()
      .references(() => cities.id, { onDelete: 'restrict' }),
    province: text('province').notNull(),
    level: integer('level').notNull().default(1),
    basis: text('basis', { enum: TRAINER_BASES }).notNull(),
    reason: text('reason').notNull().default(''),
    grantedBy: uuid('granted_by'),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokedReason: text('revoked_reason').notNull().default(''),
  },
  (t) => [
    check('trainers_person_check', sql`(${t.registrationId} is null) <> (${t.attendeeId} is null)`),
    uniqueIndex('trainers_registration_key')
      .on(t.sourceEventId, t.registrationId)
      .where(sql`${t.revokedAt} is null and ${t.registrationId} is not null`),
    uniqueIndex('trainers_attendee_key')
      .on(t.sourceEventId, t.attendeeId)
      .where(sql`${t.revokedAt} is null and ${t.attendeeId} is not null`),
    index('trainers_programme_idx').on(t.programmeId, t.province, t.cityId),
    index('trainers_user_idx').on(t.userId),
  ],
);

export const VERIFICATION_STATES = ['pending', 'verified', 'queried', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/**
 * What a local session adds to its event row (kind `local`): who runs it, for whom, the claimed
 * headcount (kept apart from named attendees and never added to a verified count) and where its
 * verification stands. `signInKey` is the secret in the session's QR code.
 */
export const localSessions = pgTable(
  'local_sessions',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    trainerId: uuid('trainer_id')
      .notNull()
      .references(() => trainers.id, { onDelete: 'restrict' }),
    sector: text('sector').notNull().default(''),
    plannedSize: integer('planned_size'),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    claimedHeadcount: integer('claimed_headcount'),
    claimedNote: text('claimed_note').notNull().default(''),
    verification: text('verification', { enum: VERIFICATION_STATES }).notNull().default('pending'),
    signInKey: text('sign_in_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('local_sessions_sign_in_key').on(t.signInKey),
    index('local_sessions_trainer_idx').on(t.trainerId),
    check(
      'local_sessions_sizes_check',
      sql`(${t.plannedSize} is null or ${t.plannedSize} >= 0) and (${t.claimedHeadcount} is null or ${t.claimedHeadcount} >= 0)`,
    ),
  ],
);

export const VERIFICATION_STEPS = ['verified', 'queried', 'rejected', 'answered'] as const;
export type VerificationStep = (typeof VERIFICATION_STEPS)[number];

/** The history of a local session's verification: decisions, questions and the trainer's answers. */
export const sessionVerifications = pgTable(
  'session_verifications',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    step: text('step', { enum: VERIFICATION_STEPS }).notNull(),
    note: text('note').notNull().default(''),
    byUserId: uuid('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('session_verifications_event_idx').on(t.eventId, t.createdAt)],
);

export const ATTENDEE_SOURCES = ['qr', 'trainer', 'import', 'api'] as const;
export type AttendeeSource = (typeof ATTENDEE_SOURCES)[number];
export const ATTENDEE_SEXES = ['female', 'male'] as const;

/**
 * A named attendee of a local session. `personKey` is the normalised e-mail or mobile number
 * (one per person and session; the same key across sessions is the same person), `orgKey` the
 * unified social credit code when given, else the normalised organisation name and city.
 */
export const sessionAttendees = pgTable(
  'session_attendees',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    organisationCode: text('organisation_code').notNull().default(''),
    isSme: boolean('is_sme').notNull().default(true),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    sector: text('sector').notNull().default(''),
    sex: text('sex', { enum: ATTENDEE_SEXES }),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    personKey: text('person_key').notNull(),
    orgKey: text('org_key').notNull().default(''),
    source: text('source', { enum: ATTENDEE_SOURCES }).notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('session_attendees_person_key').on(t.eventId, t.personKey),
    index('session_attendees_person_idx').on(t.personKey),
    index('session_attendees_org_idx').on(t.orgKey),
  ],
);

export const EVIDENCE_KINDS = ['photo', 'sheet', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Photos and scanned sign-in sheets that back a local session's figures. */
export const sessionEvidence = pgTable(
  'session_evidence',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
    note: text('note').notNull().default(''),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('session_evidence_event_idx').on(t.eventId)],
);

export type FollowUpAnswers = Record<string, string | boolean | number>;

/**
 * One follow-up survey (three or six months after an event) for one person: a registration of a
 * training or a named attendee of a local session. Sent once, reminded once; the token is kept
 * only as its hash.
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    months: integer('months').notNull(),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'cascade' }),
    attendeeId: uuid('attendee_id').references(() => sessionAttendees.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    tokenHash: text('token_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    answers: jsonb('answers').$type<FollowUpAnswers>(),
    createdAt: createdAt(),
  },
  (t) => [
    check('follow_ups_months_check', sql`${t.months} in (3, 6)`),
    uniqueIndex('follow_ups_token_key').on(t.tokenHash),
    // Every scan reads the addresses that opted out: a small partial index, not the whole table.
    index('follow_ups_opted_out_idx').on(t.email).where(sql`${t.optedOutAt} is not null`),
    uniqueIndex('follow_ups_registration_key')
      .on(t.eventId, t.months, t.registrationId)
      .where(sql`${t.registrationId} is not null`),
    uniqueIndex('follow_ups_attendee_key')
      .on(t.eventId, t.months, t.attendeeId)
      .where(sql`${t.attendeeId} is not null`),
  ],
);

/** A programme's log-frame: each indicator's baseline and target, set by a manager. */
export const logframeTargets = pgTable(
  'logframe_targets',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    baseline: numeric('baseline', { mode: 'number' }),
    target: numeric('target', { mode: 'number' }),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);
