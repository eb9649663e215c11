import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { bilingual, createdAt, id, translationColumns, updatedAt } from '../../db/columns.js';
import { users } from '../accounts/schema.js';
import { events } from '../events/schema.js';
import { files } from '../files/schema.js';
import { libraryItems } from '../library/schema.js';

const tags = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_AUDIENCES = ['officials', 'smes', 'everyone'] as const;
/** Who may enrol: anyone signed in, whoever knows the key, or the registrants of one event. */
export const ENROLMENT_MODES = ['open', 'key', 'event'] as const;
export type EnrolmentMode = (typeof ENROLMENT_MODES)[number];

/**
 * A bilingual course: modules of lessons and quizzes. `version` counts saved states (kept in
 * `course_versions`); the completion rules say what finishing it takes.
 */
export const courses = pgTable(
  'courses',
  {
    id: id(),
    slug: text('slug').notNull(),
    title: bilingual('title'),
    summary: bilingual('summary'),
    audience: text('audience', { enum: COURSE_AUDIENCES }).notNull().default('everyone'),
    topics: tags('topics'),
    ipRights: tags('ip_rights'),
    estimatedMinutes: integer('estimated_minutes'),
    status: text('status', { enum: COURSE_STATUSES }).notNull().default('draft'),
    enrolment: text('enrolment', { enum: ENROLMENT_MODES }).notNull().default('open'),
    /** A hash of the enrolment key (never the key itself), when `enrolment` is `key`. */
    enrolmentKeyHash: text('enrolment_key_hash'),
    /** The event whose registrants may enrol, when `enrolment` is `event`. */
    enrolmentEventId: uuid('enrolment_event_id').references(() => events.id, { onDelete: 'set null' }),
    /** Completion: every lesson viewed, every required quiz passed, and this event attended. */
    requireAllLessons: boolean('require_all_lessons').notNull().default(true),
    requireQuizzes: boolean('require_quizzes').notNull().default(true),
    requireEventId: uuid('require_event_id').references(() => events.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...translationColumns(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('courses_slug_key').on(t.slug),
    index('courses_status_idx').on(t.status),
    check(
      'courses_enrolment_check',
      sql`(${t.enrolment} <> 'key' or ${t.enrolmentKeyHash} is not null) and (${t.enrolment} <> 'event' or ${t.enrolmentEventId} is not null)`,
    ),
  ],
);

/** Every saved state of a course with its modules, lessons and quizzes, so any two can be compared. */
export const courseVersions = pgTable(
  'course_versions',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    editedBy: uuid('edited_by'),
    editorName: text('editor_name').notNull().default(''),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.version] })],
);

/** A part of a course: a heading over lessons and quizzes, in order. */
export const courseModules = pgTable(
  'course_modules',
  {
    id: id(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: bilingual('title'),
  },
  (t) => [index('course_modules_course_idx').on(t.courseId, t.position)],
);

/** A lesson: bilingual Markdown, an optional video (a file or a link), attachments and library items. */
export const lessons = pgTable(
  'lessons',
  {
    id: id(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => courseModules.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: bilingual('title'),
    body: bilingual('body'),
    videoUrl: text('video_url').notNull().default(''),
    videoFileId: uuid('video_file_id').references(() => files.id, { onDelete: 'set null' }),
    estimatedMinutes: integer('estimated_minutes'),
    ...translationColumns(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('lessons_module_idx').on(t.moduleId, t.position), index('lessons_course_idx').on(t.courseId)],
);

export const lessonFiles = pgTable(
  'lesson_files',
  {
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.fileId] })],
);

export const lessonLibraryItems = pgTable(
  'lesson_library_items',
  {
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.itemId] })],
);

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'matching', 'numeric'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * A question of the bank, bilingual, tagged by topic and IP right (`tags`), filed in a category
 * (Moodle's category path, kept so an export gives the same tree back).
 */
export const questions = pgTable(
  'questions',
  {
    id: id(),
    type: text('type', { enum: QUESTION_TYPES }).notNull(),
    /** A short name for the bank's lists (Moodle's `name`). */
    name: text('name').notNull().default(''),
    idNumber: text('id_number'),
    category: text('category').notNull().default(''),
    text: bilingual('text'),
    generalFeedback: bilingual('general_feedback'),
    tags: tags('tags'),
    defaultMark: doublePrecision('default_mark').notNull().default(1),
    shuffle: boolean('shuffle').notNull().default(true),
    version: integer('version').notNull().default(1),
    hidden: boolean('hidden').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('questions_tags_idx').using('gin', t.tags),
    uniqueIndex('questions_id_number_key').on(t.idNumber),
  ],
);

/**
 * One option of a question. Choice and true/false: `text` and the share of the mark it earns
 * (`fraction`, -100…100). Matching: `text` is the item and `match` its answer. Numeric: `value`
 * within `tolerance` earns `fraction`. `feedback` is shown with the option after submission.
 */
export const questionOptions = pgTable(
  'question_options',
  {
    id: id(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: bilingual('text'),
    match: bilingual('match'),
    value: doublePrecision('value'),
    tolerance: doublePrecision('tolerance'),
    fraction: doublePrecision('fraction').notNull().default(0),
    feedback: bilingual('feedback'),
  },
  (t) => [
    index('question_options_question_idx').on(t.questionId, t.position),
    check('question_options_fraction_check', sql`${t.fraction} between -100 and 100`),
  ],
);

/** A quiz of a course: fixed questions and/or N drawn at random per tag; marked on the server only. */
export const quizzes = pgTable(
  'quizzes',
  {
    id: id(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').references(() => courseModules.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    title: bilingual('title'),
    /** The share of the marks (percent) that passes. */
    passMark: integer('pass_mark').notNull().default(60),
    attemptLimit: integer('attempt_limit'),
    timeLimitMinutes: integer('time_limit_minutes'),
    /** Whether passing it is part of completing the course. */
    required: boolean('required').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('quizzes_course_idx').on(t.courseId),
    check('quizzes_pass_mark_check', sql`${t.passMark} between 0 and 100`),
    check('quizzes_attempt_limit_check', sql`${t.attemptLimit} is null or ${t.attemptLimit} >= 1`),
    check('quizzes_time_limit_check', sql`${t.timeLimitMinutes} is null or ${t.timeLimitMinutes} >= 1`),
  ],
);

/** A question always asked by a quiz, in this order. */
export const quizQuestions = pgTable(
  'quiz_questions',
  {
    quizId: uuid('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.questionId] })],
);

/** `count` questions drawn at random from those carrying `tag`, for each attempt. */
export const quizDraws = pgTable(
  'quiz_draws',
  {
    quizId: uuid('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.tag] }), check('quiz_draws_count_check', sql`${t.count} >= 1`)],
);

export const ENROLMENT_SOURCES = ['self', 'key', 'event', 'manager', 'api'] as const;

/** A learner in a course: where they left off, and when they completed it. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: id(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ENROLMENT_SOURCES }).notNull().default('self'),
    lastLessonId: uuid('last_lesson_id').references(() => lessons.id, { onDelete: 'set null' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The completion certificate's public verification code, set once with `completedAt`. */
    certificateCode: text('certificate_code'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('enrolments_course_user_key').on(t.courseId, t.userId),
    uniqueIndex('enrolments_certificate_code_key').on(t.certificateCode),
    index('enrolments_user_idx').on(t.userId),
  ],
);

/** A lesson a learner has opened (and, once read to its end or marked, completed). */
export const lessonProgress = pgTable(
  'lesson_progress',
  {
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.lessonId] })],
);

/** One try at a quiz. The drawn questions are in `attempt_questions`; the mark is set on submit. */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: id(),
    quizId: uuid('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a timed attempt stops taking answers. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Percent of the marks, once submitted. */
    score: doublePrecision('score'),
    passed: boolean('passed'),
  },
  (t) => [
    uniqueIndex('quiz_attempts_number_key').on(t.quizId, t.enrolmentId, t.number),
    index('quiz_attempts_enrolment_idx').on(t.enrolmentId),
  ],
);

/**
 * A question as it was put in one attempt: its content then (`snapshot`, so later edits of the
 * bank do not change a review), the learner's response and the mark it earned.
 */
export const attemptQuestions = pgTable(
  'attempt_questions',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => quizAttempts.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    response: jsonb('response').$type<unknown>(),
    mark: doublePrecision('mark'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);

/**
 * xAPI 1.0.3 statements: kept for export, and sent to the learning record store by the job queue
 * when one is configured (`sentAt` set once it accepted the statement).
 */
export const xapiStatements = pgTable(
  'xapi_statements',
  {
    /** The statement's own id (a UUID, as xAPI requires). */
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    verb: text('verb').notNull(),
    objectId: text('object_id').notNull(),
    statement: jsonb('statement').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    tries: integer('tries').notNull().default(0),
    lastError: text('last_error').notNull().default(''),
  },
  (t) => [index('xapi_statements_unsent_idx').on(t.createdAt).where(sql`${t.sentAt} is null`)],
);

export const EVENT_COURSE_ROLES = ['pre-course', 'knowledge-test'] as const;
export type EventCourseRole = (typeof EVENT_COURSE_ROLES)[number];

/**
 * A course linked to a training event: an online pre-course its registrants take before it, or a
 * knowledge test whose completion counts as passing the event's post-test for trainer certification.
 */
export const eventCourses = pgTable(
  'event_courses',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    role: text('role', { enum: EVENT_COURSE_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.courseId] }), index('event_courses_course_idx').on(t.courseId)],
);
