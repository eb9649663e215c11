import { type Lang, pick } from '../../../lib/bilingual.js';
import { formatDateRange } from '../../../lib/dates.js';
import { Notice, TranslationNotice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { htmlLang } from '../../../web/i18n/negotiate.js';
import { href } from '../../../web/layout.js';
import { publishedDate } from '../published-date.js';
import type { LinkedEvent, NewsRow } from '../queries.js';
import { isWebUrl } from '../web-url.js';
import { Paragraphs, Tr, TranslationState } from './parts.js';

export function NewsPageView(p: {
  t: Translator;
  lang: Lang;
  row: NewsRow;
  events: LinkedEvent[];
  editor: boolean;
  saved: boolean;
  now: Date;
}) {
  const { t, lang, row } = p;
  const title = pick(row.title, lang);
  const body = pick(row.body, lang);
  const summary = pick(row.summary, lang);
  const fallback = title.fallback || (body.fallback && body.text !== '');
  const date = publishedDate(row, lang);
  const isPublic = row.status === 'published' && row.publishedAt !== null && row.publishedAt <= p.now;
  return (
    <article class="wrap narrow news-article">
      <div class="page-header">
        <nav class="crumbs" aria-label="breadcrumb">
          <ol>
            <li>
              <a href={href(lang, '/news')}>{t('news.title')}</a>
            </li>
          </ol>
        </nav>
        <div class="page-title-row">
          <h1 lang={title.fallback ? htmlLang(title.lang) : undefined}>{title.text}</h1>
          {p.editor ? (
            <div class="page-actions">
              <a class="button" href={href(lang, `/news/${row.slug}/edit`)}>
                {t('common.edit')}
              </a>
            </div>
          ) : null}
        </div>
      </div>
      {p.saved ? <Notice kind="success">{t('news.saved')}</Notice> : null}
      {p.editor && row.status === 'draft' ? <Notice kind="warning">{t('news.draftNotice')}</Notice> : null}
      {p.editor && row.status === 'published' && !isPublic ? (
        <Notice kind="warning">{t('news.scheduledNotice', { date })}</Notice>
      ) : null}
      {fallback ? (
        <p class="notice info fallback-notice">{t('news.fallbackNotice')}</p>
      ) : (
        <TranslationNotice
          t={t}
          lang={lang}
          fields={[row.title, row.summary, row.body]}
          enEditedAt={row.enEditedAt}
          zhEditedAt={row.zhEditedAt}
          otherHref={href(lang === 'en' ? 'zh' : 'en', `/news/${row.slug}`)}
        />
      )}
      <p class="meta">
        {date ? t('news.published', { date }) : null}
        {p.editor ? (
          <>
            {' '}
            <TranslationState
              t={t}
              status={row.translationStatus}
              fields={[row.title, row.summary, row.body]}
              enEditedAt={row.enEditedAt}
              zhEditedAt={row.zhEditedAt}
            />
          </>
        ) : null}
      </p>
      {summary.text ? (
        <p class="lead" lang={summary.fallback ? htmlLang(summary.lang) : undefined}>
          {summary.text}
        </p>
      ) : null}
      <Paragraphs text={body.text} lang={body.fallback ? htmlLang(body.lang) : undefined} />
      {row.source ? (
        <p class="news-source">
          {t('news.source')}
          {t('news.colon')}
          {isWebUrl(row.source) ? (
            <a href={row.source} rel="noopener">
              {row.source}
            </a>
          ) : (
            row.source
          )}
        </p>
      ) : null}
      {p.events.length ? (
        <section class="linked-events" aria-labelledby="linked-events-h">
          <h2 id="linked-events-h">{t('news.linkedEvents')}</h2>
          <ul>
            {p.events.map((e) => (
              <li>
                <a href={href(lang, `/events/${e.id}`)}>
                  <Tr value={e.title} lang={lang} />
                </a>{' '}
                <span class="meta">{formatDateRange(e.startDate, e.endDate, e.datePrecision, lang)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
