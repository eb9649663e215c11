import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { BiMarked, PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { DiffText } from '../../library/index.js';
import type { CourseDiff, TextChange } from '../course-diff.js';
import type { CourseRow } from '../course-save.js';
import { coursePath } from './learn-parts.js';

const titleOf = (c: CourseRow, lang: Lang) => c.title[lang] || c.title.en || c.title.zh;

/** Every saved version of a course; any two are compared through a plain GET form. */
export function CourseVersionsPage(p: {
  t: Translator;
  lang: Lang;
  course: CourseRow;
  versions: { version: number; editorName: string; editedAt: Date }[];
}) {
  const { t, lang, course } = p;
  const latest = p.versions[0]?.version ?? 1;
  return (
    <div class="wrap course-versions">
      <PageHeader
        title={t('learning.versions.title')}
        lead={t('learning.versions.lead')}
        crumbs={[
          { href: href(lang, coursePath.manage), label: t('learning.manage.title') },
          { href: href(lang, coursePath.edit(course.id)), label: titleOf(course, lang) },
        ]}
      />
      <form method="get" action={href(lang, `/learn/manage/courses/${course.id}/compare`)}>
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t('learning.versions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learning.versions.col.version')}</th>
                <th scope="col">{t('learning.versions.col.date')}</th>
                <th scope="col">{t('learning.versions.col.by')}</th>
                <th scope="col">{t('learning.versions.from')}</th>
                <th scope="col">{t('learning.versions.to')}</th>
              </tr>
            </thead>
            <tbody>
              {p.versions.map((v) => (
                <tr>
                  <th scope="row">{v.version}</th>
                  <td>{formatDateTime(v.editedAt, lang)}</td>
                  <td>{v.editorName}</td>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={String(v.version)}
                      checked={v.version === Math.max(1, latest - 1)}
                      aria-label={t('learning.versions.fromN', { n: v.version })}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={String(v.version)}
                      checked={v.version === latest}
                      aria-label={t('learning.versions.toN', { n: v.version })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit">{t('learning.versions.compare')}</button>
      </form>
    </div>
  );
}

function Texts(p: { t: Translator; texts: TextChange[] }) {
  return (
    <>
      {p.texts.map((x) => (
        <div class="diff-field">
          <h4>{p.t(`learning.versions.field.${x.field}` as MessageKey)}</h4>
          {x.en ? (
            <div class="diff-lang">
              <h5>{p.t('common.english')}</h5>
              <DiffText t={p.t} parts={x.en} lang="en" />
            </div>
          ) : null}
          {x.zh ? (
            <div class="diff-lang">
              <h5>{p.t('common.chinese')}</h5>
              <DiffText t={p.t} parts={x.zh} lang="zh-CN" />
            </div>
          ) : null}
        </div>
      ))}
    </>
  );
}

/** Two versions of a course side by side: texts word by word, fields and lessons that changed. */
export function CourseComparePage(p: {
  t: Translator;
  lang: Lang;
  course: CourseRow;
  from: number;
  to: number;
  diff: CourseDiff;
}) {
  const { t, lang, course, diff } = p;
  const nothing = !diff.texts.length && !diff.fields.length && !diff.lessons.length && !diff.modulesChanged;
  return (
    <div class="wrap course-compare">
      <PageHeader
        title={t('learning.versions.compareTitle', { from: p.from, to: p.to })}
        crumbs={[
          { href: href(lang, coursePath.edit(course.id)), label: titleOf(course, lang) },
          { href: href(lang, coursePath.versions(course.id)), label: t('learning.versions.title') },
        ]}
      />
      <p class="hint">{t('library.diff.legend')}</p>
      {nothing ? <p>{t('learning.versions.same')}</p> : null}
      {diff.texts.length ? (
        <section aria-labelledby="cmp-course-h">
          <h2 id="cmp-course-h">{t('learning.versions.course')}</h2>
          <Texts t={t} texts={diff.texts} />
        </section>
      ) : null}
      {diff.fields.length || diff.modulesChanged ? (
        <section aria-labelledby="cmp-fields-h">
          <h2 id="cmp-fields-h">{t('learning.versions.fields')}</h2>
          <ul>
            {diff.fields.map((f) => (
              <li>{t(`audit.field.${f}` as MessageKey)}</li>
            ))}
            {diff.modulesChanged ? <li>{t('learning.versions.modules')}</li> : null}
          </ul>
        </section>
      ) : null}
      {diff.lessons.length ? (
        <section aria-labelledby="cmp-lessons-h">
          <h2 id="cmp-lessons-h">{t('learning.versions.lessons')}</h2>
          {diff.lessons.map((l) => (
            <section class="diff-lesson">
              <h3>
                <BiMarked t={t} value={l.title} lang={lang} />{' '}
                <span class="tag">{t(`learning.versions.lesson.${l.state}`)}</span>
              </h3>
              {l.extras ? <p class="meta">{t('learning.versions.extras')}</p> : null}
              <Texts t={t} texts={l.texts} />
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}
