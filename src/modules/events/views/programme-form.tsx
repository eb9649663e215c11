import { type Lang, text } from '../../../lib/bilingual.js';
import type { TranslationStatus } from '../../../lib/translation.js';
import {
  BilingualField,
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  TextField,
  TranslationBadge,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { PARTNER_ROLES } from '../programme-queries.js';
import { Checkbox } from './event-form.js';

export interface ProgrammeFormProps {
  t: Translator;
  lang: Lang;
  title: string;
  action: string;
  cancelHref: string;
  csrfToken: string;
  formToken?: string;
  values: FormValues;
  errors?: FieldErrors;
  candidates: { id: string; name: { en: string; zh: string }; abbreviation: string }[];
  translationStatus?: TranslationStatus;
}

export function ProgrammeForm(p: ProgrammeFormProps) {
  const { t, lang, values: v, errors: err = {} } = p;
  const val = (name: string) => fieldValue(v, name);
  const bi = (name: string) => ({ en: val(`${name}.en`), zh: val(`${name}.zh`) });
  return (
    <div class="wrap narrow">
      <PageHeader title={p.title} />
      <ErrorSummary t={t} errors={err} />
      <form method="post" action={p.action} class="stacked" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
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
          maxLength={200}
          value={bi('title')}
          errors={err}
        />
        <BilingualField
          t={t}
          name="description"
          label={t('events.field.description')}
          multiline
          rows={6}
          maxLength={20_000}
          value={bi('description')}
          errors={err}
        />
        {p.translationStatus ? (
          <Checkbox name="inStep" label={t('translation.inStep')} checked={val('inStep') === 'on'} />
        ) : null}
        <TextField
          t={t}
          name="slug"
          label={t('events.field.slug')}
          hint={t('events.form.slugHint')}
          required
          maxLength={80}
          value={val('slug')}
          error={err.slug}
        />
        <TextField
          t={t}
          type="number"
          name="startYear"
          label={t('events.field.startYear')}
          required
          value={val('startYear')}
          error={err.startYear}
        />
        <TextField
          t={t}
          type="number"
          name="endYear"
          label={t('events.field.endYear')}
          hint={t('events.form.endYearHint')}
          value={val('endYear')}
          error={err.endYear}
        />
        <fieldset class="partners">
          <legend>{t('events.programme.partners')}</legend>
          {err.partners ? <p class="field-error">{err.partners}</p> : null}
          {p.candidates.length === 0 ? <p class="hint">{t('events.form.noOrganisations')}</p> : null}
          {p.candidates.map((o) => {
            const id = `f-partner-${o.id}`;
            const current = val(`partner.${o.id}`);
            return (
              <div class="field inline">
                <label for={id}>
                  {o.abbreviation ? `${text(o.name, lang)} (${o.abbreviation})` : text(o.name, lang)}
                </label>
                <select id={id} name={`partner.${o.id}`}>
                  <option value="">{t('events.partnerRole.none')}</option>
                  {PARTNER_ROLES.map((r) => (
                    <option value={r} selected={current === r}>
                      {t(`events.partnerRole.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
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
