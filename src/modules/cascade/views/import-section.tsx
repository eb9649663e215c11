import { ErrorSummary, HiddenFormFields, Notice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { ImportedRow } from '../attendees-import.js';

export type ImportReport = ImportedRow[];

/** Import a typed-up paper sheet (CSV or XLSX) with its scan; the result row by row. */
export function ImportSection(p: {
  t: Translator;
  base: string;
  csrfToken: string;
  report?: ImportReport | undefined;
  message?: string | undefined;
}) {
  const { t } = p;
  const count = (o: ImportedRow['outcome'] | ImportedRow['outcome'][]) =>
    p.report?.filter((r) => [o].flat().includes(r.outcome)).length ?? 0;
  const notAdded = p.report?.filter((r) => r.outcome !== 'added') ?? [];
  return (
    <section aria-labelledby="sheet-import">
      <h2 id="sheet-import">{t('cascade.import.title')}</h2>
      {p.report ? (
        <Notice kind={notAdded.length ? 'warning' : 'success'}>
          {t('cascade.import.done', {
            added: count('added'),
            duplicates: count(['duplicate', 'repeated']),
            errors: count('invalid'),
          })}
        </Notice>
      ) : null}
      {notAdded.length ? (
        <>
          <h3>{t('cascade.import.problems')}</h3>
          <ul class="import-problems">
            {notAdded.map((r) => (
              <li>
                {t('cascade.import.row', { row: r.row })}
                {r.name ? ` · ${r.name}` : ''}: {r.problems.join(' ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ErrorSummary t={t} message={p.message} />
      <p class="hint">{t('cascade.import.lead')}</p>
      <form method="post" action={`${p.base}/attendees/import`} enctype="multipart/form-data" class="form">
        <HiddenFormFields csrfToken={p.csrfToken} />
        <div class="field">
          <label for="f-sheet">{t('cascade.import.file')}</label>
          <input
            id="f-sheet"
            type="file"
            name="sheet"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
          />
        </div>
        <div class="field">
          <label for="f-scan">
            {t('cascade.import.scan')}
            <span class="optional">{t('common.optionalMark')}</span>
          </label>
          <input id="f-scan" type="file" name="scan" accept="image/jpeg,image/png,application/pdf" />
        </div>
        <button type="submit">{t('cascade.import.submit')}</button>
      </form>
    </section>
  );
}
