import type { Role } from '../../../lib/actor.js';
import { type Bilingual, type Lang, text } from '../../../lib/bilingual.js';
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
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { City } from '../../places/index.js';
import type { AccountLink } from '../links.js';
import { LangSelect, RoleSelect, ScopeRows } from './fields.js';
import { scopeLabel } from './users.js';

const day = (d: Date, lang: Lang) => formatDateTime(d, lang, { time: false });

export function InvitationsPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken: string;
  roles: Role[];
  cities: City[];
  organisations: { id: string; name: Bilingual }[];
  open: AccountLink[];
  values: { email: string; role: string; lang: string; scopes: string[]; organisationId: string };
  errors?: FieldErrors;
  notice?: 'sent' | 'revoked';
}) {
  const { t, lang, values } = p;
  const cityMap = new Map(p.cities.map((c) => [c.id, c]));
  const orgMap = new Map(p.organisations.map((o) => [o.id, o.name]));
  const mayRevoke = (l: AccountLink) => l.role !== null && p.roles.includes(l.role);
  return (
    <div class="wrap">
      <PageHeader
        title={t('accounts.invite.title')}
        lead={t('accounts.invite.lead')}
        crumbs={[{ href: href(lang, '/admin'), label: t('accounts.admin.title') }]}
      />
      {p.notice ? (
        <Notice kind="success">
          {p.notice === 'sent' ? t('accounts.invite.sent') : t('accounts.invite.revoked')}
        </Notice>
      ) : null}
      <section aria-labelledby="invite-h" class="narrow">
        <h2 id="invite-h">{t('accounts.invite.new')}</h2>
        <ErrorSummary t={t} errors={p.errors} />
        <form method="post" action={href(lang, '/admin/invitations')} class="stack" novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
          <TextField
            t={t}
            name="email"
            type="email"
            label={t('accounts.field.email')}
            value={values.email}
            error={p.errors?.email}
            maxLength={254}
            required
          />
          <RoleSelect t={t} roles={p.roles} value={values.role} error={p.errors?.role} />
          <SelectField
            t={t}
            name="organisationId"
            label={t('accounts.invite.organisation')}
            hint={t('accounts.invite.organisationHint')}
            value={values.organisationId}
            error={p.errors?.organisationId}
            empty={t('accounts.field.organisation.none')}
            options={p.organisations.map((o) => ({ value: o.id, label: text(o.name, lang) }))}
          />
          <ScopeRows t={t} lang={lang} cities={p.cities} values={values.scopes} error={p.errors?.scopes} />
          <LangSelect
            t={t}
            name="lang"
            label={t('accounts.invite.lang')}
            hint={t('accounts.invite.langHint')}
            value={values.lang}
          />
          <p>
            <button type="submit" class="button primary">
              {t('accounts.invite.submit')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="open-h">
        <h2 id="open-h">{t('accounts.invite.open')}</h2>
        {p.open.length ? (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('accounts.field.email')}</th>
                <th scope="col">{t('accounts.field.role')}</th>
                <th scope="col">{t('accounts.invite.organisation')}</th>
                <th scope="col">{t('accounts.field.scopes')}</th>
                <th scope="col">{t('accounts.invite.expires')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.open.map((l) => (
                <tr>
                  <th scope="row">{l.email}</th>
                  <td>{l.role ? t(`accounts.role.${l.role}`) : ''}</td>
                  <td>{l.organisationId ? text(orgMap.get(l.organisationId), lang) : ''}</td>
                  <td>{(l.scopes ?? []).map((s) => scopeLabel(s, lang, cityMap)).join('; ')}</td>
                  <td>{day(l.expiresAt, lang)}</td>
                  <td>
                    {mayRevoke(l) ? (
                      <form
                        method="post"
                        action={href(lang, `/admin/invitations/${l.id}/revoke`)}
                        class="inline"
                      >
                        <HiddenFormFields csrfToken={p.csrfToken} />
                        <button type="submit" class="button danger">
                          {t('accounts.invite.revoke')}
                          <span class="visually-hidden"> {l.email}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('accounts.invite.none')}</p>
        )}
      </section>
    </div>
  );
}
