import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader, SelectField } from '../../../web/components.js';
import type { FieldErrors, FormValues } from '../../../web/forms.js';
import { fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { LinkedCourse, RegistrantStatus } from '../event-courses.js';
import { EVENT_COURSE_ROLES } from '../schema.js';

export const eventCoursesPath = (eventId: string) => `/events/${eventId}/courses`;

/** An event's online courses for its organisers: link one, see who completed each, take one off. */
export function EventCoursesPage(p: {
  t: Translator;
  lang: Lang;
  event: { id: string; title: { en: string; zh: string } };
  linked: LinkedCourse[];
  choices: { id: string; title: { en: string; zh: string } }[];
  csrfToken: string;
  formToken: string;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { t, lang } = p;
  const base = eventCoursesPath(p.event.id);
  const role = (r: string) =>
    t(r === 'pre-course' ? 'learning.eventCourses.role.pre' : 'learning.eventCourses.role.test');
  return (
    <div class="wrap narrow">
      <PageHeader
        title={t('learning.eventCourses.title')}
        crumbs={[{ href: href(lang, `/events/${p.event.id}`), label: text(p.event.title, lang) }]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>{t('learning.eventCourses.lead')}</p>
      {p.linked.length ? (
        <ul class="learn-courses">
          {p.linked.map((l) => (
            <li class="learn-course">
              <h2>
                <a href={href(lang, `/learn/courses/${l.slug}`)}>{text(l.title, lang)}</a>
              </h2>
              <p>{role(l.role)}</p>
              <p>
                {t('learning.eventCourses.completedCount', { n: l.completed, total: l.registrants })}{' '}
                <a href={href(lang, `${base}/${l.courseId}`)}>{t('learning.eventCourses.who')}</a>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('learning.eventCourses.none')}</p>
      )}
      <form method="post" action={href(lang, base)} class="box" novalidate>
        <h2>{t('learning.eventCourses.add')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <SelectField
          t={t}
          name="courseId"
          label={t('learning.eventCourses.course')}
          value={fieldValue(p.values, 'courseId')}
          options={p.choices.map((c) => ({ value: c.id, label: text(c.title, lang) }))}
          empty="—"
          error={p.errors?.courseId}
        />
        <SelectField
          t={t}
          name="role"
          label={t('learning.eventCourses.role')}
          value={fieldValue(p.values, 'role')}
          options={[
            ...EVENT_COURSE_ROLES.map((r) => ({ value: r, label: role(r) })),
            { value: 'none', label: t('learning.eventCourses.unlink') },
          ]}
          error={p.errors?.role}
        />
        <button class="button primary" type="submit">
          {t('learning.eventCourses.save')}
        </button>
      </form>
    </div>
  );
}

/** Who of an event's registrants completed one of its courses. */
export function EventCourseRegistrantsPage(p: {
  t: Translator;
  lang: Lang;
  event: { id: string; title: { en: string; zh: string } };
  course: { id: string; title: { en: string; zh: string } };
  rows: RegistrantStatus[];
}) {
  const { t, lang } = p;
  const base = eventCoursesPath(p.event.id);
  const done = p.rows.filter((r) => r.completedAt).length;
  return (
    <div class="wrap">
      <PageHeader
        title={text(p.course.title, lang)}
        crumbs={[
          { href: href(lang, `/events/${p.event.id}`), label: text(p.event.title, lang) },
          { href: href(lang, base), label: t('learning.eventCourses.title') },
        ]}
      />
      <p>
        {t('learning.eventCourses.completedCount', { n: done, total: p.rows.length })}{' '}
        <a href={href(lang, `${base}/${p.course.id}/registrants.csv`)}>{t('learning.eventCourses.csv')}</a>
      </p>
      <section class="table-wrap" tabindex={0} aria-label={t('learning.eventCourses.who')}>
        <table class="table cards-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('learning.eventCourses.name')}</th>
              <th scope="col">{t('learning.eventCourses.email')}</th>
              <th scope="col">{t('learning.eventCourses.status')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <th scope="row" data-label={t('learning.eventCourses.name')}>
                  {r.name}
                </th>
                <td data-label={t('learning.eventCourses.email')}>{r.email}</td>
                <td data-label={t('learning.eventCourses.status')}>{statusText(t, lang, r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

export const statusText = (t: Translator, lang: Lang, r: { enrolled: boolean; completedAt: Date | null }) =>
  r.completedAt
    ? t('learning.eventCourses.completedOn', {
        date: formatDate(r.completedAt.toISOString().slice(0, 10), lang),
      })
    : r.enrolled
      ? t('learning.eventCourses.inProgress')
      : t('learning.eventCourses.notStarted');
