import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Notice, PageHeader, Pagination, TextField } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { BankFilter, BankRow } from '../bank-queries.js';
import { QUESTION_TYPES } from '../schema.js';
import { bankPath, tagLabel, typeLabel } from './bank-parts.js';

export interface BankListProps {
  t: Translator;
  lang: Lang;
  filter: BankFilter;
  rows: BankRow[];
  total: number;
  page: number;
  pages: number;
  tags: { tag: string; count: number }[];
  categories: string[];
  notice?: string;
  /** The filter as a query string (without `page`), for the export links and the pages. */
  query: string;
}

/** The bank: filter by type, tag, category and words; open, add, import and export. */
export function BankList(p: BankListProps) {
  const { t, lang, filter } = p;
  const q = p.query ? `?${p.query}` : '';
  return (
    <div class="wrap learning-bank">
      <PageHeader
        title={t('learning.bank.title')}
        lead={t('learning.bank.lead')}
        crumbs={[{ href: href(lang, '/learn/manage/quizzes'), label: t('learning.quiz.manageTitle') }]}
        actions={
          <>
            <a class="button primary" href={href(lang, bankPath.create)}>
              {t('learning.bank.new')}
            </a>
            <a class="button" href={href(lang, bankPath.import)}>
              {t('learning.bank.import')}
            </a>
          </>
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <form method="get" action={href(lang, bankPath.list)} class="filters">
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('learning.bank.search')}
          value={filter.q}
          maxLength={200}
        />
        <div class="field">
          <label for="f-type">{t('learning.bank.col.type')}</label>
          <select id="f-type" name="type">
            <option value="">{t('learning.bank.anyType')}</option>
            {QUESTION_TYPES.map((type) => (
              <option value={type} selected={filter.type === type}>
                {typeLabel(t, type)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-tag">{t('learning.bank.col.tags')}</label>
          <select id="f-tag" name="tag">
            <option value="">{t('learning.bank.anyTag')}</option>
            {p.tags.map((x) => (
              <option value={x.tag} selected={filter.tag === x.tag}>
                {`${tagLabel(t, x.tag)} (${x.count})`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-category">{t('learning.bank.col.category')}</label>
          <select id="f-category" name="category">
            <option value="">{t('learning.bank.anyCategory')}</option>
            {p.categories.map((c) => (
              <option value={c} selected={filter.category === c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="f-hidden" name="hidden" value="1" checked={filter.hidden === true} />
          <label for="f-hidden">{t('learning.bank.showHidden')}</label>
        </div>
        <button type="submit" class="button">
          {t('learning.bank.filter')}
        </button>
      </form>
      <p class="result-count" role="status">
        {t('learning.bank.count', { count: formatNumber(p.total, lang) })}{' '}
        <a href={`${href(lang, bankPath.exportXml)}${q}`}>{t('learning.bank.exportXml')}</a>
        {' · '}
        <a href={`${href(lang, bankPath.exportCsv)}${q}`}>{t('learning.bank.exportCsv')}</a>
      </p>
      {p.rows.length ? (
        <div class="table-wrap">
          <table class="table cards-on-phone">
            <caption class="visually-hidden">{t('learning.bank.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learning.bank.col.question')}</th>
                <th scope="col">{t('learning.bank.col.type')}</th>
                <th scope="col">{t('learning.bank.col.tags')}</th>
                <th scope="col">{t('learning.bank.col.category')}</th>
                <th scope="col">{t('learning.bank.col.version')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td data-label={t('learning.bank.col.question')}>
                    <a href={href(lang, bankPath.one(r.id))}>{r.name || r.idNumber || r.id}</a>
                    {r.idNumber ? <span class="muted"> · {r.idNumber}</span> : null}
                    {r.hidden ? <span class="badge"> {t('learning.bank.hiddenBadge')}</span> : null}
                    {r.used ? <span class="badge"> {t('learning.bank.usedBadge')}</span> : null}
                  </td>
                  <td data-label={t('learning.bank.col.type')}>{typeLabel(t, r.type)}</td>
                  <td data-label={t('learning.bank.col.tags')}>
                    {r.tags.map((x) => tagLabel(t, x)).join(', ')}
                  </td>
                  <td data-label={t('learning.bank.col.category')}>{r.category}</td>
                  <td data-label={t('learning.bank.col.version')}>{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('learning.bank.none')}</p>
      )}
      <Pagination
        t={t}
        page={p.page}
        pages={p.pages}
        hrefFor={(n) => `${href(lang, bankPath.list)}?${[p.query, `page=${n}`].filter(Boolean).join('&')}`}
      />
    </div>
  );
}
