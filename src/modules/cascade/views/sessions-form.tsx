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
import { EVENT_LIMITS } from '../../events/index.js';
import { SESSION_AUDIENCES, SESSION_LANGS } from '../sessions-input.js';

type Option = { value: string; label: string };

export interface SessionFormProps {
  t: Translator;
  lang: Lang;
  title: string;
  lead?: string;
  action: string;
  cancelHref: string;
  csrfToken: string;
  formToken?: string;
  values: FormValues;
  errors?: FieldErrors;
  /** Staff choose the trainer; a trainer creating their own session does not see the choice. */
  trainers: Option[] | null;
  cities: Option[];
  create: boolean;
}

/** The local session form, one column, short: a trainer fills it in on a phone. */
export function SessionForm(p: SessionFormProps) {
  const { t, values: v, errors: err = {} } = p;
  const val = (name: string) => fieldValue(v, name);
  return (
    <div class="wrap narrow">
      <PageHeader title={p.title} lead={p.lead} />
      <ErrorSummary t={t} errors={err} />
      <form method="post" action={p.action} class="stacked session-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        {p.trainers ? (
          <SelectField
            t={t}
            name="trainerId"
            label={t('sessions.field.trainer')}
            required
            value={val('trainerId')}
            error={err.trainerId}
            empty={t('events.form.choose')}
            options={p.trainers}
          />
        ) : null}
        <BilingualField
          t={t}
          name="title"
          label={t('events.field.title')}
          required
          maxLength={EVENT_LIMITS.title}
          value={{ en: val('title.en'), zh: val('title.zh') }}
          errors={err}
        />
        <TextField
          t={t}
          type="date"
          name="startDate"
          label={t('sessions.field.startDate')}
          required
          value={val('startDate')}
          error={err.startDate}
        />
        <TextField
          t={t}
          type="date"
          name="endDate"
          label={t('sessions.field.endDate')}
          hint={t('sessions.field.endDateHint')}
          value={val('endDate')}
          error={err.endDate}
        />
        <SelectField
          t={t}
          name="cityId"
          label={t('sessions.field.city')}
          hint={t('sessions.field.cityHint')}
          required
          value={val('cityId')}
          error={err.cityId}
          options={p.cities}
        />
        <TextField
          t={t}
          name="venue"
          label={t('sessions.field.venue')}
          maxLength={EVENT_LIMITS.venue}
          value={val('venue')}
          error={err.venue ?? err['venue.en'] ?? err['venue.zh']}
        />
        <SelectField
          t={t}
          name="audience"
          label={t('sessions.field.audience')}
          required
          value={val('audience')}
          error={err.audience}
          options={SESSION_AUDIENCES.map((a) => ({ value: a, label: t(`events.audience.${a}`) }))}
        />
        <TextField
          t={t}
          name="sector"
          label={t('sessions.field.sector')}
          hint={t('sessions.field.sectorHint')}
          maxLength={100}
          value={val('sector')}
          error={err.sector}
        />
        <TextField
          t={t}
          type="number"
          name="plannedSize"
          label={t('sessions.field.plannedSize')}
          min={0}
          value={val('plannedSize')}
          error={err.plannedSize}
        />
        <SelectField
          t={t}
          name="lang"
          label={t('sessions.field.lang')}
          required
          value={val('lang')}
          error={err.lang}
          options={SESSION_LANGS.map((l) => ({ value: l, label: t(`sessions.lang.${l}`) }))}
        />
        <div class="actions">
          <button type="submit" class="button primary">
            {p.create ? t('sessions.create') : t('sessions.save')}
          </button>
          <a href={p.cancelHref}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
