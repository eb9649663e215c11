import type { Lang } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import { translateFieldProblem } from '../../../web/field-errors.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ImportReport } from '../bank-import.js';
import { bankPath } from './bank-parts.js';

/** The import form, and after an import what was added, updated and left out (and why). */
export function BankImport(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  errors?: FieldErrors;
  report?: ImportReport;
}) {
  const { t, lang, report } = p;
  return (
    <div class="wrap narrow learning-bank">
      <PageHeader
        title={t('learning.import.title')}
        lead={t('learning.import.lead')}
        crumbs={[{ href: href(lang, bankPath.list), label: t('learning.bank.title') }]}
      />
      <ErrorSummary t={t} errors={p.errors} />
      {report ? (
        <>
          <Notice kind={report.skipped.length ? 'warning' : 'success'}>
            <p>
              {t('learning.import.result', {
                created: report.created,
                updated: report.updated,
                skipped: report.skipped.length,
              })}
            </p>
          </Notice>
          {report.skipped.length ? (
            <section>
              <h2>{t('learning.import.skipped')}</h2>
              <ul class="import-problems">
                {report.skipped.map((s) => (
                  <li>
                    <strong>{t('learning.import.question', { position: s.position, name: s.name })}</strong>
                    <ul>
                      {s.problems.map((x) => (
                        <li>
                          {x.field ? <code>{x.field}</code> : null} {translateFieldProblem(x.problem, t)}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {report.notes.length ? (
            <section>
              <h2>{t('learning.import.notes')}</h2>
              <ul>
                {report.notes.map((n) => (
                  <li>
                    {t('learning.import.question', { position: n.position, name: n.name })}:{' '}
                    {n.notes.map((k) => t(k)).join(' ')}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      <form method="post" action={href(lang, bankPath.import)} enctype="multipart/form-data" class="stacked">
        <HiddenFormFields csrfToken={p.csrfToken} />
        <div class={p.errors?.file ? 'field has-error' : 'field'}>
          <label for="f-file">{t('learning.import.file')}</label>
          {p.errors?.file ? (
            <p class="field-error" id="f-file-error">
              {p.errors.file}
            </p>
          ) : null}
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".xml,.csv,text/xml,application/xml,text/csv"
            aria-describedby={p.errors?.file ? 'f-file-error' : undefined}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button primary">
            {t('learning.import.submit')}
          </button>
          <a href={href(lang, bankPath.list)}>{t('learning.bank.back')}</a>
        </div>
      </form>
    </div>
  );
}
