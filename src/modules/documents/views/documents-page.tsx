import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow } from '../../registration/index.js';
import { ManageHeader } from '../../registration/index.js';
import type { AttendeeRow } from '../overview.js';
import type { ExportRow } from '../schema.js';
import { AttendeeLine } from './attendee-line.js';
import { ExportList } from './exports.js';
import { type FailedForm, ReasonForm } from './reason-form.js';

export interface DocumentsPageProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  rows: AttendeeRow[];
  eventDays: number;
  attended: number;
  issued: number;
  exports: ExportRow[];
  /** Whether the event is over: certificates are issued from then on. */
  ended: boolean;
  /** Whether the reader may issue before the end, with a reason (a programme manager). */
  mayIssueEarly: boolean;
  notice?: string;
  failed?: FailedForm;
}

export function DocumentsPage(p: DocumentsPageProps) {
  const { t, lang, event } = p;
  const base = href(lang, `/events/${event.id}`);
  return (
    <div class="wrap documents">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="documents"
        title={t('documents.page.title')}
        lead={text(event.title, lang)}
      />
      <p>{t('documents.page.lead')}</p>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.failed ? <ErrorSummary t={t} errors={{ [`reason-${p.failed.form}`]: p.failed.error }} /> : null}
      <p class="doc-counts">
        {t('documents.counts', { confirmed: p.rows.length, attended: p.attended, issued: p.issued })}
      </p>
      <div class="doc-actions">
        <section aria-labelledby="badges-h">
          <h2 id="badges-h">{t('documents.badges.title')}</h2>
          <ul>
            <li>
              <a href={`${base}/badges.pdf?layout=sheet`}>{t('documents.badges.sheet')}</a>
            </li>
            <li>
              <a href={`${base}/badges.pdf?layout=single`}>{t('documents.badges.single')}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="certs-h" class="doc-issue">
          <h2 id="certs-h">{t('documents.certificates.title')}</h2>
          {p.ended ? (
            <form method="post" action={`${base}/certificates`}>
              <HiddenFormFields csrfToken={p.csrfToken} />
              <button type="submit">{t('documents.certificates.issueAll')}</button>
            </form>
          ) : (
            <>
              <p>{t('documents.issue.opens', { date: formatDate(event.endDate, lang) })}</p>
              {p.mayIssueEarly ? (
                <details open={p.failed?.form === 'all' ? true : undefined}>
                  <summary>{t('documents.issue.early')}</summary>
                  <ReasonForm
                    csrfToken={p.csrfToken}
                    action={`${base}/certificates`}
                    form="all"
                    hint={t('documents.issue.earlyHint')}
                    reasonLabel={t('documents.issue.reason')}
                    button={t('documents.certificates.issueAll')}
                    failed={p.failed}
                  />
                </details>
              ) : null}
            </>
          )}
        </section>
        <section aria-labelledby="zip-h">
          <h2 id="zip-h">{t('documents.zip.title')}</h2>
          <form method="post" action={`${base}/documents/exports`} class="inline-forms">
            <HiddenFormFields csrfToken={p.csrfToken} />
            <button type="submit" name="kind" value="certificates">
              {t('documents.zip.certificates')}
            </button>{' '}
            <button type="submit" name="kind" value="badges" class="secondary">
              {t('documents.zip.badges')}
            </button>
          </form>
          <ExportList t={t} lang={lang} eventId={event.id} exports={p.exports} />
        </section>
      </div>
      <h2>{t('documents.list.title')}</h2>
      {p.rows.length === 0 ? (
        <p>{t('documents.list.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('documents.col.name')}</th>
                <th scope="col">{t('documents.col.organisation')}</th>
                <th scope="col">{t('documents.col.days')}</th>
                <th scope="col">{t('documents.col.certificate')}</th>
                <th scope="col">{t('documents.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <AttendeeLine {...p} row={r} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
