import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { body, json, optionalBearer, optionalBody } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import { siteUrlOf } from '../../lib/services.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { completionCertificateUrl } from './completion-certificate.js';
import type { CourseCredentials } from './completion-routes.js';
import { assertCourseEditor, canEditCourses } from './course-access.js';
import {
  CourseCreatedSchema,
  CourseCreateSchema,
  CourseDetailSchema,
  CourseListQuery,
  CourseSummarySchema,
  EnrolBodySchema,
  EnrolledSchema,
  ProgressSchema,
} from './course-api-schemas.js';
import { createFullCourse } from './course-create-full.js';
import { courseOutline } from './course-outline.js';
import { type CatalogueRow, countLessons, findCourse, listCourses } from './course-queries.js';
import { enrolInCourse } from './enrol.js';
import { type CourseProgress, enrolmentFor, markLessonDone, readableEnrolment } from './progress.js';
import { coursePath } from './views/learn-parts.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tags = ['learning'];

const create = createRoute({
  method: 'post',
  path: '/courses',
  tags,
  summary: 'Create a course with its lessons and, optionally, a quiz (managers)',
  description:
    'One request, one transaction: the course (a draft unless `status` says otherwise; publishing needs a lesson), one module of the lessons in order, and the quiz, whose questions are added to the question bank and asked as its fixed questions. The first version of the course is kept.',
  security: bearerSecurity,
  request: { body: body(CourseCreateSchema) },
  responses: { 201: json(CourseCreatedSchema, 'The course, its lessons and its quiz'), ...errorResponses },
});

const list = createRoute({
  method: 'get',
  path: '/courses',
  tags,
  summary: 'The catalogue: published courses, by audience and topic',
  security: optionalBearer,
  request: { query: CourseListQuery },
  responses: { 200: json(z.object({ courses: z.array(CourseSummarySchema) }), 'Courses'), ...errorResponses },
});

const read = createRoute({
  method: 'get',
  path: '/courses/{id}',
  tags,
  summary: 'A course with its outline (modules of lessons and quizzes)',
  description: 'Drafts only for managers; an archived course only for them and its learners.',
  security: optionalBearer,
  request: { params: IdParam },
  responses: { 200: json(CourseDetailSchema, 'The course'), ...errorResponses },
});

const enrol = createRoute({
  method: 'post',
  path: '/courses/{id}/enrolments',
  tags,
  summary: 'Enrol the caller in a course',
  description:
    'By the course’s rule: anyone; with `key` (a wrong key is a 422 at `key`; after 10 wrong keys in an hour every try is refused with 429 and nothing changes); or the confirmed registrants of its event (403 otherwise). 201 with the new enrolment; an existing enrolment is given back with 200, never a second one.',
  security: bearerSecurity,
  request: { params: IdParam, body: optionalBody(EnrolBodySchema) },
  responses: {
    201: json(EnrolledSchema, 'Enrolled'),
    200: json(EnrolledSchema, 'Already enrolled: the enrolment'),
    ...errorResponses,
    ...rateLimitedResponse,
  },
});

const complete = createRoute({
  method: 'post',
  path: '/lessons/{id}/complete',
  tags,
  summary: 'Mark a lesson done for the caller (who must be enrolled in its course)',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(ProgressSchema, 'The enrolment’s progress after it'), ...errorResponses },
});

const progress = createRoute({
  method: 'get',
  path: '/enrolments/{id}',
  tags,
  summary: 'An enrolment’s progress and completion (its learner, or a manager)',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(ProgressSchema, 'Progress'), ...errorResponses },
});

export function registerCourseApi(api: OpenAPIHono<AppEnv>, credentials: CourseCredentials) {
  // Who may create is settled before the body is validated, so a learner gets 401/403, not a 422.
  api.use('/courses', async (c, next) => {
    if (c.req.method === 'POST') assertCourseEditor(c.get('user'));
    await next();
  });
  api.use('/courses/*', async (c, next) => {
    if (c.req.method === 'POST') requireUser(c);
    await next();
  });

  api.openapi(create, async (c) => {
    const app = c.get('app');
    const input = c.req.valid('json');
    const made = await createFullCourse(app.database.db, c.get('user'), input, app.now());
    return c.json(
      {
        id: made.course.id,
        slug: made.course.slug,
        lessons: made.lessonIds.map((id) => ({ id })),
        quiz: made.quizId ? { id: made.quizId } : null,
      },
      201,
    );
  });

  const summary = (
    c: { get: (k: 'app') => { config: Parameters<typeof siteUrlOf>[0] } },
    r: CatalogueRow,
  ) => ({
    ...r,
    url: `${siteUrlOf(c.get('app').config)}/en${coursePath.page(r.slug)}`,
  });

  api.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const user = c.get('user');
    if (q.status && q.status !== 'published' && !canEditCourses(user)) throw new AppError('forbidden');
    const rows = await listCourses(c.get('app').database.db, user, q);
    return c.json({ courses: rows.map((r) => summary(c, r)) }, 200);
  });

  api.openapi(read, async (c) => {
    const db = c.get('app').database.db;
    const user = c.get('user');
    const course = await findCourse(db, user, { id: c.req.valid('param').id });
    if (!course) throw new AppError('not_found');
    const [outline, lessons, enrolment] = await Promise.all([
      courseOutline(db, course.id),
      countLessons(db, course.id),
      user ? enrolmentFor(db, user.id, course.id) : null,
    ]);
    return c.json(
      {
        ...summary(c, { ...course, lessons }),
        enrolment: course.enrolment,
        version: course.version,
        modules: outline.map((m) => ({
          id: m.id,
          title: m.title,
          items: m.items.map((i) => ({ kind: i.kind, id: i.id, title: i.title })),
        })),
        enrolmentId: enrolment?.id ?? null,
      },
      200,
    );
  });

  api.openapi(enrol, async (c) => {
    const app = c.get('app');
    // The body may be left out (a course without a key); when sent, it has been validated.
    const key = (c.req.header('content-type') ?? '').includes('json') ? c.req.valid('json').key : undefined;
    const r = await enrolInCourse(app.database.db, requireUser(c), c.req.valid('param').id, {
      key,
      now: app.now(),
    });
    return r.created ? c.json({ id: r.id }, 201) : c.json({ id: r.id }, 200);
  });

  api.openapi(complete, async (c) => {
    const app = c.get('app');
    const p = await markLessonDone(app.database.db, requireUser(c), c.req.valid('param').id, app.now());
    return c.json(await progressJson(c, p, credentials), 200);
  });

  api.openapi(progress, async (c) => {
    const p = await readableEnrolment(c.get('app').database.db, requireUser(c), c.req.valid('param').id);
    return c.json(await progressJson(c, p, credentials), 200);
  });
}

async function progressJson(c: Context<AppEnv>, p: CourseProgress, credentials: CourseCredentials) {
  const site = siteUrlOf(c.get('app').config);
  const credentialId = p.certificateCode
    ? (await credentials.idsOf(c.get('app').database.db, [p.enrolmentId])).get(p.enrolmentId)
    : undefined;
  return {
    id: p.enrolmentId,
    courseId: p.courseId,
    lessons: p.lessons,
    lessonsDone: p.lessonsDone,
    progress: p.progress,
    completed: p.completed,
    completedAt: p.completedAt ? p.completedAt.toISOString() : null,
    certificate: p.certificateCode
      ? {
          code: p.certificateCode,
          url: completionCertificateUrl(site, c.get('lang') ?? 'en', p.certificateCode),
        }
      : null,
    credentialUrl: credentialId ? credentials.url(site, credentialId) : null,
  };
}
