import { ROLES } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  Pagination,
  SelectField,
  TextField,
} from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { City } from '../../places/index.js';
import { provinceName } from '../../places/index.js';
import type { Scope, UserView } from '../queries.js';
import { LangSelect, RoleSelect, ScopeRows } from './fields.js';

export function scopeLabel(s: Scope, lang: Lang, cities: Map<string, City>): string {
  const province = provinceName(s.province)[lang];
  if (!s.cityId) return province;
  const city = cities.get(s.cityId);
  return `${province} · ${city ? city.name[lang] || city.name.en || city.name.zh : s.cityId}`;
}

export function UsersPage(p: {
  t: Translator;
  lang: Lang;
  items: UserView[];
  total: number;
  page: number;
  pageSize: number;
  q: string;
  role: string;
  cities: Map<string, City>;
}) {
  const { t, lang } = p;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const query = (page: number) => {
    const s = new URLSearchParams();
    if (p.q) s.set('q', p.q);
    if (p.role) s.set('role', p.role);
    if (page > 1) s.set('page', String(page));
    const qs = s.toString();
    return href(lang, `/admin/users${qs ? `?${qs}` : ''}`);
  };
  return (
    <div class="wrap">
      <PageHeader
        title={t('accounts.admin.users')}
        crumbs={[{ href: href(lang, '/admin'), label: t('accounts.admin.title') }]}
        actions={
          <a class="button primary" href={href(lang, '/admin/invitations')}>
            {t('accounts.invite.title')}
          </a>
        }
      />
      <form method="get" action={href(lang, '/admin/users')} class="filters">
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('accounts.users.search')}
          value={p.q}
          maxLength={200}
        />
        <div class="field">
          <label for="f-role">{t('accounts.field.role')}</label>
          <select id="f-role" name="role">
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option value={r} selected={p.role === r}>
                {t(`accounts.role.${r}`)}
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
              <th scope="col">{t('accounts.field.name')}</th>
              <th scope="col">{t('accounts.field.email')}</th>
              <th scope="col">{t('accounts.field.role')}</th>
              <th scope="col">{t('accounts.field.scopes')}</th>
              <th scope="col">{t('accounts.field.active')}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((u) => (
              <tr>
                <th scope="row">
                  <a href={href(lang, `/admin/users/${u.id}`)}>{u.name || u.email}</a>
                </th>
                <td>{u.email}</td>
                <td>{t(`accounts.role.${u.role}`)}</td>
                <td>{u.scopes.map((s) => scopeLabel(s, lang, p.cities)).join('; ')}</td>
                <td>{u.active ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('common.noResults')}</p>
      )}
      <Pagination t={t} page={p.page} pages={pages} hrefFor={query} />
    </div>
  );
}

export function UserEditPage(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  user: UserView;
  cities: City[];
  values: {
    name: string;
    role: string;
    preferredLang: string;
    active: boolean;
    scopes: string[];
    organisationId: string;
  };
  organisations: { id: string; name: { en: string; zh: string } }[];
  errors?: FieldErrors;
  saved?: boolean;
}) {
  const { t, lang, values } = p;
  return (
    <div class="wrap narrow">
      <PageHeader
        title={p.user.name || p.user.email}
        lead={p.user.email}
        crumbs={[
          { href: href(lang, '/admin'), label: t('accounts.admin.title') },
          { href: href(lang, '/admin/users'), label: t('accounts.admin.users') },
        ]}
      />
      {p.saved ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={href(lang, `/admin/users/${p.user.id}`)} class="stack" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <TextField
          t={t}
          name="name"
          label={t('accounts.field.name')}
          value={values.name}
          error={p.errors?.name}
          maxLength={200}
          required
        />
        <RoleSelect t={t} roles={ROLES} value={values.role} error={p.errors?.role} />
        <ScopeRows t={t} lang={lang} cities={p.cities} values={values.scopes} error={p.errors?.scopes} />
        <SelectField
          t={t}
          name="organisationId"
          label={t('accounts.field.organisation')}
          value={values.organisationId}
          error={p.errors?.organisationId}
          empty={t('accounts.field.organisation.none')}
          options={p.organisations.map((o) => ({
            value: o.id,
            label: o.name[lang] || o.name.en || o.name.zh,
          }))}
        />
        <LangSelect
          t={t}
          name="preferredLang"
          label={t('accounts.field.preferredLang')}
          value={values.preferredLang}
        />
        <div class={p.errors?.active ? 'field checkbox has-error' : 'field checkbox'}>
          {p.errors?.active ? (
            <p class="field-error" id="f-active-error">
              {p.errors.active}
            </p>
          ) : null}
          <input
            type="checkbox"
            id="f-active"
            name="active"
            value="on"
            checked={values.active}
            aria-describedby={p.errors?.active ? 'f-active-error' : undefined}
          />
          <label for="f-active">{t('accounts.users.activeLabel')}</label>
        </div>
        <p>
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
        </p>
      </form>
      <p>
        <a href={href(lang, `/admin/audit?entity=user&entityId=${p.user.id}`)}>
          {t('accounts.users.history')}
        </a>
      </p>
    </div>
  );
}
