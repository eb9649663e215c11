import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDate, formatDateRange } from '../../../lib/dates.js';
import { Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { Verification } from '../verify.js';

/** The public answer to "is this certificate genuine?": the facts printed on it and whether it still stands. */
export function VerifyPage(p: {
  t: Translator;
  lang: Lang;
  found: Verification | null;
  message?: string;
  /** The credential issued for this certificate, when there is one. */
  credentialId?: string | undefined;
}) {
  const { t, lang, found: v } = p;
  return (
    <div class="wrap narrow verify">
      <PageHeader title={t('documents.verify.title')} />
      {!v ? (
        <Notice kind="warning">{p.message ?? t('documents.verify.notFound')}</Notice>
      ) : (
        <>
          {v.replacedBy ? (
            <Notice kind="warning">
              {t('documents.verify.replacedNotice', {
                date: formatDate((v.revokedAt ?? v.issuedAt).toISOString().slice(0, 10), lang),
                serial: v.replacedBy.serial,
              })}{' '}
              <a href={href(lang, `/certificates/${v.replacedBy.code}`)}>
                {t('documents.verify.replacedLink')}
              </a>
            </Notice>
          ) : v.revoked ? (
            <Notice kind="warning">
              {t('documents.verify.revokedNotice', {
                date: formatDate((v.revokedAt ?? v.issuedAt).toISOString().slice(0, 10), lang),
              })}
            </Notice>
          ) : (
            <Notice kind="success">{t('documents.verify.genuine')}</Notice>
          )}
          <dl class="facts">
            <dt>{t('documents.verify.status')}</dt>
            <dd>{v.revoked ? t('documents.verify.revoked') : t('documents.verify.valid')}</dd>
            <dt>{t('documents.verify.serial')}</dt>
            <dd>{v.serial}</dd>
            {v.replacedBy ? (
              <>
                <dt>{t('documents.verify.replacedBy')}</dt>
                <dd>
                  <a href={href(lang, `/certificates/${v.replacedBy.code}`)}>{v.replacedBy.serial}</a>
                </dd>
              </>
            ) : null}
            <dt>{t('documents.verify.name')}</dt>
            <dd>{v.name}</dd>
            <dt>{t('documents.verify.event')}</dt>
            <dd>
              {text(v.event, lang)} · {text(v.city, lang)}
            </dd>
            <dt>{t('documents.verify.dates')}</dt>
            <dd>{formatDateRange(v.startDate, v.endDate, 'day', lang)}</dd>
            <dt>{t('documents.verify.attendance')}</dt>
            <dd>{t('documents.daysOf', { n: v.daysAttended, total: v.eventDays })}</dd>
            <dt>{t('documents.verify.issued')}</dt>
            <dd>{formatDate(v.issuedAt.toISOString().slice(0, 10), lang)}</dd>
          </dl>
          {p.credentialId ? (
            <p>
              <a href={href(lang, `/credentials/${p.credentialId}`)}>{t('documents.verify.credential')}</a>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
