import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { Question } from '../questions.js';

function QuestionField(p: { q: Question; lang: Lang; value?: string; error?: string }) {
  const { q } = p;
  const fid = `f-answers-${q.id}`;
  return (
    <fieldset class={p.error ? 'field has-error' : 'field'} id={fid}>
      <legend>{text(q.text, p.lang)}</legend>
      {p.error ? (
        <p class="field-error" id={`${fid}-error`}>
          {p.error}
        </p>
      ) : null}
      {q.options.map((o, i) => (
        <div class="radio">
          <input
            type="radio"
            id={`${fid}-${i}`}
            name={`answers.${q.id}`}
            value={o.value}
            checked={p.value === o.value}
            required={q.required}
          />
          <label for={`${fid}-${i}`}>{text(o.label, p.lang)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** One step of the questionnaire as one form: level one, or one section of level two. */
export function QuestionForm(p: {
  t: Translator;
  lang: Lang;
  heading: string;
  action: string;
  questions: readonly Question[];
  values: Record<string, string>;
  errors?: FieldErrors;
  csrfToken: string;
  formToken?: string;
  last: boolean;
  signedIn: boolean;
  storageKey: string;
}) {
  const { t } = p;
  return (
    <div class="wrap narrow diagnostic">
      <PageHeader title={t('diagnostic.title')} lead={p.heading} />
      <ErrorSummary t={t} errors={p.errors} />
      {p.last ? (
        <Notice>{p.signedIn ? t('diagnostic.signedInSaves') : t('diagnostic.anonymous')}</Notice>
      ) : null}
      <form
        method="post"
        action={p.action}
        class="diagnostic-form"
        data-diagnostic-store={p.storageKey}
        novalidate
      >
        <HiddenFormFields csrfToken={p.csrfToken} formToken={p.formToken} />
        {p.questions.some((q) => !q.required) ? <p class="hint">{t('diagnostic.unanswered')}</p> : null}
        {p.questions.map((q) => (
          <QuestionField q={q} lang={p.lang} value={p.values[q.id]} error={p.errors?.[`answers.${q.id}`]} />
        ))}
        <p class="hint diagnostic-local" hidden>
          {t('diagnostic.savedLocally')}
        </p>
        <button type="submit" class="button primary">
          {p.last ? t('diagnostic.finish') : t('diagnostic.next')}
        </button>
      </form>
      <script type="module" src="/static/diagnostic.js" />
    </div>
  );
}
