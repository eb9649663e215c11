import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow } from '../../registration/index.js';
import { ManageHeader } from '../../registration/index.js';
import { serialOf } from '../codes.js';
import type { AttendeeRow } from '../overview.js';
import { REASON_MAX } from '../revoke.js';
import type { ExportRow } from '../schema.js';
import { ExportList } from './exports.js';

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
  notice?: string;
  failed?: { certificateId: string; reason: string; error: string };
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
      {p.failed ? (
        <ErrorSummary t={t} errors={{ [`reason-${p.failed.certificateId}`]: p.failed.error }} />
      ) : null}
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
        <section aria-labelledby="certs-h">
          <h2 id="certs-h">{t('documents.certificates.title')}</h2>
          <form method="post" action={`${base}/certificates`}>
            <HiddenFormFields csrfToken={p.csrfToken} />
            <button type="submit">{t('documents.certificates.issueAll')}</button>
          </form>
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

function AttendeeLine(p: DocumentsPageProps & { row: AttendeeRow }) {
  const { t, lang, row } = p;
  const c = row.certificate;
  const reg = row.registration;
  const base = href(lang, `/events/${p.event.id}`);
  const failed = c && p.failed?.certificateId === c.id ? p.failed : null;
  return (
    <tr id={`r-${reg.id}`}>
      <td>{reg.name}</td>
      <td>{reg.organisationName}</td>
      <td>{t('documents.daysOf', { n: row.days, total: p.eventDays })}</td>
      <td>
        {c
          ? c.revokedAt
            ? t('documents.revokedOn', {
                date: formatDate(c.revokedAt.toISOString().slice(0, 10), lang),
                reason: c.revokedReason ?? '',
              })
            : serialOf(c)
          : t('documents.notYet')}
      </td>
      <td>
        {row.days > 0 && !c?.revokedAt ? (
          <a href={`${base}/registrations/${reg.id}/certificate.pdf`}>{t('documents.download')}</a>
        ) : null}
        {c && !c.revokedAt ? (
          <details class="revoke" open={failed ? true : undefined}>
            <summary>{t('documents.revoke')}</summary>
            <form method="post" action={`${base}/certificates/${c.id}/revoke`}>
              <HiddenFormFields csrfToken={p.csrfToken} />
              <label for={`reason-${c.id}`}>{t('documents.revoke.reason')}</label>
              <input
                id={`reason-${c.id}`}
                name="reason"
                required
                maxlength={REASON_MAX}
                value={failed?.reason ?? ''}
                aria-invalid={failed ? 'true' : undefined}
                aria-describedby={failed ? `reason-${c.id}-error` : undefined}
              />
              {failed ? (
                <p id={`reason-${c.id}-error`} class="field-error">
                  {failed.error}
                </p>
              ) : null}
              <button type="submit" class="danger">
                {t('documents.revoke')}
              </button>
            </form>
          </details>
        ) : null}
      </td>
    </tr>
  );
}
