import { type Lang, text } from '../../../lib/bilingual.js';
import { formatDateRange } from '../../../lib/dates.js';
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
import type { LinkedEvent, NewsRow } from '../queries.js';
import { TranslationState } from './parts.js';

export interface NewsFormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken?: string;
  action: string;
  values: FormValues;
  errors?: FieldErrors;
  message?: string;
  events: LinkedEvent[];
  /** The stored item when editing. */
  row?: NewsRow;
}

const pair = (values: FormValues, name: string) => ({
  en: fieldValue(values, `${name}.en`),
  zh: fieldValue(values, `${name}.zh`),
});

function selectedIds(values: FormValues): Set<string> {
  const v = values.eventIds;
  return new Set((Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string'));
}

export function NewsFormView(p: NewsFormProps) {
  const { t, lang, values, errors = {} } = p;
  const selected = selectedIds(values);
  const inStep = values.inStep === 'on' || values.inStep === true;
  return (
    <div class="wrap">
      <PageHeader
        title={p.row ? t('news.editTitle') : t('news.newTitle')}
        crumbs={[{ href: href(lang, '/news?status=all'), label: t('news.editorList') }]}
      />
      <ErrorSummary t={t} errors={errors} message={p.message} />
      {p.row ? (
        <p class="translation-now">
          {t('news.translationNow')}{' '}
          <TranslationState
            t={t}
            status={p.row.translationStatus}
            fields={[p.row.title, p.row.summary, p.row.body]}
            enEditedAt={p.row.enEditedAt}
            zhEditedAt={p.row.zhEditedAt}
          />
        </p>
      ) : null}
      <form method="post" action={p.action} class="form news-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        <BilingualField
          t={t}
          name="title"
          label={t('news.field.title')}
          value={pair(values, 'title')}
          errors={errors}
          maxLength={300}
          required
        />
        <BilingualField
          t={t}
          name="summary"
          label={t('news.field.summary')}
          hint={t('news.field.summaryHint')}
          value={pair(values, 'summary')}
          errors={errors}
          multiline
          rows={3}
          maxLength={2000}
        />
        <BilingualField
          t={t}
          name="body"
          label={t('news.field.body')}
          hint={t('news.field.bodyHint')}
          value={pair(values, 'body')}
          errors={errors}
          multiline
          rows={14}
          maxLength={100_000}
        />
        <TextField
          t={t}
          name="source"
          label={t('news.field.source')}
          hint={t('news.field.sourceHint')}
          value={fieldValue(values, 'source')}
          error={errors.source}
          maxLength={500}
        />
        <div class="field-row">
          <SelectField
            t={t}
            name="status"
            label={t('news.status.label')}
            value={fieldValue(values, 'status') || 'draft'}
            error={errors.status}
            required
            options={[
              { value: 'draft', label: t('news.status.draft') },
              { value: 'published', label: t('news.status.published') },
            ]}
          />
          <TextField
            t={t}
            name="publishedOn"
            type="date"
            label={t('news.field.publishedOn')}
            hint={t('news.field.publishedOnHint')}
            value={fieldValue(values, 'publishedOn')}
            error={errors.publishedOn}
          />
        </div>
        <div class={errors.eventIds ? 'field has-error' : 'field'}>
          <label for="f-eventIds">
            {t('news.field.events')} <span class="optional">{t('common.optionalMark')}</span>
          </label>
          <p class="hint" id="f-eventIds-hint">
            {t('news.field.eventsHint')}
          </p>
          {errors.eventIds ? (
            <p class="field-error" id="f-eventIds-error">
              {errors.eventIds}
            </p>
          ) : null}
          {p.events.length ? (
            <select
              id="f-eventIds"
              name="eventIds"
              multiple
              size={Math.min(10, Math.max(4, p.events.length))}
              aria-describedby={errors.eventIds ? 'f-eventIds-hint f-eventIds-error' : 'f-eventIds-hint'}
              aria-invalid={errors.eventIds ? 'true' : undefined}
            >
              {p.events.map((e) => (
                <option value={e.id} selected={selected.has(e.id)}>
                  {formatDateRange(e.startDate, e.endDate, e.datePrecision, lang)} — {text(e.title, lang)}
                </option>
              ))}
            </select>
          ) : (
            <p>{t('news.noEvents')}</p>
          )}
        </div>
        <div class="field checkbox">
          <input type="checkbox" id="f-inStep" name="inStep" checked={inStep} />
          <label for="f-inStep">{t('translation.inStep')}</label>
        </div>
        <p class="actions">
          <button type="submit" class="primary">
            {p.row ? t('common.save') : t('common.create')}
          </button>{' '}
          <a href={p.row ? href(lang, `/news/${p.row.slug}`) : href(lang, '/news?status=all')}>
            {t('common.cancel')}
          </a>
        </p>
      </form>
    </div>
  );
}
