import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateRange } from '../../../lib/dates.js';
import {
  ErrorSummary,
  HiddenFormFields,
  Notice,
  PageHeader,
  TextArea,
  TextField,
} from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { FOLLOW_UP_USES, type FollowUpOfToken, OUTCOME_MAX } from '../followups-answer.js';

export interface SurveyProps {
  t: Translator;
  lang: Lang;
  f: FollowUpOfToken;
  action: string;
  csrfToken: string;
  notice?: 'thanks' | 'already' | 'optedOut';
  errors?: FieldErrors;
  values?: FormValues;
}

const chosen = (values: FormValues | undefined, use: string) => {
  const v = values?.uses;
  return Array.isArray(v) ? v.includes(use) : v === use;
};

/** The follow-up survey: phone-sized, no account, the person's own link. */
export function FollowUpSurveyPage(p: SurveyProps) {
  const { t, lang, f } = p;
  const title = text(f.event.title, lang);
  const dates = formatDateRange(f.event.startDate, f.event.endDate, 'day', lang);
  const done = f.answeredAt !== null;
  return (
    <div class="wrap narrow follow-up">
      <PageHeader
        title={t('cascade.followup.title')}
        lead={t('cascade.followup.lead', { months: f.months, title, dates })}
      />
      {p.notice === 'thanks' ? <Notice kind="success">{t('cascade.followup.thanks')}</Notice> : null}
      {p.notice === 'optedOut' ? <Notice kind="success">{t('cascade.followup.optOut.done')}</Notice> : null}
      {p.notice === 'already' ? (
        // A second sending: refused, and said so as a form's refusals are.
        <ErrorSummary t={t} message={t('cascade.followup.already')} />
      ) : done && p.notice !== 'thanks' ? (
        <Notice>{t('cascade.followup.already')}</Notice>
      ) : null}
      {done ? null : (
        <form method="post" action={p.action} novalidate>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <ErrorSummary t={t} errors={p.errors} />
          <fieldset id="f-uses" class="choices">
            <legend>{t('cascade.followup.uses')}</legend>
            {FOLLOW_UP_USES.map((use) => (
              <div class="choice">
                <input
                  type="checkbox"
                  id={`f-uses-${use}`}
                  name="uses"
                  value={use}
                  checked={chosen(p.values, use)}
                />
                <label for={`f-uses-${use}`}>{t(`cascade.followup.use.${use}`)}</label>
              </div>
            ))}
          </fieldset>
          <TextArea
            t={t}
            name="outcome"
            label={t('cascade.followup.outcome')}
            hint={t('cascade.followup.outcomeHint')}
            value={fieldValue(p.values, 'outcome')}
            error={p.errors?.outcome}
            rows={4}
            maxLength={OUTCOME_MAX}
          />
          <fieldset>
            <legend>{t('cascade.followup.numbers')}</legend>
            {(['trademarks', 'patents'] as const).map((n) => (
              <TextField
                t={t}
                name={n}
                type="number"
                min={0}
                label={t(`cascade.followup.${n}`)}
                value={fieldValue(p.values, n)}
                error={p.errors?.[n]}
              />
            ))}
          </fieldset>
          <button type="submit" class="button primary">
            {t('cascade.followup.submit')}
          </button>
        </form>
      )}
      {f.optedOutAt || p.notice === 'optedOut' ? null : (
        <p class="muted">
          <a href={`${p.action}/opt-out`}>{t('cascade.followup.optOutLink')}</a>
        </p>
      )}
    </div>
  );
}

/** Asks before opting out: a mail scanner that follows the e-mail's link must not opt anyone out. */
export function FollowUpOptOutPage(p: { t: Translator; action: string; back: string; csrfToken: string }) {
  const { t } = p;
  return (
    <div class="wrap narrow follow-up">
      <PageHeader title={t('cascade.followup.optOut.title')} lead={t('cascade.followup.optOut.lead')} />
      <form method="post" action={p.action}>
        <HiddenFormFields csrfToken={p.csrfToken} />
        <button type="submit" class="button primary">
          {t('cascade.followup.optOut.confirm')}
        </button>
      </form>
      <p>
        <a href={p.back}>{t('cascade.followup.title')}</a>
      </p>
    </div>
  );
}
