import type { Lang } from '../../../lib/bilingual.js';
import { SelectField, TextField } from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { MIIT_SECTORS } from '../../directory/index.js';

/**
 * The fields of one attendee, for the trainer's page and the QR sign-in alike: short, typed for a
 * phone keyboard (tel, email), and the same names the one input schema reads.
 */
export function AttendeeFields(p: {
  t: Translator;
  lang: Lang;
  values?: FormValues;
  errors?: FieldErrors;
  /** The QR page leaves out the attendee's sex (the trainer may add it). */
  withSex?: boolean;
}) {
  const { t } = p;
  const v = (name: string) => fieldValue(p.values, name);
  const common = { t, hideOptional: false };
  return (
    <>
      <TextField
        {...common}
        name="name"
        label={t('cascade.attendees.field.name')}
        value={v('name')}
        error={p.errors?.name}
        required
        maxLength={100}
        autocomplete="name"
      />
      <TextField
        {...common}
        name="organisation"
        label={t('cascade.attendees.field.organisation')}
        value={v('organisation')}
        error={p.errors?.organisation}
        required
        maxLength={200}
        autocomplete="organization"
      />
      <TextField
        {...common}
        name="organisationCode"
        label={t('cascade.attendees.field.organisationCode')}
        hint={t('cascade.attendees.hint.organisationCode')}
        value={v('organisationCode')}
        error={p.errors?.organisationCode}
        maxLength={40}
      />
      <SelectField
        {...common}
        name="sector"
        label={t('cascade.attendees.field.sector')}
        value={v('sector')}
        error={p.errors?.sector}
        empty={t('cascade.attendees.sector.none')}
        options={MIIT_SECTORS.map((s) => ({ value: s.code, label: s.label[p.lang] }))}
      />
      <p class="hint">{t('cascade.attendees.hint.contact')}</p>
      <TextField
        {...common}
        name="phone"
        type="tel"
        label={t('cascade.attendees.field.phone')}
        value={v('phone')}
        error={p.errors?.phone}
        maxLength={40}
        autocomplete="tel"
      />
      <TextField
        {...common}
        name="email"
        type="email"
        label={t('cascade.attendees.field.email')}
        value={v('email')}
        error={p.errors?.email}
        maxLength={254}
        autocomplete="email"
      />
      {p.withSex ? (
        <SelectField
          {...common}
          name="sex"
          label={t('cascade.attendees.field.sex')}
          value={v('sex')}
          error={p.errors?.sex}
          empty={t('cascade.attendees.sex.unstated')}
          options={[
            { value: 'female', label: t('cascade.attendees.sex.female') },
            { value: 'male', label: t('cascade.attendees.sex.male') },
          ]}
        />
      ) : null}
    </>
  );
}
