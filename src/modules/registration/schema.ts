import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, translationColumns, updatedAt } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { users } from '../accounts/schema.js';
import { organisations, people } from '../directory/schema.js';
import { events } from '../events/schema.js';
import { files } from '../files/schema.js';

export const REGISTRATION_MODES = ['closed', 'open', 'invitation'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/**
 * How an event takes registrations, one row per event that takes any. The row is also the lock:
 * every change to the event's seats (a registration, a cancellation, an approval, a capacity
 * change) takes it `FOR UPDATE` first, so the seats are handed out one transaction at a time and
 * `arrival_counter` numbers the arrivals in the order they took the lock.
 */
export const registrationSettings = pgTable(
  'registration_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: REGISTRATION_MODES }).notNull().default('closed'),
    /** Seats; null means no limit. */
    capacity: integer('capacity'),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    /** At most this many confirmed seats per organisation; null means no quota. */
    quotaPerOrganisation: integer('quota_per_organisation'),
    /** Null: open from now on. */
    opensAt: timestamp('opens_at', { withTimezone: true }),
    /** Null: until the event begins. */
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** Registrants may cancel themselves until then; null: until the event begins. */
    cancellationDeadline: timestamp('cancellation_deadline', { withTimezone: true }),
    /** The last arrival number given out (see `registrations.arrival`). */
    arrivalCounter: bigint('arrival_counter', { mode: 'number' }).notNull().default(0),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('registration_settings_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check(
      'registration_settings_quota_check',
      sql`${t.quotaPerOrganisation} is null or ${t.quotaPerOrganisation} >= 1`,
    ),
  ],
);

/** One session of an event's programme: a day, a time, a title, a speaker and a room. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    startsAt: time('starts_at'),
    endsAt: time('ends_at'),
    title: bilingual('title'),
    /** The speaker as printed in the programme; `speakerPersonId` links the directory entry when known. */
    speaker: text('speaker').notNull().default(''),
    speakerPersonId: uuid('speaker_person_id').references(() => people.id, { onDelete: 'set null' }),
    room: bilingual('room'),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agenda_items_event_idx').on(t.eventId, t.day, t.startsAt)],
);

/**
 * Material handed out for a session: an uploaded file, or (once the library exists) a library
 * item. Exactly one of the two is set.
 */
export const agendaMaterials = pgTable(
  'agenda_materials',
  {
    id: id(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'cascade' }),
    /** A library item; its foreign key is added by the library module. */
    libraryItemId: uuid('library_item_id'),
    title: bilingual('title'),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('agenda_materials_item_idx').on(t.agendaItemId, t.position),
    check('agenda_materials_one_source', sql`(${t.fileId} is null) <> (${t.libraryItemId} is null)`),
  ],
);

export const QUESTION_KINDS = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'yes_no',
  'date',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type QuestionOption = { value: string; label: Bilingual };

/** A question of an event's registration form. */
export const registrationQuestions = pgTable(
  'registration_questions',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
    label: bilingual('label'),
    help: bilingual('help'),
    /** For the choice kinds: stable values (answers keep them when a label is reworded). */
    options: jsonb('options').$type<QuestionOption[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    /** Asked only when this earlier question has an answer (`showIfValue` empty) or that answer. */
    showIfQuestionId: uuid('show_if_question_id'),
    showIfValue: text('show_if_value').notNull().default(''),
    /** No longer asked; kept so the answers already given stay in the participant list. */
    hidden: boolean('hidden').notNull().default(false),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('registration_questions_event_idx').on(t.eventId, t.position)],
);

export const REGISTRATION_STATUSES = [
  /** A guest who has not yet followed the link in the confirmation e-mail; holds no seat. */
  'unconfirmed',
  /** Waiting for a manager's approval; holds no seat. */
  'pending',
  'confirmed',
  'waitlisted',
  'declined',
  'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_SOURCES = ['public', 'account', 'invitation', 'api', 'manager'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];

export const ORGANISATION_TYPES = ['government', 'enterprise', 'partner', 'other'] as const;
export const SEXES = ['female', 'male'] as const;

/**
 * One person's registration for one event. What the registrant typed is kept as typed (`name`,
 * `email`, `organisationName`); the links to the directory and to an account are added where a
 * match is certain, so reports can count by organisation type and sex without losing the original.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    /** The e-mail normalised (NFKC, trimmed, lower case): one live registration per person and event. */
    emailKey: text('email_key').notNull(),
    organisationName: text('organisation_name').notNull().default(''),
    /** As the registrant chose it, or the directory's kind of the linked organisation. */
    organisationType: text('organisation_type', { enum: ORGANISATION_TYPES }),
    sex: text('sex', { enum: SEXES }),
    /** Whose seats the quota counts: `org:<id>` for a directory organisation, else `name:<typed name>`. */
    quotaKey: text('quota_key'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    invitationId: uuid('invitation_id'),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    source: text('source', { enum: REGISTRATION_SOURCES }).notNull(),
    /**
     * The number this registration drew when it entered the allocation of seats, under the
     * event's lock: 1, 2, 3 … per event. The waiting list is served in this order.
     */
    arrival: bigint('arrival', { mode: 'number' }),
    /** The reason a manager gave when declining (shown to the registrant). */
    declineReason: text('decline_reason').notNull().default(''),
    cancelledBy: text('cancelled_by', { enum: ['registrant', 'manager'] }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /**
     * Bumped on every change a registrant is told about; with the event's calendar sequence, the
     * SEQUENCE of the attached .ics.
     */
    noticeSequence: integer('notice_sequence').notNull().default(0),
    /**
     * The event's calendar sequence the registrant last heard of: set when they register, raised when
     * they are told of new days or a new place, so each change is told once.
     */
    eventSequence: integer('event_sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('registrations_event_email_key')
      .on(t.eventId, t.emailKey)
      .where(sql`${t.status} <> 'cancelled'`),
    index('registrations_event_status_idx').on(t.eventId, t.status, t.arrival),
    index('registrations_quota_idx').on(t.eventId, t.quotaKey).where(sql`${t.status} = 'confirmed'`),
    index('registrations_user_idx').on(t.userId),
    index('registrations_email_idx').on(t.emailKey),
  ],
);

/** An answer to a registration question: text, a date, `yes`/`no`, an option value or a list of them. */
export const registrationAnswers = pgTable(
  'registration_answers',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => registrationQuestions.id, { onDelete: 'restrict' }),
    value: jsonb('value').$type<string | string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.questionId] }),
    index('registration_answers_question_idx').on(t.questionId),
  ],
);

/**
 * A nomination: a link sent to one e-mail address that registers that address (and no other)
 * for the event, even when registration is by invitation only. Only the token's hash is kept.
 */
export const eventInvitations = pgTable(
  'event_invitations',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    organisationName: text('organisation_name').notNull().default(''),
    lang: text('lang', { enum: ['en', 'zh'] })
      .notNull()
      .default('zh'),
    tokenHash: text('token_hash').notNull(),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('event_invitations_event_email_key').on(t.eventId, t.emailKey),
    uniqueIndex('event_invitations_token_key').on(t.tokenHash),
  ],
);
