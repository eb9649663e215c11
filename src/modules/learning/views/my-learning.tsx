import type { Lang } from '../../../lib/bilingual.js';
import { BiMarked, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { MyCourse } from '../my-learning.js';
import { coursePath, Progress, statusLabel } from './learn-parts.js';

/** The courses a learner is enrolled in, each with its progress and the way back in. */
export function MyLearningPage(p: { t: Translator; lang: Lang; rows: MyCourse[] }) {
  const { t, lang } = p;
  return (
    <div class="wrap narrow learn-mine">
      <PageHeader
        title={t('learning.mine.title')}
        crumbs={[{ href: href(lang, coursePath.catalogue), label: t('learning.catalogue.title') }]}
      />
      {p.rows.length ? (
        <ul class="learn-courses">
          {p.rows.map((r) => (
            <li class="learn-course">
              <h2>
                <BiMarked t={t} value={r.title} lang={lang} link={href(lang, coursePath.page(r.slug))} />
              </h2>
              {r.status === 'archived' ? <p class="badge">{statusLabel(t, r.status)}</p> : null}
              <Progress t={t} done={r.lessonsDone} total={r.lessons} />
              {r.completedAt ? (
                <p>
                  {t('learning.course.completed')}{' '}
                  <a href={href(lang, coursePath.certificate(r.enrolmentId))}>
                    {t('learning.completion.certificate')}
                  </a>
                </p>
              ) : r.lastLessonId ? (
                <a class="button" href={href(lang, coursePath.lesson(r.lastLessonId))}>
                  {t('learning.course.continue')}
                </a>
              ) : (
                <a class="button" href={href(lang, coursePath.page(r.slug))}>
                  {t('learning.course.start')}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t('learning.mine.none')} <a href={href(lang, coursePath.catalogue)}>{t('learning.mine.browse')}</a>
        </p>
      )}
    </div>
  );
}
