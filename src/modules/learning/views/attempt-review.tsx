import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Bi, ErrorSummary, Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { numericAnswer } from '../attempt-mark.js';
import {
  matchingItems,
  type QuestionResponse,
  type QuestionSnapshot,
  rightChoice,
} from '../attempt-model.js';
import type { AttemptDetail } from '../attempt-queries.js';
import { TRUE_FALSE_TEXT } from '../bank-input.js';
import { Markdown } from './bank-parts.js';
import { quizPath } from './quiz-manage.js';

const full = (fraction: number) => fraction >= 99.99;
const round2 = (n: number) => Math.round(n * 100) / 100;

function Outcome(p: { t: Translator; lang: Lang; got: number; of: number }) {
  const { t } = p;
  const kind = p.got >= p.of - 1e-9 ? 'correct' : p.got > 0 ? 'partly' : 'wrong';
  return (
    <p class={`outcome outcome-${kind}`}>
      <strong>{t(`learning.attempt.${kind}`)}</strong> ·{' '}
      {t('learning.attempt.marked', {
        got: formatNumber(round2(p.got), p.lang),
        of: formatNumber(p.of, p.lang),
      })}
    </p>
  );
}

function Choices(p: { t: Translator; lang: Lang; s: QuestionSnapshot; r: QuestionResponse | null }) {
  const { t, lang, s } = p;
  const chosen = new Set(p.r?.optionIds ?? []);
  return (
    <ul class="review-options">
      {s.options.map((o) => {
        const picked = chosen.has(o.id);
        const right = s.type === 'multiple' ? o.fraction > 0 : full(o.fraction);
        const label = s.type === 'truefalse' ? TRUE_FALSE_TEXT[o.value === 1 ? 'true' : 'false'] : o.text;
        return (
          <li class={[picked ? 'picked' : '', right ? 'right' : ''].filter(Boolean).join(' ') || undefined}>
            <span class="option-text">
              <Bi value={label} lang={lang} />
            </span>
            {picked ? <span class="tag">{t('learning.attempt.chosen')}</span> : null}
            {right ? <span class="tag tag-right">{t('learning.attempt.rightAnswer')}</span> : null}
            {picked && (o.feedback.en || o.feedback.zh) ? (
              <Markdown value={o.feedback} lang={lang} class="prose option-feedback" />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function Matching(p: { t: Translator; lang: Lang; s: QuestionSnapshot; r: QuestionResponse | null }) {
  const { t, lang, s } = p;
  const choice = (id: string | undefined) => s.choices.find((c) => c.id === id);
  return (
    <dl class="review-matching">
      {matchingItems(s).map((item) => {
        const mine = choice(p.r?.pairs?.[item.id]);
        const right = rightChoice(s, item);
        return (
          <>
            <dt>
              <Bi value={item.text} lang={lang} />
            </dt>
            <dd class={mine && mine.id === right?.id ? 'right' : 'wrong'}>
              {t('learning.attempt.yourAnswer')}:{' '}
              {mine ? text(mine.text, lang) : t('learning.attempt.noAnswer')}
              {mine?.id === right?.id ? null : (
                <>
                  <br />
                  {t('learning.attempt.rightAnswer')}: {right ? text(right.text, lang) : ''}
                </>
              )}
            </dd>
          </>
        );
      })}
    </dl>
  );
}

function Numeric(p: { t: Translator; lang: Lang; s: QuestionSnapshot; r: QuestionResponse | null }) {
  const { t, lang, s } = p;
  const value = p.r?.value ?? null;
  const matched = value === null ? undefined : numericAnswer(s, value);
  const rights = s.options.filter((o) => full(o.fraction) && o.value !== null);
  return (
    <div class="review-numeric">
      <p>
        {t('learning.attempt.yourAnswer')}:{' '}
        {value === null ? t('learning.attempt.noAnswer') : formatNumber(value, lang)}
      </p>
      {matched && (matched.feedback.en || matched.feedback.zh) ? (
        <Markdown value={matched.feedback} lang={lang} class="prose option-feedback" />
      ) : null}
      <p>
        {t('learning.attempt.rightAnswer')}:{' '}
        {rights
          .map(
            (o) =>
              `${formatNumber(o.value!, lang)}${o.tolerance ? ` ± ${formatNumber(o.tolerance, lang)}` : ''}`,
          )
          .join(' / ')}
      </p>
    </div>
  );
}

/** A submitted attempt: the score, then each question with what was chosen, the right answers and the feedback. */
export function AttemptReview(p: {
  t: Translator;
  lang: Lang;
  attempt: AttemptDetail;
  notice?: string;
  /** Why a post to the attempt was refused (it was already submitted). */
  refusal?: string;
}) {
  const { t, lang, attempt } = p;
  const quizTitle = text(attempt.quiz.title, lang);
  return (
    <div class="wrap narrow learning-attempt">
      <PageHeader
        title={t('learning.attempt.reviewTitle', { number: attempt.number, quiz: quizTitle })}
        crumbs={[{ href: href(lang, quizPath.page(attempt.quiz.id)), label: quizTitle }]}
      />
      {p.notice ? <Notice kind="warning">{p.notice}</Notice> : null}
      <ErrorSummary t={p.t} message={p.refusal} />
      <Notice kind={attempt.passed ? 'success' : 'warning'}>
        <p class="score">
          {t('learning.attempt.scoreIs', { score: formatNumber(attempt.score ?? 0, lang) })}
        </p>
        <p>
          {t(attempt.passed ? 'learning.attempt.passedNotice' : 'learning.attempt.failedNotice', {
            mark: attempt.quiz.passMark,
          })}
        </p>
      </Notice>
      {attempt.questions.map((q, i) => {
        const s = q.snapshot;
        return (
          <section class="quiz-question review" aria-labelledby={`q-${i + 1}`}>
            <h2 id={`q-${i + 1}`}>
              {t('learning.attempt.questionOf', { n: i + 1, of: attempt.questions.length })}
            </h2>
            <Outcome t={t} lang={lang} got={q.mark ?? 0} of={s.mark} />
            <Markdown value={s.text} lang={lang} class="prose question-text" />
            {s.type === 'matching' ? (
              <Matching t={t} lang={lang} s={s} r={q.response} />
            ) : s.type === 'numeric' ? (
              <Numeric t={t} lang={lang} s={s} r={q.response} />
            ) : (
              <Choices t={t} lang={lang} s={s} r={q.response} />
            )}
            {s.generalFeedback.en || s.generalFeedback.zh ? (
              <Markdown value={s.generalFeedback} lang={lang} class="prose general-feedback" />
            ) : null}
          </section>
        );
      })}
      <p>
        <a class="button" href={href(lang, quizPath.page(attempt.quiz.id))}>
          {t('learning.attempt.backToQuiz')}
        </a>
      </p>
    </div>
  );
}
