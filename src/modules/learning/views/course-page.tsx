import type { Bilingual, Lang } from '../../../lib/bilingual.js';
import {
  BiMarked,
  HiddenFormFields,
  Notice,
  PageHeader,
  TextField,
  TranslationNotice,
} from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href, switchLangHref } from '../../../web/layout.js';
import type { OutlineModule } from '../course-outline.js';
import type { CourseRow } from '../course-save.js';
import type { CourseProgress } from '../progress.js';
import { Markdown } from './bank-parts.js';
import { audienceLabel, coursePath, minutesText, Progress, statusLabel } from './learn-parts.js';
import { quizPath } from './quiz-manage.js';

export interface CoursePageProps {
  t: Translator;
  lang: Lang;
  path: string;
  course: CourseRow;
  outline: OutlineModule[];
  progress: CourseProgress | null;
  done: Set<string>;
  /** Where "continue" leads: the last lesson opened, else the first not done. */
  resume: string | null;
  signedIn: boolean;
  /** For an event's course: whether the reader may enrol, and the event's title. */
  event: { title: Bilingual; eligible: boolean } | null;
  canEdit: boolean;
  csrfToken: string;
  errors?: FieldErrors;
  message?: string;
  notice?: string;
}

function EnrolBox(p: CoursePageProps) {
  const { t, lang, course } = p;
  if (p.progress) {
    return (
      <section class="box learn-enrolled" aria-labelledby="learn-progress-h">
        <h2 id="learn-progress-h">{t('learning.course.yourProgress')}</h2>
        <Progress t={t} done={p.progress.lessonsDone} total={p.progress.lessons} />
        {p.progress.completed ? (
          <p>
            {t('learning.course.completed')}{' '}
            {p.progress.certificateCode ? (
              <a href={href(lang, coursePath.certificate(p.progress.enrolmentId))}>
                {t('learning.completion.certificate')}
              </a>
            ) : null}
          </p>
        ) : null}
        {p.resume ? (
          <a class="button primary" href={href(lang, coursePath.lesson(p.resume))}>
            {p.progress.lessonsDone ? t('learning.course.continue') : t('learning.course.start')}
          </a>
        ) : null}
      </section>
    );
  }
  if (course.status !== 'published')
    return <Notice kind="warning">{t('learning.enrol.error.closed')}</Notice>;
  if (!p.signedIn)
    return (
      <p class="box">
        <a href={`${href(lang, '/sign-in')}?next=${encodeURIComponent(p.path)}`}>
          {t('learning.enrol.signIn')}
        </a>
      </p>
    );
  if (course.enrolment === 'event' && p.event && !p.event.eligible)
    return (
      <Notice kind="info">
        {t('learning.enrol.eventOnly')} <BiMarked t={t} value={p.event.title} lang={lang} />
      </Notice>
    );
  return (
    <form method="post" action={href(lang, coursePath.enrol(course.slug))} class="box learn-enrol" novalidate>
      <HiddenFormFields csrfToken={p.csrfToken} />
      {p.message ? (
        <p class="field-error" role="alert">
          {p.message}
        </p>
      ) : null}
      {course.enrolment === 'key' ? (
        <TextField
          t={t}
          name="key"
          label={t('learning.enrol.key')}
          hint={t('learning.enrol.keyHint')}
          error={p.errors?.key}
          required
          autocomplete="off"
          maxLength={100}
        />
      ) : null}
      <button type="submit">{t('learning.enrol.button')}</button>
    </form>
  );
}

/** A course: what it is, where the reader stands, and its outline of lessons and quizzes. */
export function CoursePage(p: CoursePageProps) {
  const { t, lang, course } = p;
  const open = !!p.progress || p.canEdit;
  return (
    <div class="wrap narrow learn-course-page">
      <PageHeader
        title={course.title[lang] || course.title.en || course.title.zh}
        crumbs={[{ href: href(lang, coursePath.catalogue), label: t('learning.catalogue.title') }]}
        actions={
          p.canEdit ? (
            <a href={href(lang, coursePath.edit(course.id))}>{t('learning.course.edit')}</a>
          ) : undefined
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {course.status !== 'published' ? <p class="badge">{statusLabel(t, course.status)}</p> : null}
      <TranslationNotice
        t={t}
        lang={lang}
        fields={[course.title, course.summary]}
        enEditedAt={course.enEditedAt}
        zhEditedAt={course.zhEditedAt}
        otherHref={switchLangHref(p.path, lang === 'en' ? 'zh' : 'en')}
      />
      <Markdown value={course.summary} lang={lang} class="prose lead" />
      <p class="meta">
        {[audienceLabel(t, course.audience), minutesText(t, lang, course.estimatedMinutes)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <EnrolBox {...p} />
      <section aria-labelledby="learn-outline-h" class="learn-outline">
        <h2 id="learn-outline-h">{t('learning.course.outline')}</h2>
        {p.outline.map((m, i) => (
          <section class="learn-module" aria-labelledby={`learn-module-${i}`}>
            <h3 id={`learn-module-${i}`}>
              {m.title.en || m.title.zh ? (
                <BiMarked t={t} value={m.title} lang={lang} />
              ) : m.id ? (
                t('learning.module.untitled', { n: i + 1 })
              ) : (
                t('learning.module.quizzes')
              )}
            </h3>
            <ol>
              {m.items.map((item) => {
                const link = item.kind === 'lesson' ? coursePath.lesson(item.id) : quizPath.page(item.id);
                const done = item.kind === 'lesson' && p.done.has(item.id);
                return (
                  <li class={done ? 'learn-item done' : 'learn-item'}>
                    {item.kind === 'quiz' ? <span class="tag">{t('learning.outline.quiz')}</span> : null}{' '}
                    {open ? (
                      <BiMarked t={t} value={item.title} lang={lang} link={href(lang, link)} />
                    ) : (
                      <BiMarked t={t} value={item.title} lang={lang} />
                    )}
                    {done ? <span class="learn-done"> ✓ {t('learning.outline.done')}</span> : null}
                    {item.kind === 'lesson' && item.estimatedMinutes ? (
                      <span class="meta"> · {minutesText(t, lang, item.estimatedMinutes)}</span>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </section>
    </div>
  );
}
