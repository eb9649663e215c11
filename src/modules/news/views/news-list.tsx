import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { publishedDate } from '../published-date.js';
import type { NewsPage, NewsRow } from '../queries.js';
import { Tr, TranslationState } from './parts.js';

interface ListProps {
  t: Translator;
  lang: Lang;
  result: NewsPage;
  q: string;
  editor: boolean;
}

const dateOf = (row: NewsRow, lang: Lang) => publishedDate(row, lang);

function pageHref(lang: Lang, all: boolean, q: string) {
  return (page: number) => {
    const qs = new URLSearchParams();
    if (all) qs.set('status', 'all');
    if (q) qs.set('q', q);
    if (page > 1) qs.set('page', String(page));
    const s = qs.toString();
    return href(lang, `/news${s ? `?${s}` : ''}`);
  };
}

export function NewsListView(p: ListProps) {
  const { t, lang, result } = p;
  const actions = p.editor ? (
    <>
      <a class="button primary" href={href(lang, '/news/new')}>
        {t('news.new')}
      </a>
      <a class="button" href={href(lang, result.all ? '/news' : '/news?status=all')}>
        {result.all ? t('news.publicList') : t('news.editorList')}
      </a>
    </>
  ) : undefined;
  return (
    <div class="wrap">
      <PageHeader
        title={result.all ? t('news.editorTitle') : t('news.title')}
        lead={result.all ? t('news.editorLead') : t('news.lead')}
        actions={actions}
      />
      <form method="get" action={href(lang, '/news')} class="search-form" aria-label={t('news.searchLabel')}>
        {result.all ? <input type="hidden" name="status" value="all" /> : null}
        <label for="news-q">{t('news.searchLabel')}</label>
        <input id="news-q" name="q" type="search" value={p.q} maxlength={200} />
        <button type="submit">{t('common.search')}</button>
      </form>
      {result.items.length === 0 ? (
        <p>{p.q ? t('common.noResults') : t('news.empty')}</p>
      ) : result.all ? (
        <EditorTable {...p} />
      ) : (
        <ul class="news-list">
          {result.items.map((row) => (
            <li class="news-item">
              <h2>
                <a href={href(lang, `/news/${row.slug}`)}>
                  <Tr value={row.title} lang={lang} t={t} mark />
                </a>
              </h2>
              <p class="meta">{t('news.published', { date: dateOf(row, lang) })}</p>
              <p>
                <Tr value={row.summary} lang={lang} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination t={t} page={result.page} pages={result.pages} hrefFor={pageHref(lang, result.all, p.q)} />
      <p class="feed-link">
        <a href={href(lang, '/news/feed.atom')} type="application/atom+xml">
          {t('news.feed')}
        </a>
      </p>
    </div>
  );
}

function EditorTable(p: ListProps) {
  const { t, lang } = p;
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('news.col.title')}</th>
            <th scope="col">{t('news.status.label')}</th>
            <th scope="col">{t('news.col.date')}</th>
            <th scope="col">{t('translation.label')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {p.result.items.map((row) => (
            <tr>
              <th scope="row">
                <a href={href(lang, `/news/${row.slug}`)}>
                  <Tr value={row.title} lang={lang} t={t} mark />
                </a>
              </th>
              <td>{t(`news.status.${row.status}`)}</td>
              <td>{dateOf(row, lang)}</td>
              <td>
                <TranslationState
                  t={t}
                  status={row.translationStatus}
                  fields={[row.title, row.summary, row.body]}
                  enEditedAt={row.enEditedAt}
                  zhEditedAt={row.zhEditedAt}
                />
              </td>
              <td>
                <a href={href(lang, `/news/${row.slug}/edit`)}>{t('common.edit')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
