import type { Lang } from '../../../lib/bilingual.js';
import { BiMarked, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { TOPICS } from '../../library/index.js';
import type { CatalogueFilter, CatalogueRow } from '../course-queries.js';
import { audienceLabel, coursePath, minutesText, topicLabel } from './learn-parts.js';

export interface CatalogueProps {
  t: Translator;
  lang: Lang;
  rows: CatalogueRow[];
  filter: CatalogueFilter;
  signedIn: boolean;
  canEdit: boolean;
}

/** Published courses, filtered by audience and topic with a plain GET form (no script needed). */
export function CataloguePage(p: CatalogueProps) {
  const { t, lang } = p;
  return (
    <div class="wrap learn-catalogue">
      <PageHeader
        title={t('learning.catalogue.title')}
        lead={t('learning.catalogue.lead')}
        actions={
          <>
            {p.signedIn ? <a href={href(lang, coursePath.mine)}>{t('learning.mine.title')}</a> : null}
            {p.canEdit ? (
              <a class="button" href={href(lang, coursePath.manage)}>
                {t('learning.manage.title')}
              </a>
            ) : null}
          </>
        }
      />
      <form method="get" action={href(lang, coursePath.catalogue)} class="filters learn-filters">
        <div class="field">
          <label for="f-audience">{t('learning.course.field.audience')}</label>
          <select id="f-audience" name="audience">
            <option value="">{t('common.all')}</option>
            {(['officials', 'smes'] as const).map((a) => (
              <option value={a} selected={p.filter.audience === a}>
                {audienceLabel(t, a)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-topic">{t('learning.course.field.topics')}</label>
          <select id="f-topic" name="topic">
            <option value="">{t('common.all')}</option>
            {TOPICS.map((x) => (
              <option value={x} selected={p.filter.topic === x}>
                {topicLabel(t, x)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('common.filter')}</button>
      </form>
      {p.rows.length ? (
        <ul class="learn-courses">
          {p.rows.map((c) => (
            <li class="learn-course">
              <h2>
                <BiMarked t={t} value={c.title} lang={lang} link={href(lang, coursePath.page(c.slug))} />
              </h2>
              {c.summary.en || c.summary.zh ? (
                <p>
                  <BiMarked t={t} value={c.summary} lang={lang} />
                </p>
              ) : null}
              <p class="meta">
                {[
                  audienceLabel(t, c.audience),
                  t('learning.lessonCount', { count: c.lessons }),
                  minutesText(t, lang, c.estimatedMinutes),
                  ...c.topics.map((x) => topicLabel(t, x)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('learning.catalogue.none')}</p>
      )}
    </div>
  );
}
