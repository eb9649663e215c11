import { desc } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import { PageHeader } from '../../web/components.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm, postedFormToken } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { events } from '../events/schema.js';
import { assertCourseEditor } from './course-access.js';
import { courseInput } from './course-input.js';
import { courseOutline } from './course-outline.js';
import { findCourse, managedCourses } from './course-queries.js';
import { type CourseRow, createCourse, updateCourse } from './course-save.js';
import { deleteCourse, setCourseStatus } from './course-status.js';
import { COURSE_STATUSES } from './schema.js';
import { CourseForm } from './views/course-form.js';
import { CourseEditPage, CourseList } from './views/course-manage.js';
import { CourseStructure } from './views/course-structure.js';
import { coursePath } from './views/learn-parts.js';

const editor = (c: Context<AppEnv>) => assertCourseEditor(c.get('user'));

async function eventChoices(c: Context<AppEnv>) {
  return c
    .get('app')
    .database.db.select({ id: events.id, title: events.title, startDate: events.startDate })
    .from(events)
    .orderBy(desc(events.startDate))
    .limit(300);
}

/** A stored course as form values (arrays stay arrays, ticks as `on`). */
function courseValues(course: CourseRow): FormValues {
  return {
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    topics: course.topics,
    ipRights: course.ipRights,
    estimatedMinutes: course.estimatedMinutes ?? '',
    enrolment: course.enrolment,
    enrolmentEventId: course.enrolmentEventId ?? '',
    requireAllLessons: course.requireAllLessons ? 'on' : '',
    requireQuizzes: course.requireQuizzes ? 'on' : '',
    requireEventId: course.requireEventId ?? '',
  };
}

export async function managedCourse(c: Context<AppEnv>): Promise<CourseRow> {
  const course = await findCourse(c.get('app').database.db, editor(c), { id: idParam(c.req.param('id')) });
  if (!course) throw new AppError('not_found');
  return course;
}

const NOTICES = {
  saved: 'learning.notice.saved',
  unchanged: 'learning.notice.unchanged',
  status: 'learning.notice.status',
  module: 'learning.notice.module',
  lesson: 'learning.notice.lessonDeleted',
} as const;

/** The edit page of a course, with the posted values and their errors when a save was refused. */
export async function showCourseEdit(
  c: Context<AppEnv>,
  course: CourseRow,
  o: { values?: FormValues; errors?: FieldErrors; message?: string; status?: 200 | 409 | 422 } = {},
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const csrfToken = c.get('csrfToken') ?? '';
  const done = c.req.query('done') as keyof typeof NOTICES | undefined;
  const [choices, outline] = await Promise.all([
    eventChoices(c),
    courseOutline(c.get('app').database.db, course.id),
  ]);
  return render(
    c,
    {
      title: t('learning.course.editTitle', {
        title: course.title[lang] || course.title.en || course.title.zh,
      }),
      section: 'learning',
      status: o.status ?? 200,
    },
    <CourseEditPage
      t={t}
      lang={lang}
      csrfToken={csrfToken}
      course={course}
      notice={done && done in NOTICES ? t(NOTICES[done]) : undefined}
      message={o.message}
      form={
        <CourseForm
          t={t}
          lang={lang}
          csrfToken={csrfToken}
          action={href(lang, coursePath.edit(course.id))}
          values={o.values ?? courseValues(course)}
          errors={o.errors}
          events={choices}
          hasKey={course.enrolmentKeyHash !== null}
        />
      }
      structure={
        <CourseStructure t={t} lang={lang} csrfToken={csrfToken} courseId={course.id} outline={outline} />
      }
    />,
  );
}

async function showNew(c: Context<AppEnv>, values: FormValues, formToken?: string, errors?: FieldErrors) {
  const t = c.get('t');
  const lang = c.get('lang');
  return render(
    c,
    { title: t('learning.manage.new'), section: 'learning', status: errors ? 422 : 200 },
    <div class="wrap course-new">
      <PageHeader
        title={t('learning.manage.new')}
        crumbs={[{ href: href(lang, coursePath.manage), label: t('learning.manage.title') }]}
      />
      <CourseForm
        t={t}
        lang={lang}
        csrfToken={c.get('csrfToken') ?? ''}
        formToken={formToken}
        action={href(lang, coursePath.create)}
        values={values}
        errors={errors}
        events={await eventChoices(c)}
        hasKey={false}
      />
    </div>,
  );
}

const statusInput = z.object({ status: z.enum(COURSE_STATUSES) });

export function registerCourseManagePages(pages: Hono<AppEnv>) {
  pages.get(coursePath.manage, async (c) => {
    editor(c);
    const t = c.get('t');
    return render(
      c,
      { title: t('learning.manage.title'), section: 'learning' },
      <CourseList
        t={t}
        lang={c.get('lang')}
        rows={await managedCourses(c.get('app').database.db)}
        notice={c.req.query('done') === 'deleted' ? t('learning.notice.deleted') : undefined}
      />,
    );
  });

  pages.get(coursePath.create, (c) => {
    editor(c);
    return showNew(
      c,
      { audience: 'everyone', enrolment: 'open', requireAllLessons: 'on', requireQuizzes: 'on' },
      newFormToken(),
    );
  });

  pages.post(coursePath.create, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const formToken = await postedFormToken(c);
    const form = await parseForm(c, courseInput);
    if (!form.ok) return showNew(c, form.values, formToken, form.errors);
    try {
      const { result } = await once(
        app.database.db,
        formToken,
        async (tx) => (await createCourse(tx, user, form.data, app.now())).id,
      );
      return c.redirect(`${href(c.get('lang'), coursePath.edit(result))}?done=saved`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showNew(c, form.values, formToken, errors);
    }
  });

  pages.get(`/learn/manage/courses/:id${UUID_PARAM}`, async (c) => showCourseEdit(c, await managedCourse(c)));

  pages.post(`/learn/manage/courses/:id${UUID_PARAM}`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const course = await managedCourse(c);
    const form = await parseForm(c, courseInput);
    if (!form.ok) return showCourseEdit(c, course, { values: form.values, errors: form.errors, status: 422 });
    try {
      const { changed } = await updateCourse(app.database.db, user, course.id, form.data, app.now());
      return c.redirect(
        `${href(c.get('lang'), coursePath.edit(course.id))}?done=${changed ? 'saved' : 'unchanged'}`,
        303,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showCourseEdit(c, course, { values: form.values, errors, status: 422 });
    }
  });

  pages.post(`/learn/manage/courses/:id${UUID_PARAM}/status`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const course = await managedCourse(c);
    const form = await parseForm(c, statusInput);
    if (!form.ok) return showCourseEdit(c, course, { message: Object.values(form.errors)[0], status: 422 });
    try {
      await setCourseStatus(app.database.db, user, course.id, form.data.status, app.now());
    } catch (err) {
      const message = userMessageOf(err, c.get('t'));
      if (!message) throw err;
      return showCourseEdit(c, course, { message, status: 409 });
    }
    return c.redirect(`${href(c.get('lang'), coursePath.edit(course.id))}?done=status`, 303);
  });

  pages.post(`/learn/manage/courses/:id${UUID_PARAM}/delete`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const course = await managedCourse(c);
    try {
      await deleteCourse(app.database.db, user, course.id);
    } catch (err) {
      const message = userMessageOf(err, c.get('t'));
      if (!message) throw err;
      return showCourseEdit(c, course, { message, status: 409 });
    }
    return c.redirect(`${href(c.get('lang'), coursePath.manage)}?done=deleted`, 303);
  });
}
