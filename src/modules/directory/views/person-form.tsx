import type { Lang } from '../../../lib/bilingual.js';
import { pick } from '../../../lib/bilingual.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { LIMITS, SEXES } from '../inputs.js';
import type { OrganisationRef } from '../queries.js';
import { sexLabel } from './shared.js';

export function PersonForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  id?: string;
  values: FormValues;
  errors?: FieldErrors;
  organisations: OrganisationRef[];
  /** Coordinators must attach people to an organisation they cover. */
  organisationRequired: boolean;
}) {
  const { t, lang, values, errors = {} } = p;
  const v = (name: string) => fieldValue(values, name);
  const role = (values.role ?? {}) as { en?: unknown; zh?: unknown };
  const title = p.id ? t('directory.person.edit') : t('directory.person.new');
  const action = p.id ? `/directory/people/${p.id}/edit` : '/directory/people/new';
  return (
    <div class="wrap narrow">
      <PageHeader
        title={title}
        crumbs={[
          { href: href(lang, '/directory'), label: t('directory.title') },
          p.id
            ? { href: href(lang, `/directory/people/${p.id}`), label: v('name') }
            : { href: href(lang, '/directory/people'), label: t('directory.people') },
        ]}
      />
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={href(lang, action)} novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <TextField
          t={t}
          name="name"
          label={t('directory.field.personName')}
          required
          value={v('name')}
          error={errors.name}
          maxLength={LIMITS.personName}
          autocomplete="off"
        />
        <TextField
          t={t}
          name="nameAlt"
          label={t('directory.field.nameAlt')}
          hint={t('directory.hint.nameAlt')}
          value={v('nameAlt')}
          error={errors.nameAlt}
          maxLength={LIMITS.personName}
          autocomplete="off"
        />
        <TextField
          t={t}
          name="nameZh"
          label={t('directory.field.nameZh')}
          hint={t('directory.hint.nameZh')}
          value={v('nameZh')}
          error={errors.nameZh}
          maxLength={LIMITS.personName + LIMITS.honorific}
          autocomplete="off"
        />
        <TextField
          t={t}
          name="honorific"
          label={t('directory.field.honorific')}
          hint={t('directory.hint.honorific')}
          value={v('honorific')}
          error={errors.honorific}
          maxLength={LIMITS.honorific}
        />
        <SelectField
          t={t}
          name="organisationId"
          label={t('directory.field.organisation')}
          required={p.organisationRequired}
          value={v('organisationId')}
          error={errors.organisationId}
          empty={p.organisationRequired ? t('directory.choose') : t('directory.noOrganisation')}
          options={p.organisations.map((o) => {
            const name = pick(o.name, lang).text;
            return { value: o.id, label: o.abbreviation ? `${name} (${o.abbreviation})` : name };
          })}
        />
        <BilingualField
          t={t}
          name="role"
          label={t('directory.field.role')}
          value={{
            en: typeof role.en === 'string' ? role.en : '',
            zh: typeof role.zh === 'string' ? role.zh : '',
          }}
          errors={errors}
          maxLength={LIMITS.role}
        />
        <fieldset>
          <legend>{t('directory.hint.contacts')}</legend>
          <SelectField
            t={t}
            name="sex"
            label={t('directory.field.sex')}
            value={v('sex')}
            error={errors.sex}
            empty={t('directory.sex.unstated')}
            options={SEXES.map((s) => ({ value: s, label: sexLabel(t, s) }))}
          />
          <TextField
            t={t}
            type="email"
            name="email"
            label={t('directory.field.email')}
            value={v('email')}
            error={errors.email}
            maxLength={LIMITS.email}
            autocomplete="off"
          />
          <TextField
            t={t}
            type="tel"
            name="phone"
            label={t('directory.field.phone')}
            value={v('phone')}
            error={errors.phone}
            maxLength={LIMITS.phone}
            autocomplete="off"
          />
        </fieldset>
        <div class="actions">
          <button type="submit" class="button primary">
            {p.id ? t('common.save') : t('common.create')}
          </button>
          <a href={href(lang, p.id ? `/directory/people/${p.id}` : '/directory/people')}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
