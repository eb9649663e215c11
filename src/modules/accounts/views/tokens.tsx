import type { Lang } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader, TextField } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { ApiToken } from '../tokens.js';

const when = (d: Date | null, lang: Lang) => (d ? formatDateTime(d, lang) : '');

export function TokensPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  /** Makes a double-submitted form create one token. */
  formToken?: string;
  tokens: ApiToken[];
  created?: { token: string; name: string };
  revoked?: boolean;
  name?: string;
  errors?: FieldErrors;
}) {
  const { t, lang } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={t('accounts.tokens.title')}
        lead={t('accounts.tokens.lead')}
        crumbs={[{ href: href(lang, '/account'), label: t('accounts.profile.title') }]}
      />
      {p.created ? (
        <div class="notice success" role="status">
          <p>{t('accounts.tokens.createdOnce', { name: p.created.name })}</p>
          <p>
            <label for="new-token">{t('accounts.tokens.yourToken')}</label>
            <input id="new-token" type="text" readonly value={p.created.token} class="token" />
          </p>
        </div>
      ) : null}
      {p.revoked ? <Notice kind="success">{t('accounts.tokens.revoked')}</Notice> : null}
      <section aria-labelledby="new-token-h">
        <h2 id="new-token-h">{t('accounts.tokens.create')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <form method="post" action={href(lang, '/account/tokens')} class="stack" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
          <TextField
            t={t}
            name="name"
            label={t('accounts.tokens.name')}
            hint={t('accounts.tokens.nameHint')}
            value={p.name}
            error={p.errors?.name}
            maxLength={100}
            required
          />
          <p>
            <button type="submit" class="button primary">
              {t('accounts.tokens.create')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="tokens-h">
        <h2 id="tokens-h">{t('accounts.tokens.list')}</h2>
        {p.tokens.length ? (
          <table class="data cards-on-phone">
            <thead>
              <tr>
                <th scope="col">{t('accounts.tokens.name')}</th>
                <th scope="col">{t('accounts.tokens.prefix')}</th>
                <th scope="col">{t('accounts.tokens.createdAt')}</th>
                <th scope="col">{t('accounts.tokens.lastUsed')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.tokens.map((tok) => (
                <tr>
                  <th scope="row" data-label={t('accounts.tokens.name')}>
                    {tok.name}
                  </th>
                  <td data-label={t('accounts.tokens.prefix')}>
                    <code>{tok.prefix}…</code>
                  </td>
                  <td data-label={t('accounts.tokens.createdAt')}>{when(tok.createdAt, lang)}</td>
                  <td data-label={t('accounts.tokens.lastUsed')}>
                    {tok.lastUsedAt ? when(tok.lastUsedAt, lang) : t('accounts.tokens.neverUsed')}
                  </td>
                  <td data-label={t('common.actions')}>
                    {tok.revokedAt ? (
                      t('accounts.tokens.revokedAt', { when: when(tok.revokedAt, lang) })
                    ) : (
                      <form
                        method="post"
                        action={href(lang, `/account/tokens/${tok.id}/revoke`)}
                        class="inline"
                      >
                        <HiddenFormFields csrfToken={p.csrfToken} />
                        <button type="submit" class="button danger">
                          {t('accounts.tokens.revoke')}
                          <span class="visually-hidden"> {tok.name}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('accounts.tokens.none')}</p>
        )}
      </section>
    </div>
  );
}
