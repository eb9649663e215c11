import type { Child } from 'hono/jsx';
import type { Lang } from '../../../lib/bilingual.js';
import { BiMarked, ErrorSummary, Notice, PageHeader, TranslationBadge } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ManagedCourse } from '../course-queries.js';
import type { CourseRow } from '../course-save.js';
import { bankPath } from './bank-parts.js';
import { ActionButton } from './course-form-parts.js';
import { coursePath, statusLabel } from './learn-parts.js';
import { quizPath } from './quiz-manage.js';

/** Every course, drafts included, for managers. */
export function CourseList(p: { t: Translator; lang: Lang; rows: ManagedCourse[]; notice?: string }) {
  const { t, lang } = p;
  return (
    <div class="wrap manage-courses">
      <PageHeader
        title={t('learning.manage.title')}
        lead={t('learning.manage.lead')}
        crumbs={[{ href: href(lang, coursePath.catalogue), label: t('learning.catalogue.title') }]}
        actions={
          <>
            <a class="button primary" href={href(lang, coursePath.create)}>
              {t('learning.manage.new')}
            </a>
            <a class="button" href={href(lang, quizPath.manage)}>
              {t('learning.quiz.manageTitle')}
            </a>
            <a class="button" href={href(lang, bankPath.list)}>
              {t('learning.bank.title')}
            </a>
          </>
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.rows.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="visually-hidden">{t('learning.manage.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learning.manage.col.course')}</th>
                <th scope="col">{t('learning.manage.col.status')}</th>
                <th scope="col">{t('translation.label')}</th>
                <th scope="col">{t('learning.manage.col.lessons')}</th>
                <th scope="col">{t('learning.manage.col.learners')}</th>
                <th scope="col">{t('learning.manage.col.version')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td data-label={t('learning.manage.col.course')}>
                    <BiMarked t={t} value={r.title} lang={lang} link={href(lang, coursePath.edit(r.id))} />
                  </td>
                  <td data-label={t('learning.manage.col.status')}>{statusLabel(t, r.status)}</td>
                  <td data-label={t('translation.label')}>
                    <TranslationBadge t={t} status={r.translationStatus} />
                  </td>
                  <td data-label={t('learning.manage.col.lessons')}>{r.lessons}</td>
                  <td data-label={t('learning.manage.col.learners')}>{r.learners}</td>
                  <td data-label={t('learning.manage.col.version')}>{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('learning.manage.none')}</p>
      )}
    </div>
  );
}

/** The edit page of a course: its state and actions, its fields, then its modules and lessons. */
export function CourseEditPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  course: CourseRow;
  notice?: string;
  message?: string;
  form: Child;
  structure: Child;
}) {
  const { t, lang, course } = p;
  const next = (['draft', 'published', 'archived'] as const).filter((s) => s !== course.status);
  return (
    <div class="wrap course-edit">
      <PageHeader
        title={t('learning.course.editTitle', {
          title: course.title[lang] || course.title.en || course.title.zh,
        })}
        crumbs={[{ href: href(lang, coursePath.manage), label: t('learning.manage.title') }]}
        actions={
          <>
            <a href={href(lang, coursePath.page(course.slug))}>{t('learning.manage.view')}</a>{' '}
            <a href={href(lang, coursePath.versions(course.id))}>{t('learning.versions.title')}</a>
          </>
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary t={t} message={p.message} />
      <section class="box course-state" aria-labelledby="course-state-h">
        <h2 id="course-state-h">{t('learning.manage.state')}</h2>
        <p>
          {statusLabel(t, course.status)} · <TranslationBadge t={t} status={course.translationStatus} /> ·{' '}
          {t('learning.manage.versionIs', { n: course.version })}
        </p>
        <div class="row-actions">
          {next.map((s) => (
            <ActionButton
              action={href(lang, coursePath.status(course.id))}
              csrfToken={p.csrfToken}
              name="status"
              value={s}
              label={t(`learning.course.to.${s}`)}
              secondary={s !== 'published'}
            />
          ))}
          <ActionButton
            action={href(lang, coursePath.remove(course.id))}
            csrfToken={p.csrfToken}
            label={t('learning.course.delete')}
            secondary
          />
        </div>
      </section>
      {p.form}
      {p.structure}
    </div>
  );
}
