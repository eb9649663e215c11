import { asc, ne } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm, postedFormToken } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { writeCsv } from '../directory/index.js';
import { managedEvent } from '../registration/index.js';
import { eventCourseInput, linkCourse, linkedCourses, registrantsInCourse } from './event-courses.js';
import { courses } from './schema.js';
import {
  EventCourseRegistrantsPage,
  EventCoursesPage,
  eventCoursesPath,
  statusText,
} from './views/event-courses.js';

const EVENT = `/events/:id${UUID_PARAM}/courses`;

const organised = (c: Context<AppEnv>) =>
  managedEvent(c.get('app').database.db, requireUser(c), c.req.param('id') ?? '');

async function showEventCourses(
  c: Context<AppEnv>,
  o: { values?: FormValues; errors?: FieldErrors; formToken?: string; status?: 200 | 422 } = {},
) {
  const event = await organised(c);
  const db = c.get('app').database.db;
  const t = c.get('t');
  const done = c.req.query('done');
  const [linked, choices] = await Promise.all([
    linkedCourses(db, event.id),
    db
      .select({ id: courses.id, title: courses.title })
      .from(courses)
      .where(ne(courses.status, 'draft'))
      .orderBy(asc(courses.slug)),
  ]);
  return render(
    c,
    { title: t('learning.eventCourses.title'), status: o.status ?? 200 },
    <EventCoursesPage
      t={t}
      lang={c.get('lang')}
      event={event}
      linked={linked}
      choices={choices}
      csrfToken={c.get('csrfToken') ?? ''}
      formToken={o.formToken ?? newFormToken()}
      values={o.values ?? { role: 'pre-course' }}
      errors={o.errors}
      notice={
        done === 'linked'
          ? t('learning.eventCourses.saved')
          : done === 'unlinked'
            ? t('learning.eventCourses.removed')
            : undefined
      }
    />,
  );
}

/** An event's linked courses, for those who organise it: link, unlink, and who completed each. */
export function registerEventCoursePages(pages: Hono<AppEnv>) {
  pages.get(EVENT, (c) => showEventCourses(c));

  pages.post(EVENT, async (c) => {
    const user = requireUser(c);
    const event = await organised(c);
    const formToken = await postedFormToken(c);
    const form = await parseForm(c, eventCourseInput);
    if (!form.ok)
      return showEventCourses(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    let done = 'linked';
    try {
      ({ result: done } = await once(c.get('app').database.db, formToken, async (tx) => {
        await linkCourse(tx, user, event.id, form.data);
        return form.data.role === 'none' ? 'unlinked' : 'linked';
      }));
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showEventCourses(c, { values: form.values, errors, formToken, status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), eventCoursesPath(event.id))}?done=${done}`, 303);
  });

  const registrants = async (c: Context<AppEnv>) => {
    const event = await organised(c);
    const db = c.get('app').database.db;
    const courseId = c.req.param('course') ?? '';
    const [course] = (await linkedCourses(db, event.id)).filter((l) => l.courseId === courseId);
    if (!course) throw new AppError('not_found');
    return {
      event,
      course: { id: course.courseId, title: course.title },
      rows: await registrantsInCourse(db, event.id, courseId),
    };
  };

  pages.get(`${EVENT}/:course${UUID_PARAM}`, async (c) => {
    const r = await registrants(c);
    const t = c.get('t');
    return render(
      c,
      { title: r.course.title[c.get('lang')] || r.course.title.en },
      <EventCourseRegistrantsPage t={t} lang={c.get('lang')} {...r} />,
    );
  });

  pages.get(`${EVENT}/:course${UUID_PARAM}/registrants.csv`, async (c) => {
    const r = await registrants(c);
    const t = c.get('t');
    const lang = c.get('lang');
    const csv = writeCsv([
      [t('learning.eventCourses.name'), t('learning.eventCourses.email'), t('learning.eventCourses.status')],
      ...r.rows.map((x) => [x.name, x.email, statusText(t, lang, x)]),
    ]);
    c.header('Content-Disposition', `attachment; filename="course-registrants-${r.event.id}.csv"`);
    c.header('Cache-Control', 'private, no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(csv);
  });
}
