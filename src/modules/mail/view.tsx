import type { Lang } from '../../lib/bilingual.js';
import { formatDateTime } from '../../lib/dates.js';
import { PageHeader, Pagination } from '../../web/components.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { OUTBOX_STATUSES, type OutboxRow, type OutboxStatus, type OutboxSummary } from './queries.js';

const when = (d: Date | null, lang: Lang) => (d ? formatDateTime(d, lang) : '');

const Status = (p: { t: Translator; status: OutboxStatus }) => (
  <span class={`badge mail-${p.status}`}>{p.t(`mail.status.${p.status}`)}</span>
);

export function OutboxPage(p: {
  t: Translator;
  lang: Lang;
  items: OutboxSummary[];
  total: number;
  page: number;
  pageSize: number;
  status?: OutboxStatus;
  smtp: boolean;
}) {
  const { t, lang } = p;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const link = (n: number) => {
    const s = new URLSearchParams();
    if (p.status) s.set('status', p.status);
    if (n > 1) s.set('page', String(n));
    const qs = s.toString();
    return href(lang, `/admin/outbox${qs ? `?${qs}` : ''}`);
  };
  return (
    <div class="wrap">
      <PageHeader
        title={t('mail.outbox.title')}
        lead={p.smtp ? t('mail.outbox.leadSmtp') : t('mail.outbox.leadNoSmtp')}
        crumbs={[{ href: href(lang, '/admin'), label: t('accounts.admin.title') }]}
      />
      <form method="get" action={href(lang, '/admin/outbox')} class="filters">
        <div class="field">
          <label for="f-status">{t('mail.outbox.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('common.all')}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option value={s} selected={p.status === s}>
                {t(`mail.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('common.filter')}
        </button>
      </form>
      <p>{p.total === 1 ? t('common.result') : t('common.results', { count: p.total })}</p>
      {p.items.length ? (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('mail.outbox.subject')}</th>
              <th scope="col">{t('mail.outbox.to')}</th>
              <th scope="col">{t('mail.outbox.status')}</th>
              <th scope="col">{t('mail.outbox.created')}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((m) => (
              <tr>
                <th scope="row">
                  <a href={href(lang, `/admin/outbox/${m.id}`)}>{m.subject}</a>
                </th>
                <td>{m.to}</td>
                <td>
                  <Status t={t} status={m.status} />
                </td>
                <td>{when(m.createdAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('mail.outbox.empty')}</p>
      )}
      <Pagination t={t} page={p.page} pages={pages} hrefFor={link} />
    </div>
  );
}

export function MessagePage(p: { t: Translator; lang: Lang; message: OutboxRow }) {
  const { t, lang, message: m } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={m.subject}
        crumbs={[
          { href: href(lang, '/admin'), label: t('accounts.admin.title') },
          { href: href(lang, '/admin/outbox'), label: t('mail.outbox.title') },
        ]}
      />
      <dl class="meta">
        <dt>{t('mail.outbox.to')}</dt>
        <dd>{m.to}</dd>
        <dt>{t('mail.outbox.status')}</dt>
        <dd>
          <Status t={t} status={m.status} />
        </dd>
        <dt>{t('mail.outbox.created')}</dt>
        <dd>{when(m.createdAt, lang)}</dd>
        {m.sentAt ? (
          <>
            <dt>{t('mail.outbox.sent')}</dt>
            <dd>{when(m.sentAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t('mail.outbox.attempts')}</dt>
        <dd>{m.attempts}</dd>
        {m.error ? (
          <>
            <dt>{t('mail.outbox.error')}</dt>
            <dd>{m.error}</dd>
          </>
        ) : null}
        {m.attachments.length ? (
          <>
            <dt>{t('mail.outbox.attachments')}</dt>
            <dd>{m.attachments.map((a) => a.filename).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('mail.outbox.body')}</h2>
      <pre class="mail-body">{m.text}</pre>
    </div>
  );
}
