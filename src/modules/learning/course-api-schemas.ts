import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { courseInput } from './course-input.js';
import { COURSE_AUDIENCES, COURSE_STATUSES, ENROLMENT_MODES } from './schema.js';

const Text = (max: number) =>
  z.object({ en: z.string().max(max).default(''), zh: z.string().max(max).default('') });

const NewLesson = z.object({
  title: Text(300),
  body: Text(200_000).default({ en: '', zh: '' }).describe('Markdown'),
  videoUrl: z
    .string()
    .max(2000)
    .optional()
    .describe('A link to the video (shown as a link, never played by itself)'),
  estimatedMinutes: z.int().min(1).max(10_000).optional(),
});

const NewQuiz = z.object({
  passMark: z.int().min(0).max(100).describe('Percent of the marks that passes'),
  questions: z
    .array(
      z.object({
        text: Text(10_000),
        options: z
          .array(z.object({ text: Text(1000), correct: z.boolean() }))
          .min(2)
          .max(20),
      }),
    )
    .min(1)
    .max(100)
    .describe(
      'Choice questions: one right option makes a single-answer question, several a multiple-answer one',
    ),
});

/** The API's create: the course form's fields, plus the status, its lessons and an optional quiz. */
export const CourseCreateSchema = courseInput
  .extend({
    status: z.enum(COURSE_STATUSES).default('draft'),
    requireAllLessons: z.boolean().default(true),
    requireQuizzes: z.boolean().default(true),
    inStep: z.boolean().default(false),
    lessons: z.array(NewLesson).max(200).default([]).describe('In order, in one module'),
    quiz: NewQuiz.optional().describe(
      'Its questions go into the question bank and are asked as fixed questions',
    ),
  })
  .openapi('CourseCreate');

export const CourseCreatedSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    lessons: z.array(z.object({ id: z.uuid() })),
    quiz: z.object({ id: z.uuid() }).nullable(),
  })
  .openapi('CourseCreated');

export const CourseSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: Bilingual,
    summary: Bilingual,
    audience: z.enum(COURSE_AUDIENCES),
    topics: z.array(z.string()),
    ipRights: z.array(z.string()),
    estimatedMinutes: z.int().nullable(),
    status: z.enum(COURSE_STATUSES),
    translationStatus: z.enum(['complete', 'needs_translation', 'outdated']),
    lessons: z.int().describe('How many lessons'),
    url: z.string().describe('The course page (English; /zh/ for Chinese)'),
  })
  .openapi('CourseSummary');

export const CourseListQuery = z.object({
  audience: z.enum(COURSE_AUDIENCES).optional().describe('Courses for this audience (and for everyone)'),
  topic: z.string().max(50).optional(),
  status: z.enum(COURSE_STATUSES).optional().describe('Managers only; published by default'),
});

const OutlineItem = z.object({
  kind: z.enum(['lesson', 'quiz']),
  id: z.uuid(),
  title: Bilingual,
});

export const CourseDetailSchema = CourseSummarySchema.extend({
  enrolment: z
    .enum(ENROLMENT_MODES)
    .describe('Who may enrol: anyone, with the key, or the registrants of an event'),
  version: z.int(),
  modules: z.array(z.object({ id: z.uuid().nullable(), title: Bilingual, items: z.array(OutlineItem) })),
  enrolmentId: z.uuid().nullable().describe('The caller’s enrolment, when they have one'),
}).openapi('Course');

export const EnrolBodySchema = z
  .object({
    key: z.string().max(100).optional().describe('The enrolment key, for a course that asks for one'),
  })
  .openapi('EnrolmentRequest');

export const EnrolledSchema = z.object({ id: z.uuid() }).openapi('Enrolled');

export const ProgressSchema = z
  .object({
    id: z.uuid().describe('The enrolment'),
    courseId: z.uuid(),
    lessons: z.int(),
    lessonsDone: z.int(),
    progress: z.number().min(0).max(1).describe('The share of the course’s lessons done, 0…1'),
    completed: z.boolean(),
    completedAt: z.iso.datetime().nullable(),
    certificate: z
      .object({
        code: z.string().describe('The verification code printed on the certificate'),
        url: z.url().describe('The certificate’s public verification page'),
      })
      .nullable()
      .describe('The completion certificate, once completed'),
    credentialUrl: z.url().nullable().describe('The Open Badges 3.0 credential, once issued'),
  })
  .openapi('EnrolmentProgress');
