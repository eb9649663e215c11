import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { ORGANISATION_COLUMNS, PERSON_COLUMNS } from '../export.js';
import type { RowError } from '../import-common.js';

export type ImportKind = 'organisations' | 'people';

export interface ImportPreview {
  rows: { row: number; update: boolean; label: string }[];
  csv: string;
  formToken: string;
}

export function ImportPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  kind: ImportKind;
  errors?: RowError[];
  preview?: ImportPreview;
}) {
  const { t, lang, kind } = p;
  const action = href(lang, `/directory/${kind}/import`);
  const listHref = href(lang, kind === 'organisations' ? '/directory' : '/directory/people');
  const columns = kind === 'organisations' ? ORGANISATION_COLUMNS : PERSON_COLUMNS;
  return (
    <div class="wrap">
      <PageHeader
        title={kind === 'organisations' ? t('directory.import.organisations') : t('directory.import.people')}
        lead={t('directory.import.lead')}
        crumbs={[
          { href: href(lang, '/directory'), label: t('directory.title') },
          {
            href: listHref,
            label: kind === 'organisations' ? t('directory.organisations') : t('directory.people'),
          },
        ]}
      />
      {p.errors?.length ? <RowErrors t={t} lang={lang} errors={p.errors} /> : null}
      {p.preview ? (
        <Preview t={t} lang={lang} csrfToken={p.csrfToken} action={action} preview={p.preview} />
      ) : (
        <>
          <h2>{t('directory.import.columns')}</h2>
          <p>
            <code>{columns.join(',')}</code>
          </p>
          <p class="hint">{t('directory.import.columnsHint')}</p>
          <p class="hint">
            {kind === 'people' ? t('directory.import.peopleHint') : t('directory.import.codesHint')}
          </p>
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
              <a href={listHref}>{t('common.cancel')}</a>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

function RowErrors(p: { t: Translator; lang: Lang; errors: RowError[] }) {
  const { t, lang } = p;
  return (
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
  );
}

function Preview(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  action: string;
  preview: ImportPreview;
}) {
  const { t, lang, preview } = p;
  const count = formatNumber(preview.rows.length, lang);
  return (
    <>
      <p class="notice info" role="status">
        {t('directory.import.preview', { count })}
      </p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col" class="number">
                {t('directory.import.row')}
              </th>
              <th scope="col">{t('directory.field.name')}</th>
              <th scope="col">{t('directory.import.action')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
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
      <form method="post" action={p.action}>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={preview.formToken} />
        <input type="hidden" name="confirm" value="1" />
        <input type="hidden" name="csv" value={preview.csv} />
        <div class="actions">
          <button type="submit" class="button primary">
            {t('directory.import.confirm', { count })}
          </button>
          <a href={p.action}>{t('common.cancel')}</a>
        </div>
      </form>
    </>
  );
}
