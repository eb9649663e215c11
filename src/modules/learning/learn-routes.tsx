import { eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { type FieldErrors, getFormQuery, postedField } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { events } from '../events/schema.js';
import { canEditCourses } from './course-access.js';
import { catalogueQuery } from './course-input.js';
import { courseOutline, outlineLessons } from './course-outline.js';
import { findCourse, listCourses } from './course-queries.js';
import { confirmedRegistrant, enrolInCourse } from './enrol.js';
import { myCourses } from './my-learning.js';
import { courseProgress, enrolmentFor, lessonsDone } from './progress.js';
import { CataloguePage } from './views/catalogue.js';
import { CoursePage } from './views/course-page.js';
import { coursePath } from './views/learn-parts.js';
import { MyLearningPage } from './views/my-learning.js';

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,120}}';

async function showCourse(
  c: Context<AppEnv>,
  slug: string,
  o: { errors?: FieldErrors; message?: string; status?: 200 | 403 | 409 | 422 | 429 } = {},
) {
  const db = c.get('app').database.db;
  const user = c.get('user');
  const course = await findCourse(db, user, { slug });
  if (!course) throw new AppError('not_found');
  const [outline, enrolment] = await Promise.all([
    courseOutline(db, course.id),
    user ? enrolmentFor(db, user.id, course.id) : null,
  ]);
  const [progress, done] = enrolment
    ? await Promise.all([courseProgress(db, enrolment.id), lessonsDone(db, enrolment.id)])
    : [null, new Set<string>()];
  const lessons = outlineLessons(outline);
  const resume =
    enrolment?.lastLessonId ?? lessons.find((l) => !done.has(l.id))?.id ?? lessons[0]?.id ?? null;
  let event = null;
  if (course.enrolment === 'event' && course.enrolmentEventId && !enrolment) {
    const [e] = await db
      .select({ title: events.title })
      .from(events)
      .where(eq(events.id, course.enrolmentEventId));
    if (e)
      event = {
        title: e.title,
        eligible: !!user && (await confirmedRegistrant(db, user, course.enrolmentEventId)),
      };
  }
  const t = c.get('t');
  const url = new URL(c.req.url);
  const notice = c.req.query('enrolled') ? t('learning.enrol.done') : undefined;
  return render(
    c,
    {
      title: course.title[c.get('lang')] || course.title.en || course.title.zh,
      section: 'learning',
      status: o.status ?? 200,
    },
    <CoursePage
      t={t}
      lang={c.get('lang')}
      path={url.pathname + url.search}
      course={course}
      outline={outline}
      progress={progress}
      done={done}
      resume={resume}
      signedIn={!!user}
      event={event}
      canEdit={canEditCourses(user)}
      csrfToken={c.get('csrfToken') ?? ''}
      errors={o.errors}
      message={o.message}
      notice={notice}
    />,
  );
}

export function registerLearnPages(pages: Hono<AppEnv>) {
  pages.get('/learn', async (c) => {
    const filter = getFormQuery(c, catalogueQuery);
    const user = c.get('user');
    const rows = await listCourses(c.get('app').database.db, user, filter);
    const t = c.get('t');
    return render(
      c,
      {
        title: t('learning.catalogue.title'),
        section: 'learning',
        description: t('learning.catalogue.lead'),
      },
      <CataloguePage
        t={t}
        lang={c.get('lang')}
        rows={rows}
        filter={filter}
        signedIn={!!user}
        canEdit={canEditCourses(user)}
      />,
    );
  });

  pages.get('/learn/mine', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    return render(
      c,
      { title: t('learning.mine.title'), section: 'learning' },
      <MyLearningPage t={t} lang={c.get('lang')} rows={await myCourses(c.get('app').database.db, user.id)} />,
    );
  });

  pages.get(`/learn/courses/${SLUG}`, (c) => showCourse(c, c.req.param('slug')));

  pages.post(`/learn/courses/${SLUG}/enrol`, async (c) => {
    const user = requireUser(c);
    const app = c.get('app');
    const slug = c.req.param('slug');
    const course = await findCourse(app.database.db, user, { slug });
    if (!course) throw new AppError('not_found');
    const key = await postedField(c, 'key');
    try {
      await enrolInCourse(app.database.db, user, course.id, { key, now: app.now() });
    } catch (err) {
      const t = c.get('t');
      const errors = fieldErrorsOf(err, t);
      if (errors) return showCourse(c, slug, { errors, status: 422 });
      const message = userMessageOf(err, t);
      if (
        message &&
        err instanceof AppError &&
        (err.status === 403 || err.status === 409 || err.status === 429)
      )
        return showCourse(c, slug, { message, status: err.status as 403 | 409 | 429 });
      throw err;
    }
    return c.redirect(`${href(c.get('lang'), coursePath.page(slug))}?enrolled=1`, 303);
  });
}
