import type { Context, Hono } from 'hono';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, nestFields } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { closeOverdue } from './attempt-close.js';
import { enrolmentOf } from './attempt-enrolment.js';
import { answersFromForm } from './attempt-present.js';
import { type AttemptDetail, attemptsAt, ownAttempt } from './attempt-queries.js';
import { startAttempt } from './attempt-start.js';
import { answerAttempt } from './attempt-submit.js';
import { canEditBank } from './bank-access.js';
import { drawPools, getQuiz, type QuizDetail } from './quiz-queries.js';
import { AttemptForm, attemptPath, type Given } from './views/attempt-form.js';
import { AttemptReview } from './views/attempt-review.js';
import { quizPath } from './views/quiz-manage.js';
import { QuizPage } from './views/quiz-page.js';

/** How many questions an attempt will ask: the visible fixed ones and what each draw can find. */
async function questionCount(c: Context<AppEnv>, quiz: QuizDetail): Promise<number> {
  const pools = await drawPools(
    c.get('app').database.db,
    quiz.draws.map((d) => d.tag),
  );
  const fixed = new Set(quiz.fixed.filter((f) => !f.hidden).map((f) => f.id));
  return (
    fixed.size +
    quiz.draws.reduce(
      (n, d) => n + Math.min(d.count, (pools.get(d.tag) ?? []).filter((id) => !fixed.has(id)).length),
      0,
    )
  );
}

const NOTICES = {
  saved: 'learning.attempt.savedNotice',
  late: 'learning.attempt.lateNotice',
} as const;

export function registerAttemptPages(pages: Hono<AppEnv>) {
  pages.get(`${quizPath.page(':id')}${UUID_PARAM}`, async (c) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const quiz = await getQuiz(db, idParam(c.req.param('id')));
    // A course still in draft keeps its quiz to those who write it.
    if (!quiz || (quiz.course.status !== 'published' && !canEditBank(user))) throw new AppError('not_found');
    const enrolment = await enrolmentOf(db, user.id, quiz.courseId);
    // An attempt whose time ran out shows as submitted, as it stood.
    if (enrolment) await db.transaction((tx) => closeOverdue(tx, enrolment.id, c.get('app').now()));
    const t = c.get('t');
    return render(
      c,
      { title: text(quiz.title, c.get('lang')) },
      <QuizPage
        t={t}
        lang={c.get('lang')}
        quiz={quiz}
        questionCount={await questionCount(c, quiz)}
        enrolled={!!enrolment}
        attempts={enrolment ? await attemptsAt(db, enrolment.id, quiz.id) : []}
        csrfToken={c.get('csrfToken')}
        canEdit={canEditBank(user)}
      />,
    );
  });

  pages.post(`${quizPath.page(':id')}${UUID_PARAM}/attempts`, async (c) => {
    const app = c.get('app');
    const started = await startAttempt(
      app.database.db,
      requireUser(c),
      idParam(c.req.param('id')),
      app.now(),
    );
    return c.redirect(href(c.get('lang'), attemptPath(started.id)), 303);
  });

  const attemptPage = (
    c: Context<AppEnv>,
    attempt: AttemptDetail,
    given?: Given,
    errors?: FieldErrors,
    refusal?: string,
  ) => {
    const t = c.get('t');
    const done = c.req.query('done') as keyof typeof NOTICES | undefined;
    const notice = done && done in NOTICES ? t(NOTICES[done]) : undefined;
    const title = text(attempt.quiz.title, c.get('lang'));
    if (attempt.submittedAt)
      return render(
        c,
        { title, status: refusal ? 409 : 200 },
        <AttemptReview t={t} lang={c.get('lang')} attempt={attempt} notice={notice} refusal={refusal} />,
      );
    const saved: Given = Object.fromEntries(
      attempt.questions.flatMap((q) => (q.response ? [[q.questionId, q.response]] : [])),
    );
    return render(
      c,
      { title, status: errors ? 422 : 200 },
      <AttemptForm
        t={t}
        lang={c.get('lang')}
        attempt={attempt}
        given={given ?? saved}
        csrfToken={c.get('csrfToken')}
        errors={errors}
        notice={notice}
      />,
    );
  };

  pages.get(`/learn/attempts/:id${UUID_PARAM}`, async (c) => {
    const app = c.get('app');
    return attemptPage(
      c,
      await ownAttempt(app.database.db, requireUser(c), idParam(c.req.param('id')), app.now()),
    );
  });

  pages.post(`/learn/attempts/:id${UUID_PARAM}`, async (c) => {
    const app = c.get('app');
    const user = requireUser(c);
    const id = idParam(c.req.param('id'));
    const attempt = await ownAttempt(app.database.db, user, id, app.now());
    // A second submit (a double click, a resend) changes nothing and shows the review with why.
    const already = (a: AttemptDetail) =>
      attemptPage(c, a, undefined, undefined, c.get('t')('learning.attempt.error.submitted'));
    if (attempt.submittedAt) return already(attempt);
    const values = nestFields((await c.req.parseBody({ all: true })) as Record<string, string>);
    const answers = answersFromForm(values.answers, attempt.questions);
    const back = href(c.get('lang'), attemptPath(id));
    try {
      await answerAttempt(app.database.db, user, id, answers, {
        submit: values.action !== 'save',
        now: app.now(),
      });
      return c.redirect(values.action === 'save' ? `${back}?done=saved` : back, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict') {
        const key = err.userMessage?.key;
        if (key === 'learning.attempt.error.timeUp') return c.redirect(`${back}?done=late`, 303);
        if (key === 'learning.attempt.error.submitted')
          return already(await ownAttempt(app.database.db, user, id, app.now()));
      }
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      // The form comes back as it was filled in, a refused number as it was typed.
      const given: Given = Object.fromEntries(
        answers.map((a) => [
          a.questionId,
          {
            optionIds: a.optionIds,
            value: a.value,
            pairs: Object.fromEntries((a.pairs ?? []).map((p) => [p.optionId, p.choiceId])),
          },
        ]),
      );
      return attemptPage(c, attempt, given, errors);
    }
  });
}
