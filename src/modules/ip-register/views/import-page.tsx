import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { RowError } from '../../directory/index.js';
import { COLUMNS } from '../csv-columns.js';
import type { OrganisationRef } from '../queries.js';
import { paths, Text } from './parts.js';

export interface ImportPreview {
  added: number;
  updated: number;
  rows: { row: number; label: string; update: boolean }[];
  /** The staged file the confirmation names. */
  upload: string;
  formToken: string;
}

const PREVIEW_ROWS = 200;

export function ImportPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  org: OrganisationRef;
  errors?: RowError[];
  preview?: ImportPreview;
}) {
  const { t, lang, org } = p;
  const action = href(lang, paths.importCsv(org.id));
  const columns = COLUMNS.filter((c) => !c.exportOnly);
  return (
    <div class="wrap ip-register">
      <PageHeader
        title={t('ip.import.title')}
        lead={<Text value={org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(org.id)), label: t('ip.portfolio.title') },
        ]}
      />
      {p.errors?.length ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t('form.errorSummary')}</h2>
          <p>{t('directory.import.rejected')}</p>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col" class="number">
                    {t('directory.import.row')}
                  </th>
                  <th scope="col">{t('directory.import.column')}</th>
                  <th scope="col">{t('directory.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {p.errors.map((e) => (
                  <tr>
                    <th scope="row" class="number">
                      {formatNumber(e.row, lang)}
                    </th>
                    <td>{e.column ? <code>{e.column}</code> : ''}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {p.preview ? (
        <>
          <p class="notice info" role="status">
            {t('ip.import.preview', {
              added: formatNumber(p.preview.added, lang),
              updated: formatNumber(p.preview.updated, lang),
            })}
          </p>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col" class="number">
                    {t('directory.import.row')}
                  </th>
                  <th scope="col">{t('ip.field.title')}</th>
                  <th scope="col">{t('directory.import.action')}</th>
                </tr>
              </thead>
              <tbody>
                {p.preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr>
                    <th scope="row" class="number">
                      {formatNumber(r.row, lang)}
                    </th>
                    <td>{r.label}</td>
                    <td>{r.update ? t('directory.import.update') : t('directory.import.add')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.preview.rows.length > PREVIEW_ROWS ? (
            <p class="hint">
              {t('ip.import.more', { count: formatNumber(p.preview.rows.length - PREVIEW_ROWS, lang) })}
            </p>
          ) : null}
          <form method="post" action={action}>
            <HiddenFormFields csrfToken={p.csrfToken} formToken={p.preview.formToken} />
            <input type="hidden" name="confirm" value="1" />
            <input type="hidden" name="upload" value={p.preview.upload} />
            <div class="actions">
              <button type="submit" class="button primary">
                {t('directory.import.confirm', { count: formatNumber(p.preview.rows.length, lang) })}
              </button>
              <a href={action}>{t('common.cancel')}</a>
            </div>
          </form>
        </>
      ) : (
        <>
          <p>{t('ip.import.lead')}</p>
          <h2>{t('directory.import.columns')}</h2>
          <details>
            <summary>{t('ip.import.columnsList')}</summary>
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.english')}</th>
                    <th scope="col">{t('common.chinese')}</th>
                  </tr>
                </thead>
                <tbody>
                  {columns.map((c) => (
                    <tr>
                      <td>
                        <code>{c.en}</code>
                      </td>
                      <td>
                        <code lang="zh-CN">{c.zh}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <p class="hint">{t('ip.import.hint')}</p>
          <form method="post" action={action} enctype="multipart/form-data">
            <HiddenFormFields csrfToken={p.csrfToken} />
            <div class="field">
              <label for="f-file">{t('directory.import.file')}</label>
              <input id="f-file" name="file" type="file" accept=".csv,text/csv" required />
            </div>
            <div class="actions">
              <button type="submit" class="button primary">
                {t('directory.import.check')}
              </button>
              <a href={href(lang, paths.portfolio(org.id))}>{t('common.cancel')}</a>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
