import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, nestFields, postedFormToken } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { assertBankEditor } from './bank-access.js';
import { bankTags } from './bank-queries.js';
import { courseChoices, getQuiz, listQuizzes, type QuizDetail } from './quiz-queries.js';
import { type QuizDraft, saveQuiz } from './quiz-save.js';
import { QuizForm, QuizList, quizPath } from './views/quiz-manage.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A posted quiz form as the draft the API also gives. */
export function quizDraftFromForm(v: FormValues): QuizDraft {
  const draws =
    v.draws && typeof v.draws === 'object' ? (v.draws as Record<string, Record<string, unknown>>) : {};
  return {
    courseId: str(v.courseId),
    title: {
      en: str((v.title as Record<string, unknown> | undefined)?.en),
      zh: str((v.title as Record<string, unknown> | undefined)?.zh),
    },
    passMark: str(v.passMark),
    attemptLimit: str(v.attemptLimit),
    timeLimitMinutes: str(v.timeLimitMinutes),
    required: v.required === 'on',
    questions: str(v.questions).split(/[\n,]/),
    draws: Object.keys(draws)
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => ({ tag: str(draws[k]?.tag), count: str(draws[k]?.count) })),
  };
}

const formOf = (q: QuizDetail): FormValues => ({
  courseId: q.courseId,
  title: q.title,
  passMark: String(q.passMark),
  attemptLimit: q.attemptLimit === null ? '' : String(q.attemptLimit),
  timeLimitMinutes: q.timeLimitMinutes === null ? '' : String(q.timeLimitMinutes),
  required: q.required ? 'on' : '',
  questions: q.fixed.map((f) => f.idNumber ?? f.id).join('\n'),
  draws: q.draws.map((d) => ({ tag: d.tag, count: String(d.count) })),
});

export function registerQuizManagePages(pages: Hono<AppEnv>) {
  for (const path of [quizPath.manage, `${quizPath.manage}/*`])
    pages.use(path, async (c, next) => {
      assertBankEditor(c.get('user'));
      await next();
    });

  pages.get(quizPath.manage, async (c) =>
    render(
      c,
      { title: c.get('t')('learning.quiz.manageTitle') },
      <QuizList t={c.get('t')} lang={c.get('lang')} rows={await listQuizzes(c.get('app').database.db)} />,
    ),
  );

  const formPage = async (
    c: Context<AppEnv>,
    quizId: string | null,
    values: FormValues,
    errors?: FieldErrors,
    notice?: string,
    formToken?: string,
  ) => {
    const db = c.get('app').database.db;
    const [courses, tags] = await Promise.all([courseChoices(db), bankTags(db)]);
    return render(
      c,
      { title: c.get('t')(quizId ? 'learning.quiz.edit' : 'learning.quiz.new'), status: errors ? 422 : 200 },
      <QuizForm
        t={c.get('t')}
        lang={c.get('lang')}
        quizId={quizId}
        courses={courses}
        tags={tags}
        values={values}
        errors={errors}
        csrfToken={c.get('csrfToken')}
        formToken={formToken}
        notice={notice}
      />,
    );
  };

  const save = async (c: Context<AppEnv>, quizId: string | null) => {
    const formToken = quizId ? undefined : await postedFormToken(c);
    const values = nestFields((await c.req.parseBody({ all: true })) as Record<string, string>);
    const app = c.get('app');
    try {
      // A new quiz posted twice (a double click, a resend) is made once.
      const { result } = await once(
        app.database.db,
        formToken,
        async (tx) => (await saveQuiz(tx, c.get('user'), quizId, quizDraftFromForm(values), app.now())).id,
      );
      const to = result ? `${quizPath.edit(result)}?done=saved` : quizPath.manage;
      return c.redirect(href(c.get('lang'), to), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, quizId, values, errors, undefined, formToken);
    }
  };

  pages.get(quizPath.create, (c) =>
    formPage(
      c,
      null,
      { courseId: c.req.query('course') ?? '', passMark: '60', required: 'on' },
      undefined,
      undefined,
      newFormToken(),
    ),
  );
  pages.post(quizPath.create, (c) => save(c, null));

  pages.get(`${quizPath.manage}/:id${UUID_PARAM}`, async (c) => {
    const quiz = await getQuiz(c.get('app').database.db, c.req.param('id'));
    if (!quiz) throw new AppError('not_found');
    const notice = c.req.query('done') === 'saved' ? c.get('t')('learning.quiz.saved') : undefined;
    return formPage(c, quiz.id, formOf(quiz), undefined, notice);
  });
  pages.post(`${quizPath.manage}/:id${UUID_PARAM}`, async (c) => {
    const quiz = await getQuiz(c.get('app').database.db, c.req.param('id'));
    if (!quiz) throw new AppError('not_found');
    return save(c, quiz.id);
  });
}
