import { formatDate } from '../../../lib/dates.js';
import { href } from '../../../web/layout.js';
import { serialOf } from '../codes.js';
import type { AttendeeRow } from '../overview.js';
import type { DocumentsPageProps } from './documents-page.js';
import { ReasonForm } from './reason-form.js';

/**
 * One registrant: days present, their certificate, and what may be done with it. Looking at it
 * before it is issued is a preview (nothing recorded); issuing is a button, before the event is
 * over only for a manager with a reason; a revoked one may be replaced by a corrected one.
 */
export function AttendeeLine(p: DocumentsPageProps & { row: AttendeeRow }) {
  const { t, lang, row } = p;
  const c = row.certificate;
  const reg = row.registration;
  const base = href(lang, `/events/${p.event.id}`);
  const inForce = c && !c.revokedAt ? c : null;
  // Before the event is over, issuing needs a manager's reason; a coordinator waits for the end.
  const canIssue = p.ended || p.mayIssueEarly;
  const opened = (form: string) => (p.failed?.form === form ? true : undefined);
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
        <div class="doc-row-actions">
          {inForce ? (
            <a href={`${base}/registrations/${reg.id}/certificate.pdf`}>{t('documents.download')}</a>
          ) : row.days > 0 ? (
            <a href={`${base}/registrations/${reg.id}/certificate-preview.pdf`}>{t('documents.preview')}</a>
          ) : null}
          {!c && row.days > 0 && canIssue ? (
            p.ended ? (
              <ReasonForm
                csrfToken={p.csrfToken}
                action={`${base}/registrations/${reg.id}/certificate`}
                form={`issue-${reg.id}`}
                button={t('documents.issue')}
              />
            ) : (
              <details open={opened(`issue-${reg.id}`)}>
                <summary>{t('documents.issue.early')}</summary>
                <ReasonForm
                  csrfToken={p.csrfToken}
                  action={`${base}/registrations/${reg.id}/certificate`}
                  form={`issue-${reg.id}`}
                  button={t('documents.issue')}
                  failed={p.failed}
                  reasonLabel={t('documents.issue.reason')}
                  hint={t('documents.issue.earlyHint')}
                />
              </details>
            )
          ) : null}
          {c?.revokedAt && row.days > 0 && canIssue ? (
            <details open={opened(`reissue-${c.id}`)}>
              <summary>{t('documents.reissue')}</summary>
              <ReasonForm
                csrfToken={p.csrfToken}
                action={`${base}/certificates/${c.id}/reissue`}
                form={`reissue-${c.id}`}
                button={t('documents.reissue')}
                failed={p.failed}
                hint={
                  p.ended
                    ? t('documents.reissue.hint')
                    : `${t('documents.reissue.hint')} ${t('documents.issue.earlyHint')}`
                }
                {...(p.ended ? {} : { reasonLabel: t('documents.issue.reason') })}
              />
            </details>
          ) : null}
          {inForce ? (
            <details class="revoke" open={opened(`revoke-${inForce.id}`)}>
              <summary>{t('documents.revoke')}</summary>
              <ReasonForm
                csrfToken={p.csrfToken}
                action={`${base}/certificates/${inForce.id}/revoke`}
                form={`revoke-${inForce.id}`}
                reasonLabel={t('documents.revoke.reason')}
                button={t('documents.revoke')}
                danger
                failed={p.failed}
              />
            </details>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
