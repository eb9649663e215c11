import type { Lang } from '../../../lib/bilingual.js';
import type { TranslationStatus } from '../../../lib/translation.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextField,
  TranslationBadge,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { LIMITS } from '../event-fields.js';
import { AUDIENCES, DATE_PRECISIONS, EVENT_STATUSES } from '../schema.js';
import { AgendaQuestion } from './agenda-question.js';

type Option = { value: string; label: string };

export interface EventFormProps {
  t: Translator;
  lang: Lang;
  title: string;
  action: string;
  cancelHref: string;
  csrfToken: string;
  formToken?: string;
  values: FormValues;
  errors?: FieldErrors;
  programmes: Option[];
  cities: Option[];
  /** Provinces where this editor may add a city; none hides the choice. */
  provinces: Option[];
  translationStatus?: TranslationStatus;
}

export function Checkbox(p: { name: string; label: string; checked: boolean; hint?: string }) {
  const id = `f-${p.name.replace(/\./g, '-')}`;
  return (
    <div class="field checkbox">
      <input type="checkbox" id={id} name={p.name} value="on" checked={p.checked} />
      <label for={id}>{p.label}</label>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
    </div>
  );
}

const bi = (values: FormValues, name: string) => ({
  en: fieldValue(values, `${name}.en`),
  zh: fieldValue(values, `${name}.zh`),
});

export function EventForm(p: EventFormProps) {
  const { t, values: v, errors: err = {} } = p;
  const val = (name: string) => fieldValue(v, name);
  const checked = (name: string) => ['on', 'true', '1'].includes(val(name));
  return (
    <div class="wrap narrow">
      <PageHeader title={p.title} />
      <ErrorSummary t={t} errors={err} />
      <form method="post" action={p.action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <SelectField
          t={t}
          name="programmeId"
          label={t('events.field.programme')}
          required
          value={val('programmeId')}
          error={err.programmeId}
          empty={t('events.form.choose')}
          options={p.programmes}
        />
        {p.translationStatus ? (
          <p class="translation-status">
            {t('translation.label')}: <TranslationBadge t={t} status={p.translationStatus} />
          </p>
        ) : null}
        <BilingualField
          t={t}
          name="title"
          label={t('events.field.title')}
          required
          maxLength={LIMITS.title}
          value={bi(v, 'title')}
          errors={err}
        />
        <BilingualField
          t={t}
          name="description"
          label={t('events.field.description')}
          multiline
          rows={6}
          maxLength={LIMITS.description}
          value={bi(v, 'description')}
          errors={err}
        />
        <BilingualField
          t={t}
          name="venue"
          label={t('events.field.venue')}
          maxLength={LIMITS.venue}
          value={bi(v, 'venue')}
          errors={err}
        />
        {p.translationStatus ? (
          <Checkbox name="inStep" label={t('translation.inStep')} checked={checked('inStep')} />
        ) : null}
        <BilingualField
          t={t}
          name="round"
          label={t('events.field.round')}
          hint={t('events.form.roundHint')}
          maxLength={LIMITS.round}
          value={bi(v, 'round')}
          errors={err}
        />
        <fieldset class="city-choice">
          <legend>{t('events.field.city')}</legend>
          <SelectField
            t={t}
            name="city"
            label={t('events.form.cityExisting')}
            hint={p.provinces.length ? t('events.form.cityHint') : undefined}
            value={val('city')}
            error={err.city}
            empty={t('events.form.choose')}
            options={p.cities}
          />
          {p.provinces.length ? (
            <fieldset class="new-city">
              <legend>{t('events.form.cityNew')}</legend>
              <BilingualField
                t={t}
                name="newCity"
                label={t('events.form.cityName')}
                maxLength={100}
                value={bi(v, 'newCity')}
                errors={err}
              />
              <SelectField
                t={t}
                name="newCity.province"
                label={t('events.field.province')}
                value={val('newCity.province')}
                error={err['newCity.province']}
                empty={t('events.form.choose')}
                options={p.provinces}
              />
            </fieldset>
          ) : null}
        </fieldset>
        <fieldset class="dates">
          <legend>{t('events.field.dates')}</legend>
          <TextField
            t={t}
            type="date"
            name="startDate"
            label={t('events.field.startDate')}
            required
            value={val('startDate')}
            error={err.startDate}
          />
          <TextField
            t={t}
            type="date"
            name="endDate"
            label={t('events.field.endDate')}
            required
            value={val('endDate')}
            error={err.endDate}
          />
          <SelectField
            t={t}
            name="datePrecision"
            label={t('events.field.datePrecision')}
            hint={t('events.form.precisionHint')}
            required
            value={val('datePrecision')}
            error={err.datePrecision}
            options={DATE_PRECISIONS.map((x) => ({ value: x, label: t(`events.precision.${x}`) }))}
          />
        </fieldset>
        {err.agendaOutsideDates || val('agendaOutsideDates') ? (
          <AgendaQuestion t={t} value={val('agendaOutsideDates')} error={err.agendaOutsideDates} />
        ) : null}
        <SelectField
          t={t}
          name="audience"
          label={t('events.field.audience')}
          required
          value={val('audience')}
          error={err.audience}
          options={AUDIENCES.map((x) => ({ value: x, label: t(`events.audience.${x}`) }))}
        />
        <SelectField
          t={t}
          name="status"
          label={t('events.field.status')}
          required
          value={val('status')}
          error={err.status}
          options={EVENT_STATUSES.map((x) => ({ value: x, label: t(`events.status.${x}`) }))}
        />
        <TextField
          t={t}
          type="number"
          min={0}
          name="reportedHeadcount"
          label={t('events.field.reportedHeadcount')}
          hint={t('events.form.headcountHint')}
          value={val('reportedHeadcount')}
          error={err.reportedHeadcount}
        />
        <Checkbox
          name="headcountApproximate"
          label={t('events.field.headcountApproximate')}
          checked={checked('headcountApproximate')}
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
          <a href={p.cancelHref}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
