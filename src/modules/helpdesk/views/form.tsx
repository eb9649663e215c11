import type { Lang } from '../../../lib/bilingual.js';
import {
  ErrorSummary,
  HiddenFormFields,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { jurisdictionOptions, langOptions, provinceOptions, rightOptions, topicOptions } from './options.js';

export interface FormProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  formToken: string;
  values: FormValues;
  errors?: FieldErrors;
  message?: string;
  /** What the form was opened from, with a link when it is a page. */
  origin: { source: string; ref: string; link: string | null } | null;
}

/** The public enquiry form: works without script, every field labelled, consent in words. */
export function EnquiryForm(p: FormProps) {
  const { t, lang, values: v, errors: e = {} } = p;
  const val = (name: string) => fieldValue(v, name);
  return (
    <div class="wrap narrow helpdesk-form">
      <PageHeader
        title={t('helpdesk.new.title')}
        lead={t('helpdesk.lead')}
        crumbs={[{ href: href(lang, '/toolkit'), label: t('nav.toolkit') }]}
      />
      <ErrorSummary t={t} errors={e} message={p.message} />
      {p.origin ? (
        <p class="notice info">
          {t(`helpdesk.source.${p.origin.source}` as MessageKey)}{' '}
          {p.origin.link ? <a href={p.origin.link}>{t('helpdesk.source.open')}</a> : null}
        </p>
      ) : null}
      <form method="post" action={href(lang, '/helpdesk/new')} novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        {p.origin ? (
          <>
            <input type="hidden" name="source" value={p.origin.source} />
            <input type="hidden" name="sourceRef" value={p.origin.ref} />
          </>
        ) : null}
        <TextField
          t={t}
          name="name"
          label={t('helpdesk.field.name')}
          value={val('name')}
          error={e.name}
          required
          autocomplete="name"
          maxLength={200}
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('helpdesk.field.email')}
          hint={t('helpdesk.field.email.hint')}
          value={val('email')}
          error={e.email}
          required
          autocomplete="email"
          maxLength={254}
        />
        <SelectField
          t={t}
          name="lang"
          label={t('helpdesk.field.lang')}
          options={langOptions(t)}
          value={val('lang') || lang}
          error={e.lang}
          required
        />
        <SelectField
          t={t}
          name="topic"
          label={t('helpdesk.field.topic')}
          options={topicOptions(t)}
          empty={t('helpdesk.choose')}
          value={val('topic')}
          error={e.topic}
          required
        />
        <SelectField
          t={t}
          name="right"
          label={t('helpdesk.field.right')}
          options={rightOptions(t)}
          empty={t('helpdesk.none')}
          value={val('right')}
          error={e.right}
        />
        <SelectField
          t={t}
          name="jurisdiction"
          label={t('helpdesk.field.jurisdiction')}
          options={jurisdictionOptions(t)}
          value={val('jurisdiction') || 'CN'}
          error={e.jurisdiction}
        />
        <SelectField
          t={t}
          name="province"
          label={t('helpdesk.field.province')}
          hint={t('helpdesk.field.province.hint')}
          options={provinceOptions(lang)}
          empty={t('helpdesk.none')}
          value={val('province')}
          error={e.province}
        />
        <TextArea
          t={t}
          name="question"
          label={t('helpdesk.field.question')}
          hint={t('helpdesk.field.question.hint')}
          value={val('question')}
          error={e.question}
          required
          rows={8}
          maxLength={10000}
        />
        <div class={e.consent ? 'field checkbox has-error' : 'field checkbox'}>
          {e.consent ? (
            <p class="field-error" id="f-consent-error">
              {e.consent}
            </p>
          ) : null}
          <label for="f-consent">
            <input
              type="checkbox"
              id="f-consent"
              name="consent"
              value="on"
              checked={val('consent') === 'on'}
              aria-invalid={e.consent ? 'true' : undefined}
              aria-describedby={e.consent ? 'f-consent-error' : undefined}
            />{' '}
            {t('helpdesk.field.consent')}
          </label>
        </div>
        <p>
          <button type="submit" class="button primary">
            {t('helpdesk.send')}
          </button>
        </p>
      </form>
    </div>
  );
}
