import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow } from '../../registration/index.js';
import { ManageHeader } from '../../registration/index.js';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../registration/schema.js';
import type { ImportPlan, PlannedSheetRow } from '../attendance-import.js';

export interface ParticipantsPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  attendedCount: number;
  notice?: string | undefined;
  error?: string | undefined;
  preview?: { plan: ImportPlan; csv: string; formToken: string } | undefined;
  filter?: { status?: RegistrationStatus | undefined; q?: string | undefined };
}

export function ParticipantsPage(p: ParticipantsPageProps) {
  const { t, lang, event } = p;
  const base = href(lang, `/events/${event.id}`);
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="participants"
        title={t('reports.participants.title')}
        lead={t('reports.participants.lead')}
      />
      {p.notice ? (
        <p class="notice success" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.error ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t('form.errorSummary')}</h2>
          <p>{p.error}</p>
        </div>
      ) : null}
      {p.preview ? (
        <Preview {...p} preview={p.preview} action={`${base}/attendance-import`} />
      ) : (
        <>
          <section aria-labelledby="download">
            <h2 id="download">{t('reports.participants.download')}</h2>
            <p>{t('reports.participants.attended', { count: formatNumber(p.attendedCount, lang) })}</p>
            <p class="hint">{t('reports.participants.downloadHint')}</p>
            <form method="get" action={`${base}/participants.csv`} class="filters participant-filters">
              <div class="field">
                <label for="p-status">{t('reports.participants.status')}</label>
                <select id="p-status" name="status">
                  <option value="">{t('reports.participants.allStatuses')}</option>
                  {REGISTRATION_STATUSES.map((s) => (
                    <option value={s} selected={p.filter?.status === s}>
                      {t(`registration.status.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="p-q">{t('reports.participants.search')}</label>
                <input id="p-q" name="q" type="search" maxlength={200} value={p.filter?.q ?? ''} />
              </div>
              <div class="actions">
                <button type="submit" class="button primary">
                  {t('reports.participants.csv')}
                </button>
                <button type="submit" class="button" formaction={`${base}/participants.xlsx`}>
                  {t('reports.participants.xlsx')}
                </button>
              </div>
            </form>
          </section>
          <section aria-labelledby="import">
            <h2 id="import">{t('reports.import.title')}</h2>
            <p>{t('reports.import.lead')}</p>
            <p class="hint">{t('reports.import.columns')}</p>
            <form method="post" action={`${base}/attendance-import`} enctype="multipart/form-data">
              <HiddenFormFields csrfToken={p.csrfToken} />
              <div class="field">
                <label for="f-sheet">{t('reports.import.file')}</label>
                <input id="f-sheet" name="file" type="file" accept=".csv,text/csv" required />
              </div>
              <div class="actions">
                <button type="submit" class="button primary">
                  {t('reports.import.check')}
                </button>
              </div>
            </form>
          </section>
        </>
      )}
    </div>
  );
}

function outcomeText(t: Translator, r: PlannedSheetRow): string {
  const days = (r.newDays.length ? r.newDays : r.knownDays).join(', ');
  const main = t(`reports.import.outcome.${r.outcome}`, { days, detail: r.detail });
  return r.outcome === 'record' && r.knownDays.length
    ? `${main} ${t('reports.import.andKnown', { days: r.knownDays.join(', ') })}`
    : main;
}

function Preview(
  p: ParticipantsPageProps & { preview: NonNullable<ParticipantsPageProps['preview']>; action: string },
) {
  const { t, lang, preview } = p;
  const count = formatNumber(preview.plan.adding, lang);
  return (
    <section aria-labelledby="preview">
      <h2 id="preview">{t('reports.import.title')}</h2>
      <p class="notice info" role="status">
        {preview.plan.adding ? t('reports.import.preview', { count }) : t('reports.import.nothing')}
      </p>
      <section class="table-wrap" tabindex={0} aria-labelledby="preview">
        <table class="table import-preview">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('reports.import.row')}
              </th>
              <th scope="col">{t('reports.import.person')}</th>
              <th scope="col">{t('reports.import.match')}</th>
              <th scope="col">{t('reports.import.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.plan.rows.map((r) => (
              <tr class={`outcome-${r.outcome}`}>
                <th scope="row" class="num">
                  {formatNumber(r.row, lang)}
                </th>
                <td>{[r.name, r.email].filter(Boolean).join(' · ')}</td>
                <td>
                  {r.registeredName
                    ? `${r.registeredName} (${r.matchedBy === 'email' ? t('reports.import.byEmail') : t('reports.import.byName')})`
                    : '—'}
                </td>
                <td>{outcomeText(t, r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form method="post" action={p.action}>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={preview.formToken} />
        <input type="hidden" name="confirm" value="1" />
        <input type="hidden" name="csv" value={preview.csv} />
        <div class="actions">
          {preview.plan.adding ? (
            <button type="submit" class="button primary">
              {t('reports.import.confirm', { count })}
            </button>
          ) : null}
          <a href={href(lang, `/events/${p.event.id}/participants`)}>{t('common.cancel')}</a>
        </div>
      </form>
    </section>
  );
}
