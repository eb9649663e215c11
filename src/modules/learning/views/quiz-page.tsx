import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { formatDateTime, formatNumber } from '../../../lib/dates.js';
import { HiddenFormFields, Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { AttemptSummary } from '../attempt-queries.js';
import type { QuizDetail } from '../quiz-queries.js';
import { attemptPath } from './attempt-form.js';
import { quizPath } from './quiz-manage.js';

export interface QuizPageProps {
  t: Translator;
  lang: Lang;
  quiz: QuizDetail;
  questionCount: number;
  enrolled: boolean;
  attempts: AttemptSummary[];
  csrfToken: string;
  canEdit: boolean;
}

/** A quiz for its learners: what it asks, their attempts so far, and the button to start or go on. */
export function QuizPage(p: QuizPageProps) {
  const { t, lang, quiz } = p;
  const open = p.attempts.find((a) => !a.submittedAt);
  const used = p.attempts.length;
  const spent = quiz.attemptLimit !== null && used >= quiz.attemptLimit && !open;
  return (
    <div class="wrap narrow learning-quiz">
      <PageHeader
        title={text(quiz.title, lang)}
        lead={text(quiz.course.title, lang)}
        crumbs={[
          { href: href(lang, `/learn/courses/${quiz.course.slug}`), label: text(quiz.course.title, lang) },
        ]}
        actions={
          p.canEdit ? <a href={href(lang, quizPath.edit(quiz.id))}>{t('learning.quiz.edit')}</a> : undefined
        }
      />
      <ul class="quiz-facts">
        <li>{t('learning.quiz.questionCount', { count: p.questionCount })}</li>
        <li>{t('learning.quiz.passMarkIs', { mark: quiz.passMark })}</li>
        <li>
          {quiz.attemptLimit === null
            ? t('learning.quiz.attemptsUnlimited')
            : t('learning.quiz.attemptsLeft', { used, limit: quiz.attemptLimit })}
        </li>
        <li>
          {quiz.timeLimitMinutes
            ? t('learning.quiz.timeLimitIs', { minutes: quiz.timeLimitMinutes })
            : t('learning.quiz.noTimeLimit')}
        </li>
      </ul>
      {quiz.course.status !== 'published' ? (
        <Notice kind="warning">{t('learning.quiz.notOpen')}</Notice>
      ) : !p.enrolled ? (
        <Notice kind="info">
          <p>{t('learning.quiz.enrolFirst')}</p>
          <p>
            <a href={href(lang, `/learn/courses/${quiz.course.slug}`)}>{t('learning.quiz.toCourse')}</a>
          </p>
        </Notice>
      ) : open ? (
        <p>
          <a class="button primary" href={href(lang, attemptPath(open.id))}>
            {t('learning.quiz.continue')}
          </a>
        </p>
      ) : spent ? (
        <Notice kind="info">{t('learning.quiz.noMoreAttempts')}</Notice>
      ) : (
        <form method="post" action={href(lang, `${quizPath.page(quiz.id)}/attempts`)}>
          <HiddenFormFields csrfToken={p.csrfToken} />
          <button type="submit" class="button primary">
            {used ? t('learning.quiz.startAgain') : t('learning.quiz.start')}
          </button>
        </form>
      )}
      {p.attempts.length ? (
        <section>
          <h2>{t('learning.quiz.yourAttempts')}</h2>
          <div class="table-wrap">
            <table class="table cards-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t('learning.attempt.col.attempt')}</th>
                  <th scope="col">{t('learning.attempt.col.started')}</th>
                  <th scope="col">{t('learning.attempt.col.score')}</th>
                  <th scope="col">{t('learning.attempt.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {p.attempts.map((a) => (
                  <tr>
                    <td data-label={t('learning.attempt.col.attempt')}>
                      <a href={href(lang, attemptPath(a.id))}>{a.number}</a>
                    </td>
                    <td data-label={t('learning.attempt.col.started')}>
                      {formatDateTime(a.startedAt, lang)}
                    </td>
                    <td data-label={t('learning.attempt.col.score')}>
                      {a.score === null ? '–' : `${formatNumber(a.score, lang)}%`}
                    </td>
                    <td data-label={t('learning.attempt.col.result')}>
                      {a.submittedAt
                        ? t(a.passed ? 'learning.attempt.passed' : 'learning.attempt.failed')
                        : t('learning.attempt.inProgress')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
