import type { Lang } from '../../../lib/bilingual.js';
import { BiMarked, Notice, PageHeader, TranslationNotice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href, switchLangHref } from '../../../web/layout.js';
import { formatBytes, kindLabel } from '../../files/index.js';
import type { OutlineItem } from '../course-outline.js';
import type { LessonDetail } from '../lesson-queries.js';
import type { CourseProgress } from '../progress.js';
import { Markdown } from './bank-parts.js';
import { coursePath, Progress } from './learn-parts.js';
import { quizPath } from './quiz-manage.js';

export interface LessonPageProps {
  t: Translator;
  lang: Lang;
  path: string;
  detail: LessonDetail;
  next: OutlineItem | null;
  progress: CourseProgress | null;
  /** An editor looking at a lesson of a course they are not enrolled in. */
  preview: boolean;
}

const isImage = (kind: string) => kind === 'png' || kind === 'jpeg';

/**
 * A lesson, text first: its body, then a video as a link (nothing plays by itself), pictures and
 * files, library items, and the way on. Small enough to read on a phone over a slow connection.
 */
export function LessonPage(p: LessonPageProps) {
  const { t, lang, detail } = p;
  const { lesson, course } = detail;
  const next = p.next;
  return (
    <article class="wrap narrow learn-lesson">
      <PageHeader
        title={lesson.title[lang] || lesson.title.en || lesson.title.zh}
        crumbs={[
          { href: href(lang, coursePath.catalogue), label: t('learning.catalogue.title') },
          {
            href: href(lang, coursePath.page(course.slug)),
            label: course.title[lang] || course.title.en || course.title.zh,
          },
        ]}
      />
      {p.preview ? <Notice kind="info">{t('learning.lesson.preview')}</Notice> : null}
      <TranslationNotice
        t={t}
        lang={lang}
        fields={[lesson.title, lesson.body]}
        enEditedAt={lesson.enEditedAt}
        zhEditedAt={lesson.zhEditedAt}
        otherHref={switchLangHref(p.path, lang === 'en' ? 'zh' : 'en')}
      />
      <Markdown value={lesson.body} lang={lang} class="prose lesson-body" />
      {lesson.videoUrl ? (
        <p class="learn-video">
          <a href={lesson.videoUrl} rel="noopener noreferrer nofollow">
            {t('learning.lesson.video')}
          </a>{' '}
          <span class="meta">{t('learning.lesson.videoHint')}</span>
        </p>
      ) : null}
      {detail.files.length ? (
        <section aria-labelledby="lesson-files-h" class="learn-files">
          <h2 id="lesson-files-h">{t('learning.lesson.files')}</h2>
          <ul class="file-list">
            {detail.files.map((f) => (
              <li>
                {isImage(f.kind) ? (
                  <img
                    src={href(lang, coursePath.attachment(lesson.id, f.id))}
                    alt={f.name}
                    loading="lazy"
                    class="learn-image"
                  />
                ) : null}
                <a href={href(lang, coursePath.attachment(lesson.id, f.id))} download>
                  {f.name}
                </a>{' '}
                <span class="meta">
                  {kindLabel(f.kind)} · {formatBytes(f.size)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {detail.libraryItems.length ? (
        <section aria-labelledby="lesson-library-h">
          <h2 id="lesson-library-h">{t('learning.lesson.library')}</h2>
          <ul>
            {detail.libraryItems.map((i) => (
              <li>
                <BiMarked t={t} value={i.title} lang={lang} link={href(lang, `/library/items/${i.slug}`)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav class="learn-next" aria-label={t('learning.lesson.wayOn')}>
        {p.progress ? <Progress t={t} done={p.progress.lessonsDone} total={p.progress.lessons} /> : null}
        {next ? (
          <p>
            <a
              class="button"
              rel="next"
              href={href(lang, next.kind === 'lesson' ? coursePath.lesson(next.id) : quizPath.page(next.id))}
            >
              {next.kind === 'lesson' ? t('learning.lesson.next') : t('learning.lesson.nextQuiz')}
            </a>{' '}
            <BiMarked t={t} value={next.title} lang={lang} />
          </p>
        ) : (
          <p>{t('learning.lesson.last')}</p>
        )}
        <p>
          <a href={href(lang, coursePath.page(course.slug))}>{t('learning.lesson.toOutline')}</a>
        </p>
      </nav>
    </article>
  );
}
