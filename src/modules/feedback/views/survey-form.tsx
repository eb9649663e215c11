import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { Bi, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import { type FieldErrors, type FormValues, fieldValue } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { QuestionRow } from '../queries.js';
import type { RegistrantFeedback } from '../registrant.js';
import { COMMENT_MAX } from '../submit-survey.js';
import { MIN_RESPONSES } from '../survey-results.js';
import { Summary } from './summary.js';

const SCALE = [1, 2, 3, 4, 5] as const;

/** A rating from 1 to 5 as radio buttons in a fieldset: each choice says its number and its words. */
function Likert(p: { t: Translator; lang: Lang; q: QuestionRow; value: string; error?: string }) {
  const { t, q } = p;
  const fid = `f-answers-${q.id}`;
  return (
    <fieldset
      id={fid}
      class={p.error ? 'likert has-error' : 'likert'}
      aria-describedby={p.error ? `${fid}-error` : undefined}
    >
      <legend>
        <Bi value={q.prompt} lang={p.lang} />
        {q.required ? null : <span class="optional">{t('common.optionalMark')}</span>}
      </legend>
      {p.error ? (
        <p class="field-error" id={`${fid}-error`}>
          {p.error}
        </p>
      ) : null}
      <div class="likert-scale">
        {SCALE.map((n) => (
          <div class="likert-choice">
            <input
              type="radio"
              id={`${fid}-${n}`}
              name={`answers.${q.id}`}
              value={String(n)}
              checked={p.value === String(n)}
            />
            <label for={`${fid}-${n}`}>
              <span class="likert-number">{n}</span>
              <span class="likert-words">{t(`feedback.likert.${n}`)}</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function Comment(p: { t: Translator; lang: Lang; q: QuestionRow; value: string; error?: string }) {
  const fid = `f-answers-${p.q.id}`;
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={fid}>
        <Bi value={p.q.prompt} lang={p.lang} />
        {p.q.required ? null : <span class="optional">{p.t('common.optionalMark')}</span>}
      </label>
      <p class="hint" id={`${fid}-hint`}>
        {p.t('feedback.survey.commentHint')}
      </p>
      {p.error ? (
        <p class="field-error" id={`${fid}-error`}>
          {p.error}
        </p>
      ) : null}
      <textarea
        id={fid}
        name={`answers.${p.q.id}`}
        rows={4}
        maxlength={COMMENT_MAX}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={[`${fid}-hint`, p.error ? `${fid}-error` : ''].filter(Boolean).join(' ')}
      >
        {p.value}
      </textarea>
    </div>
  );
}

export function SurveyPage(p: {
  t: Translator;
  lang: Lang;
  me: RegistrantFeedback;
  questions: QuestionRow[];
  action: string;
  back: string;
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, lang, me } = p;
  return (
    <div class="wrap narrow feedback">
      <PageHeader
        title={t('feedback.survey.title')}
        lead={text(me.event.title, lang)}
        crumbs={[{ href: p.back, label: t('feedback.hub.title') }]}
      />
      <Summary t={t} errors={p.errors} />
      <Notice kind="info">
        <h2 class="notice-title">{t('feedback.survey.anonymousTitle')}</h2>
        <p>{t('feedback.survey.anonymous', { min: MIN_RESPONSES })}</p>
        <p>{t('feedback.survey.once', { date: formatDateTime(me.windows.postClosesAt, lang) })}</p>
      </Notice>
      <p>{t('feedback.survey.scale')}</p>
      <form method="post" action={p.action} class="stacked survey-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        {p.questions.map((q) => {
          const value = fieldValue(p.values, `answers.${q.id}`);
          const error = p.errors?.[`answers.${q.id}`];
          return q.kind === 'likert' ? (
            <Likert t={t} lang={lang} q={q} value={value} error={error} />
          ) : (
            <Comment t={t} lang={lang} q={q} value={value} error={error} />
          );
        })}
        <div class="actions">
          <button type="submit" class="button primary">
            {t('feedback.survey.submit')}
          </button>
          <a href={p.back}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
