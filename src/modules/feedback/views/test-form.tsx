import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { Bi, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors, FormValues } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import type { QuestionRow } from '../queries.js';
import type { RegistrantFeedback } from '../registrant.js';
import type { Phase } from '../schema.js';
import { Summary } from './summary.js';

interface Props {
  t: Translator;
  lang: Lang;
  me: RegistrantFeedback;
  phase: Phase;
  questions: QuestionRow[];
  action: string;
  back: string;
  csrfToken: string;
  errors?: FieldErrors;
  values?: FormValues;
}

const chosen = (values: FormValues | undefined, id: string): string[] => {
  const v = (values?.answers as Record<string, unknown> | undefined)?.[id];
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : [];
};

/** One question as a group of radio buttons or check boxes, its prompt the group's legend. */
function Question(p: {
  t: Translator;
  lang: Lang;
  q: QuestionRow;
  n: number;
  of: number;
  error?: string;
  picked: string[];
}) {
  const { t, q } = p;
  const name = `answers.${q.id}`;
  const fid = `f-answers-${q.id}`;
  const hintId = `${fid}-hint`;
  const errId = `${fid}-error`;
  const type = q.kind === 'single' ? 'radio' : 'checkbox';
  return (
    <fieldset
      id={fid}
      class={p.error ? 'question has-error' : 'question'}
      aria-describedby={[hintId, p.error ? errId : ''].filter(Boolean).join(' ')}
    >
      <legend>
        <span class="question-number">{t('feedback.test.questionOf', { n: p.n, of: p.of })}</span>
        <Bi value={q.prompt} lang={p.lang} />
      </legend>
      <p class="hint" id={hintId}>
        {q.kind === 'single' ? t('feedback.test.chooseOne') : t('feedback.test.chooseAll')}
      </p>
      {p.error ? (
        <p class="field-error" id={errId}>
          {p.error}
        </p>
      ) : null}
      {q.options.map((o, i) => (
        <div class="radio">
          <input
            type={type}
            id={`${fid}-${i}`}
            name={name}
            value={o.value}
            checked={p.picked.includes(o.value)}
          />
          <label for={`${fid}-${i}`}>
            <Bi value={o.label} lang={p.lang} />
          </label>
        </div>
      ))}
      {q.kind === 'single' ? (
        <div class="radio dont-know">
          <input type="radio" id={`${fid}-x`} name={name} value="" />
          <label for={`${fid}-x`}>{t('feedback.test.dontKnow')}</label>
        </div>
      ) : null}
    </fieldset>
  );
}

export function TestPage(p: Props) {
  const { t, lang, me, phase } = p;
  const closes = phase === 'pre' ? me.windows.preClosesAt : me.windows.postClosesAt;
  return (
    <div class="wrap narrow feedback">
      <PageHeader
        title={t(phase === 'pre' ? 'feedback.pre.title' : 'feedback.post.title')}
        lead={text(me.event.title, lang)}
        crumbs={[{ href: p.back, label: t('feedback.hub.title') }]}
      />
      <Summary t={t} errors={p.errors} />
      <div class="prose">
        <p>
          {t(phase === 'pre' ? 'feedback.pre.intro' : 'feedback.post.intro', { count: p.questions.length })}
        </p>
        <p>{t('feedback.test.blank')}</p>
      </div>
      <Notice kind="info">
        <p>{t('feedback.test.once', { date: formatDateTime(closes, lang) })}</p>
        <p>{t('feedback.privacy.tests')}</p>
      </Notice>
      <form method="post" action={p.action} class="stacked test-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        {p.questions.map((q, i) => (
          <Question
            t={t}
            lang={lang}
            q={q}
            n={i + 1}
            of={p.questions.length}
            error={p.errors?.[`answers.${q.id}`]}
            picked={chosen(p.values, q.id)}
          />
        ))}
        <div class="actions">
          <button type="submit" class="button primary">
            {t('feedback.test.submit')}
          </button>
          <a href={p.back}>{t('common.cancel')}</a>
        </div>
      </form>
    </div>
  );
}
