import type { Lang } from '../../../lib/bilingual.js';
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
import type { City } from '../../places/index.js';
import { LIMITS, ORGANISATION_SIZES } from '../inputs.js';
import { ORGANISATION_KINDS } from '../schema.js';
import { CitySelect, kindLabel, ProvinceSelect, sectorOptions, sizeLabel } from './shared.js';

export function OrganisationForm(p: {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  /** Set when editing. */
  id?: string;
  values: FormValues;
  errors?: FieldErrors;
  /** The provinces the user may choose; undefined means all. */
  provinces?: string[];
  cities: City[];
}) {
  const { t, lang, values, errors = {} } = p;
  const title = p.id ? t('directory.organisation.edit') : t('directory.organisation.new');
  const action = p.id ? `/directory/organisations/${p.id}/edit` : '/directory/organisations/new';
  const v = (name: string) => fieldValue(values, name);
  const name = (values.name ?? {}) as { en?: string; zh?: string };
  return (
    <div class="wrap narrow">
      <PageHeader
        title={title}
        crumbs={[
          { href: href(lang, '/directory'), label: t('directory.title') },
          p.id
            ? {
                href: href(lang, `/directory/organisations/${p.id}`),
                label: name[lang] || name.en || name.zh || '',
              }
            : { href: href(lang, '/directory'), label: t('directory.organisations') },
        ]}
      />
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={href(lang, action)} novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <BilingualField
          t={t}
          name="name"
          label={t('directory.field.name')}
          hint={t('directory.hint.name')}
          value={{
            en: typeof name.en === 'string' ? name.en : '',
            zh: typeof name.zh === 'string' ? name.zh : '',
          }}
          errors={errors}
          maxLength={LIMITS.name}
        />
        <TextField
          t={t}
          name="abbreviation"
          label={t('directory.field.abbreviation')}
          hint={t('directory.hint.abbreviation')}
          value={v('abbreviation')}
          error={errors.abbreviation}
          maxLength={LIMITS.abbreviation}
        />
        <SelectField
          t={t}
          name="kind"
          label={t('directory.field.kind')}
          required
          value={v('kind')}
          error={errors.kind}
          empty={t('directory.choose')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        />
        <SelectField
          t={t}
          name="size"
          label={t('directory.field.size')}
          required
          value={v('size') || 'unknown'}
          error={errors.size}
          options={ORGANISATION_SIZES.map((s) => ({ value: s, label: sizeLabel(t, s) }))}
        />
        <SelectField
          t={t}
          name="sector"
          label={t('directory.field.sector')}
          value={v('sector')}
          error={errors.sector}
          empty={t('directory.choose')}
          options={sectorOptions(lang)}
        />
        <ProvinceSelect t={t} lang={lang} value={v('province')} error={errors.province} codes={p.provinces} />
        <CitySelect t={t} lang={lang} cities={p.cities} value={v('cityId')} error={errors.cityId} />
        <TextField
          t={t}
          type="url"
          name="website"
          label={t('directory.field.website')}
          hint={t('directory.hint.website')}
          value={v('website')}
          error={errors.website}
          maxLength={LIMITS.website}
          autocomplete="url"
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {p.id ? t('common.save') : t('common.create')}
          </button>
          <a href={href(lang, p.id ? `/directory/organisations/${p.id}` : '/directory')}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
