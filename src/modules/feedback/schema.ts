import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bilingual, createdAt, id, translationColumns, updatedAt } from '../../db/columns.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { events } from '../events/schema.js';
import { registrations } from '../registration/schema.js';

export const INSTRUMENTS = ['test', 'survey'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Test questions are single or multiple choice; survey questions a 1–5 rating or a comment. */
export const FEEDBACK_QUESTION_KINDS = ['single', 'multiple', 'likert', 'comment'] as const;
export type FeedbackQuestionKind = (typeof FEEDBACK_QUESTION_KINDS)[number];
export const KINDS_OF: Record<Instrument, readonly FeedbackQuestionKind[]> = {
  test: ['single', 'multiple'],
  survey: ['likert', 'comment'],
};

export const PHASES = ['pre', 'post'] as const;
export type Phase = (typeof PHASES)[number];

/** A choice of a test question; `value` is stable, so answers survive a reworded label. */
export type TestOption = { value: string; label: Bilingual; correct: boolean };

/**
 * How an event collects feedback: whether its knowledge test and its survey are published, the
 * pass mark, and the windows. A null window takes its default from the event's dates (see
 * `windows.ts`), so moving the event moves the windows with it.
 */
export const feedbackSettings = pgTable(
  'feedback_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    testPublished: boolean('test_published').notNull().default(false),
    surveyPublished: boolean('survey_published').notNull().default(false),
    /** A post-test score at or above this percentage passes (the cascade asks for a pass). */
    passPercent: integer('pass_percent').notNull().default(60),
    /** Null: when the event begins (its first day, 00:00 China time). */
    preClosesAt: timestamp('pre_closes_at', { withTimezone: true }),
    /** Null: when the event ends (the day after its last day, 00:00 China time). */
    postOpensAt: timestamp('post_opens_at', { withTimezone: true }),
    /** Null: 30 days after the post-test opens. */
    postClosesAt: timestamp('post_closes_at', { withTimezone: true }),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [check('feedback_settings_pass_check', sql`${t.passPercent} between 0 and 100`)],
);

/** A question of an event's knowledge test (the same set before and after) or of its survey. */
export const feedbackQuestions = pgTable(
  'feedback_questions',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    instrument: text('instrument', { enum: INSTRUMENTS }).notNull(),
    position: integer('position').notNull().default(0),
    kind: text('kind', { enum: FEEDBACK_QUESTION_KINDS }).notNull(),
    prompt: bilingual('prompt'),
    /** Test questions: the choices, with the correct ones marked. */
    options: jsonb('options').$type<TestOption[]>().notNull().default([]),
    /** Test questions: why the answer is right, shown with the correct answers after the post-test. */
    explanation: bilingual('explanation'),
    /** Survey questions: whether it must be answered (a test question may always be left blank). */
    required: boolean('required').notNull().default(false),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('feedback_questions_event_idx').on(t.eventId, t.instrument, t.position)],
);

/** One registrant's pre-test or post-test: once each, scored when submitted. */
export const feedbackTestAttempts = pgTable(
  'feedback_test_attempts',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: PHASES }).notNull(),
    score: integer('score').notNull(),
    maxScore: integer('max_score').notNull(),
    lang: text('lang', { enum: ['en', 'zh'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The once-only rule: a second submission of the same phase fails on this key.
    uniqueIndex('feedback_test_attempts_once').on(t.registrationId, t.phase),
    index('feedback_test_attempts_event_idx').on(t.eventId, t.phase),
    check(
      'feedback_test_attempts_score_check',
      sql`${t.maxScore} > 0 and ${t.score} between 0 and ${t.maxScore}`,
    ),
  ],
);

/** What a registrant chose for one test question, and whether it was right (for per-question difficulty). */
export const feedbackTestAnswers = pgTable(
  'feedback_test_answers',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => feedbackTestAttempts.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => feedbackQuestions.id, { onDelete: 'cascade' }),
    selected: jsonb('selected').$type<string[]>().notNull().default([]),
    correct: boolean('correct').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.questionId] }),
    index('feedback_test_answers_question_idx').on(t.questionId),
  ],
);

/**
 * That a registration has answered the survey, and nothing else: the answers themselves are kept
 * in `feedback_survey_responses` without any link back, so they cannot be traced to a person.
 * The key makes a second submission fail.
 */
export const feedbackSurveyReceipts = pgTable('feedback_survey_receipts', {
  registrationId: uuid('registration_id')
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
});

/**
 * One anonymous survey response: no person, no time; its id is random, so neither an order nor a
 * moment of answering ties it to a receipt.
 */
export const feedbackSurveyResponses = pgTable(
  'feedback_survey_responses',
  {
    id: id(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [index('feedback_survey_responses_event_idx').on(t.eventId)],
);

export const feedbackSurveyAnswers = pgTable(
  'feedback_survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => feedbackSurveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => feedbackQuestions.id, { onDelete: 'cascade' }),
    rating: smallint('rating'),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index('feedback_survey_answers_question_idx').on(t.questionId),
    check('feedback_survey_answers_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

export const INVITATION_KINDS = ['pre', 'after'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/**
 * The e-mails sent: the pre-test invitation, and the after-event one (post-test and survey).
 * Written in the transaction that queues the message, so each goes out once even after the job
 * that sent it has been pruned from the queue.
 */
export const feedbackInvitations = pgTable(
  'feedback_invitations',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: INVITATION_KINDS }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.kind] })],
);
