import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  SelectField,
  TextField,
} from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { OrganisationRef } from '../queries.js';
import type { ShareView } from '../shares.js';
import { paths, Text } from './parts.js';

const who = (s: ShareView) => (s.name ? `${s.name} (${s.email})` : s.email);

export function SharingPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  org: OrganisationRef;
  shares: ShareView[];
  candidates: { id: string; name: string; role: string }[];
  values?: { userId?: string; email?: string };
  errors?: FieldErrors;
  notice?: string;
  formToken: string;
}) {
  const { t, lang, org } = p;
  const active = p.shares.filter((s) => !s.revokedAt);
  const past = p.shares.filter((s) => s.revokedAt);
  const action = href(lang, paths.sharing(org.id));
  return (
    <div class="wrap narrow ip-register">
      <PageHeader
        title={t('ip.share.title')}
        lead={<Text value={org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.index), label: t('ip.register.title') },
          { href: href(lang, paths.portfolio(org.id)), label: t('ip.portfolio.title') },
        ]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>{t('ip.share.lead')}</p>
      <section aria-labelledby="ip-share-current">
        <h2 id="ip-share-current">{t('ip.share.current')}</h2>
        {active.length ? (
          <ul class="list">
            {active.map((s) => (
              <li>
                <strong>{who(s)}</strong>
                {s.role ? (
                  <span class="meta"> · {t(`accounts.role.${s.role}` as MessageKey)}</span>
                ) : (
                  <span class="meta"> · {t('ip.share.noAccount')}</span>
                )}
                <br />
                <span class="meta">
                  {t('ip.share.since', { date: formatDateTime(s.createdAt, lang, { time: false }) })}
                </span>
                <form method="post" action={`${action}/${s.id}/revoke`} class="inline">
                  <HiddenFormFields csrfToken={p.csrfToken} />
                  <button type="submit" class="small warning">
                    {t('ip.share.revoke')}
                    <span class="visually-hidden"> {who(s)}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('ip.share.none')}</p>
        )}
      </section>
      <section aria-labelledby="ip-share-new">
        <h2 id="ip-share-new">{t('ip.share.add')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <form method="post" action={action} class="stack" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
          <SelectField
            t={t}
            name="userId"
            label={t('ip.share.person')}
            hint={t('ip.share.personHint')}
            value={p.values?.userId ?? ''}
            error={p.errors?.userId}
            empty={t('ip.share.nobody')}
            options={p.candidates.map((u) => ({
              value: u.id,
              label: `${u.name} · ${t(`accounts.role.${u.role}` as MessageKey)}`,
            }))}
          />
          <TextField
            t={t}
            type="email"
            name="email"
            label={t('ip.share.email')}
            hint={t('ip.share.emailHint')}
            value={p.values?.email ?? ''}
            error={p.errors?.email}
            maxLength={254}
            autocomplete="off"
          />
          <p>
            <button type="submit" class="button primary">
              {t('ip.share.submit')}
            </button>
          </p>
        </form>
      </section>
      {past.length ? (
        <section aria-labelledby="ip-share-past">
          <h2 id="ip-share-past">{t('ip.share.past')}</h2>
          <ul class="list">
            {past.map((s) => (
              <li>
                {who(s)}{' '}
                <span class="meta">
                  {t('ip.share.period', {
                    from: formatDateTime(s.createdAt, lang, { time: false }),
                    to: formatDateTime(s.revokedAt!, lang, { time: false }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
