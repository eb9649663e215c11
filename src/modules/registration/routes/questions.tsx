import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../../lib/errors.js';
import { UUID_PARAM } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { fieldErrorsOf } from '../../../web/field-errors.js';
import { bilingualText, checkbox, optionalInt } from '../../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm, postedField } from '../../../web/forms.js';
import { requireStaff } from '../../../web/guards.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { managedEvent } from '../access.js';
import {
  createQuestion,
  deleteQuestion,
  type QuestionInput,
  questionsOf,
  updateQuestion,
} from '../questions.js';
import { QUESTION_KINDS } from '../schema.js';
import { optionLines, QuestionPage, QuestionsPage } from '../views/questions.js';
import { refusalOf } from './support.js';

const EVENT = `/events/:id${UUID_PARAM}`;
const ONE = `${EVENT}/questions/:question${UUID_PARAM}`;
const CJK = /\p{Script=Han}/u;

const QuestionForm = z.object({
  kind: z.enum(QUESTION_KINDS),
  label: bilingualText({ required: true, max: 300 }),
  help: bilingualText({ multiline: true, max: 1_000 }),
  options: z.string().max(20_000).optional().default(''),
  required: checkbox(),
  showIf: z.string().max(100).optional().default(''),
  position: optionalInt(0, 10_000),
  hidden: checkbox(),
});

/** One option per line; "English | 中文", or one language alone (told by its characters). */
export function readOptionLines(s: string): QuestionInput['options'] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [a, b] = l.split(/\s*[|｜]\s*/, 2) as [string, string | undefined];
      if (b !== undefined) return { label: { en: a, zh: b } };
      return { label: CJK.test(a) ? { en: '', zh: a } : { en: a, zh: '' } };
    });
}

function toInput(d: z.output<typeof QuestionForm>): QuestionInput {
  const [qid, value] = d.showIf
    ? (d.showIf.split(':', 2) as [string, string | undefined])
    : [null, undefined];
  return {
    kind: d.kind,
    label: d.label,
    help: d.help,
    options: readOptionLines(d.options),
    required: d.required,
    showIfQuestionId: qid,
    showIfValue: value ?? '',
    hidden: d.hidden,
    position: d.position,
  };
}

const rename = (f: string) => (f.startsWith('showIf') ? 'showIf' : f);

async function context(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const db = c.get('app').database.db;
  const event = await managedEvent(db, user, c.req.param('id') ?? '');
  return { user, db, event };
}

export function registerQuestionPages(pages: Hono<AppEnv>) {
  const listPage = async (c: Context<AppEnv>, values: FormValues, errors?: FieldErrors, status?: 422) => {
    const { db, event } = await context(c);
    const t = c.get('t');
    const done = c.req.query('done');
    return render(
      c,
      { title: t('registration.question.title'), section: 'events', status },
      <QuestionsPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        formToken={newFormToken()}
        event={event}
        questions={await questionsOf(db, event.id)}
        values={values}
        errors={errors}
        notice={
          done === 'added'
            ? t('registration.question.added')
            : done === 'deleted'
              ? t('registration.question.deleted')
              : undefined
        }
      />,
    );
  };

  pages.get(`${EVENT}/questions`, (c) => listPage(c, { kind: 'short_text' }));

  pages.post(`${EVENT}/questions`, async (c) => {
    const { user, db, event } = await context(c);
    const form = await parseForm(c, QuestionForm);
    if (!form.ok) return listPage(c, form.values, form.errors, 422);
    try {
      await once(
        db,
        await postedField(c, '_form'),
        async (tx) =>
          (
            await createQuestion(
              tx,
              user,
              event.id,
              { ...toInput(form.data), position: undefined },
              c.get('app').now(),
            )
          ).id,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'), rename);
      if (!errors) throw err;
      return listPage(c, form.values, errors, 422);
    }
    return c.redirect(`${href(c.get('lang'), `/events/${event.id}/questions`)}?done=added`, 303);
  });

  const onePage = async (
    c: Context<AppEnv>,
    opts: { values?: FormValues; errors?: FieldErrors; message?: string; status?: 409 | 422 } = {},
  ) => {
    const { db, event } = await context(c);
    const all = await questionsOf(db, event.id);
    const question = all.find((q) => q.id === c.req.param('question'));
    if (!question) throw new AppError('not_found');
    const t = c.get('t');
    const values = opts.values ?? {
      ...question,
      options: optionLines(question),
      required: question.required ? 'on' : '',
      hidden: question.hidden ? 'on' : '',
      position: String(question.position),
      showIf: question.showIfQuestionId
        ? `${question.showIfQuestionId}${question.showIfValue ? `:${question.showIfValue}` : ''}`
        : '',
    };
    return render(
      c,
      { title: t('registration.question.title'), section: 'events', status: opts.status },
      <QuestionPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        event={event}
        question={question}
        earlier={all.filter((q) => q.id !== question.id && q.position < question.position)}
        values={values}
        errors={opts.errors}
        message={opts.message}
        notice={c.req.query('done') === 'saved' ? t('common.saved') : undefined}
      />,
    );
  };

  pages.get(ONE, (c) => onePage(c));

  pages.post(ONE, async (c) => {
    const { user, db, event } = await context(c);
    const form = await parseForm(c, QuestionForm);
    if (!form.ok) return onePage(c, { values: form.values, errors: form.errors, status: 422 });
    try {
      await updateQuestion(db, user, c.req.param('question'), toInput(form.data), c.get('app').now());
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'), rename);
      if (!errors) throw err;
      return onePage(c, { values: form.values, errors, status: 422 });
    }
    return c.redirect(
      `${href(c.get('lang'), `/events/${event.id}/questions/${c.req.param('question')}`)}?done=saved`,
      303,
    );
  });

  pages.post(`${ONE}/delete`, async (c) => {
    const { user, db, event } = await context(c);
    try {
      await deleteQuestion(db, user, c.req.param('question'));
    } catch (err) {
      const refusal = refusalOf(err, c.get('t'));
      if (refusal?.status !== 409) throw err;
      return onePage(c, { message: refusal.message, status: 409 });
    }
    return c.redirect(`${href(c.get('lang'), `/events/${event.id}/questions`)}?done=deleted`, 303);
  });
}
