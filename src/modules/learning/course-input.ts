import { z } from 'zod';
import { isUuid } from '../../lib/ids.js';
import { bilingualText, checkbox, line, optionalInt } from '../../web/fields.js';
import { IP_RIGHTS, TOPICS } from '../library/index.js';
import { isWebUrl } from '../news/index.js';
import { COURSE_AUDIENCES, ENROLMENT_MODES } from './schema.js';

export const COURSE_LIMITS = {
  title: 300,
  summary: 2000,
  body: 200_000,
  key: 100,
  keyMin: 4,
  links: 20,
} as const;

/** A form posts one value or several under the same name; '' means none. */
export const many = (v: unknown) =>
  v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];

/** A set of tags from a fixed list, in the list's order, without repeats. */
const tagList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    many,
    z
      .array(z.enum(values))
      .max(values.length * 2)
      .transform((xs) => values.filter((v) => xs.includes(v))),
  );

/** A missing pair counts as both empty, so the error lands on the English field a reader can reach. */
const pair = (opts: Parameters<typeof bilingualText>[0]) =>
  z.preprocess((v) => v ?? { en: '', zh: '' }, bilingualText(opts));

/** An optional id ('' or absent means none); `message` names what it should have been. */
const optionalId = (message: 'learning.course.error.unknownEvent' | 'learning.lesson.error.unknownModule') =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string().refine(isUuid, { message }).optional(),
  );

/** A course's own fields, as managers write them in the form or through the API. */
export const courseInput = z.object({
  title: pair({ max: COURSE_LIMITS.title, required: true }),
  summary: bilingualText({ max: COURSE_LIMITS.summary, multiline: true }),
  audience: z.enum(COURSE_AUDIENCES).default('everyone'),
  topics: tagList(TOPICS).default([]),
  ipRights: tagList(IP_RIGHTS).default([]),
  estimatedMinutes: optionalInt(1, 100_000),
  enrolment: z.enum(ENROLMENT_MODES).default('open'),
  /** A new enrolment key; left empty, the stored one (its hash) stays. */
  enrolmentKey: line(COURSE_LIMITS.key)
    .refine((k) => k === '' || k.length >= COURSE_LIMITS.keyMin, {
      message: 'learning.course.error.keyShort',
    })
    .optional()
    .default(''),
  enrolmentEventId: optionalId('learning.course.error.unknownEvent'),
  requireAllLessons: checkbox().default(false),
  requireQuizzes: checkbox().default(false),
  requireEventId: optionalId('learning.course.error.unknownEvent'),
  /** The editor confirms both languages say the same. */
  inStep: checkbox().default(false),
});
export type CourseInput = z.output<typeof courseInput>;

const webUrlOrEmpty = line(2000).refine((s) => s === '' || isWebUrl(s), {
  message: 'learning.lesson.error.videoUrl',
});

/** Library items named one per line: a slug, or the address of the item's page. */
const libraryRefs = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : [])
      .map((s) => String(s).trim())
      .filter(Boolean)
      .map((s) => s.replace(/^.*\/library\/items\//, '').replace(/[?#].*$/, '')),
  z.array(z.string().max(300)).max(COURSE_LIMITS.links),
);

/** A lesson as managers write it: bilingual Markdown, a video link, library items. */
export const lessonInput = z.object({
  title: pair({ max: COURSE_LIMITS.title, required: true }),
  body: bilingualText({ max: COURSE_LIMITS.body, multiline: true }),
  videoUrl: webUrlOrEmpty.optional().default(''),
  estimatedMinutes: optionalInt(1, 10_000),
  libraryItems: libraryRefs.default([]),
  /** Another module of the same course to move the lesson to. */
  moduleId: optionalId('learning.lesson.error.unknownModule'),
  inStep: checkbox().default(false),
});
export type LessonInput = z.output<typeof lessonInput>;

/** A module's heading (it may be left empty: a course of one module needs none). */
export const moduleInput = z.object({ title: bilingualText({ max: COURSE_LIMITS.title }) });
export type ModuleInput = z.output<typeof moduleInput>;

export const moveInput = z.object({ direction: z.enum(['up', 'down']) });

/** The catalogue's filters, for its page and the API alike. */
export const catalogueQuery = z.object({
  audience: z.enum(COURSE_AUDIENCES).optional(),
  topic: z.enum(TOPICS).optional(),
});
