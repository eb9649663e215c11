import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime } from '../../../lib/dates.js';
import { Bi, ErrorSummary, HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { FieldErrors } from '../../../web/forms.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { QuestionResponse } from '../attempt-model.js';
import { type LearnerQuestion, learnerQuestion } from '../attempt-present.js';
import type { AttemptDetail } from '../attempt-queries.js';
import { Markdown } from './bank-parts.js';
import { quizPath } from './quiz-manage.js';

export const attemptPath = (id: string) => `/learn/attempts/${id}`;

export const markText = (t: Translator, mark: number) =>
  mark === 1 ? t('learning.attempt.markOne') : t('learning.attempt.markOf', { mark });

/** What the learner gave before (saved answers, or a refused form sent back as typed), for redisplay. */
export type Given = Record<string, Omit<QuestionResponse, 'value'> & { value?: number | string | null }>;

function Question(p: {
  t: Translator;
  lang: Lang;
  q: LearnerQuestion;
  n: number;
  of: number;
  given?: Given[string];
  error?: string;
}) {
  const { t, lang, q } = p;
  const name = `answers.${q.id}`;
  const fid = `f-answers-${q.id}`;
  const hint = {
    single: 'learning.attempt.chooseOne',
    truefalse: 'learning.attempt.chooseOne',
    multiple: 'learning.attempt.chooseAll',
    matching: 'learning.attempt.matchEach',
    numeric: 'learning.attempt.enterNumber',
  } as const;
  const chosen = new Set(p.given?.optionIds ?? []);
  return (
    <fieldset
      id={fid}
      class={p.error ? 'quiz-question has-error' : 'quiz-question'}
      aria-describedby={`${fid}-hint`}
    >
      <legend>
        {t('learning.attempt.questionOf', { n: p.n, of: p.of })}
        <span class="question-mark"> · {markText(t, q.mark)}</span>
      </legend>
      <Markdown value={q.text} lang={lang} class="prose question-text" />
      <p class="hint" id={`${fid}-hint`}>
        {t(hint[q.type])}
      </p>
      {p.error ? <p class="field-error">{p.error}</p> : null}
      {q.type === 'numeric' ? (
        <div class="field">
          <label for={`${fid}-value`}>{t('learning.attempt.yourNumber')}</label>
          <input
            id={`${fid}-value`}
            name={name}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            value={p.given?.value === null || p.given?.value === undefined ? '' : String(p.given.value)}
          />
        </div>
      ) : q.type === 'matching' ? (
        q.options.map((item, i) => (
          <div class="field match-item">
            <label for={`${fid}-${i}`}>
              <Bi value={item.text} lang={lang} />
            </label>
            <select id={`${fid}-${i}`} name={`${name}.${item.id}`}>
              <option value="">{t('learning.attempt.choose')}</option>
              {q.choices.map((c) => (
                <option value={c.id} selected={p.given?.pairs?.[item.id] === c.id}>
                  {text(c.text, lang)}
                </option>
              ))}
            </select>
          </div>
        ))
      ) : (
        q.options.map((o, i) => (
          <div class="radio choice">
            <input
              type={q.type === 'multiple' ? 'checkbox' : 'radio'}
              id={`${fid}-${i}`}
              name={name}
              value={o.id}
              checked={chosen.has(o.id)}
            />
            <label for={`${fid}-${i}`}>
              <Bi value={o.text} lang={lang} />
            </label>
          </div>
        ))
      )}
    </fieldset>
  );
}

/** An open attempt: every question on one page, saved or submitted by plain form posts. */
export function AttemptForm(p: {
  t: Translator;
  lang: Lang;
  attempt: AttemptDetail;
  given: Given;
  csrfToken: string;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { t, lang, attempt } = p;
  const quizTitle = text(attempt.quiz.title, lang);
  return (
    <div class="wrap narrow learning-attempt">
      <PageHeader
        title={t('learning.attempt.title', { number: attempt.number, quiz: quizTitle })}
        crumbs={[{ href: href(lang, quizPath.page(attempt.quiz.id)), label: quizTitle }]}
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {attempt.dueAt ? (
        <Notice kind="warning">
          <p>{t('learning.attempt.due', { time: formatDateTime(attempt.dueAt, lang) })}</p>
        </Notice>
      ) : null}
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={href(lang, attemptPath(attempt.id))} class="stacked quiz-form" novalidate>
        <HiddenFormFields csrfToken={p.csrfToken} />
        {attempt.questions.map((q, i) => (
          <Question
            t={t}
            lang={lang}
            q={learnerQuestion(q.questionId, q.snapshot)}
            n={i + 1}
            of={attempt.questions.length}
            given={p.given[q.questionId]}
            error={p.errors?.[`answers.${q.questionId}`]}
          />
        ))}
        <p class="hint">{t('learning.attempt.submitHint')}</p>
        <div class="actions">
          <button type="submit" name="action" value="submit" class="button primary">
            {t('learning.attempt.submit')}
          </button>
          <button type="submit" name="action" value="save" class="button">
            {t('learning.attempt.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
