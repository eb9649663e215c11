import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, nestFields, postedFormToken } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { assertBankEditor } from './bank-access.js';
import { readQuestionFile } from './bank-file.js';
import { draftFromForm, formFromQuestion } from './bank-form.js';
import { importQuestions } from './bank-import.js';
import { type BankFilter, bankCategories, bankTags, getQuestion, listBank } from './bank-queries.js';
import { removeQuestion, saveQuestion, unhideQuestion } from './bank-save.js';
import { QUESTION_TYPES, type QuestionType } from './schema.js';
import { BankForm } from './views/bank-form.js';
import { BankImport } from './views/bank-import.js';
import { BankList } from './views/bank-list.js';
import { bankPath } from './views/bank-parts.js';

const PAGE_SIZE = 50;
const NOTICES = {
  saved: 'learning.bank.saved',
  deleted: 'learning.bank.deleted',
  hidden: 'learning.bank.hidden',
  unhidden: 'learning.bank.unhidden',
} as const;

const typeOf = (v: string | undefined): QuestionType | null =>
  (QUESTION_TYPES as readonly string[]).includes(v ?? '') ? (v as QuestionType) : null;

/** The bank's filter from a query string (the list, and the exports of what it shows). */
export function bankFilterOf(c: Context<AppEnv>): BankFilter {
  const q = c.req.query();
  return {
    q: q.q?.trim().slice(0, 200) || undefined,
    type: typeOf(q.type) ?? undefined,
    tag: q.tag?.trim().slice(0, 50) || undefined,
    category: q.category?.trim().slice(0, 255) || undefined,
    hidden: q.hidden === '1' || q.hidden === 'true',
  };
}

const filterQuery = (f: BankFilter) =>
  new URLSearchParams(
    Object.entries({
      q: f.q,
      type: f.type,
      tag: f.tag,
      category: f.category,
      hidden: f.hidden ? '1' : undefined,
    }).filter((e): e is [string, string] => !!e[1]),
  ).toString();

async function posted(c: Context<AppEnv>): Promise<FormValues> {
  return nestFields((await c.req.parseBody({ all: true })) as Record<string, string>);
}

export function registerBankPages(pages: Hono<AppEnv>) {
  pages.use('/learn/manage/bank/*', async (c, next) => {
    assertBankEditor(c.get('user'));
    await next();
  });
  pages.use('/learn/manage/bank', async (c, next) => {
    assertBankEditor(c.get('user'));
    await next();
  });

  pages.get(bankPath.list, async (c) => {
    const db = c.get('app').database.db;
    const t = c.get('t');
    const filter = bankFilterOf(c);
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const [{ rows, total }, tags, categories] = await Promise.all([
      listBank(db, filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      bankTags(db),
      bankCategories(db),
    ]);
    const done = c.req.query('done') as keyof typeof NOTICES | undefined;
    return render(
      c,
      { title: t('learning.bank.title') },
      <BankList
        t={t}
        lang={c.get('lang')}
        filter={filter}
        rows={rows}
        total={total}
        page={page}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        tags={tags}
        categories={categories}
        notice={done && done in NOTICES ? t(NOTICES[done]) : undefined}
        query={filterQuery(filter)}
      />,
    );
  });

  const formPage = (
    c: Context<AppEnv>,
    type: QuestionType,
    question: { id: string; version: number; hidden: boolean } | null,
    values: FormValues,
    errors?: FieldErrors,
    notice?: string,
    formToken?: string,
  ) =>
    render(
      c,
      {
        title: c.get('t')(question ? 'learning.bank.edit' : 'learning.bank.new'),
        status: errors ? 422 : 200,
      },
      <BankForm
        t={c.get('t')}
        lang={c.get('lang')}
        type={type}
        question={question}
        values={values}
        errors={errors}
        csrfToken={c.get('csrfToken')}
        formToken={formToken}
        notice={notice}
      />,
    );

  // A new question is single choice unless another type is chosen (the page offers the choice).
  pages.get(bankPath.create, (c) =>
    formPage(
      c,
      typeOf(c.req.query('type')) ?? 'single',
      null,
      { shuffle: 'on', defaultMark: '1' },
      undefined,
      undefined,
      newFormToken(),
    ),
  );

  pages.post(bankPath.create, async (c) => {
    const type = typeOf(c.req.query('type')) ?? 'single';
    const formToken = await postedFormToken(c);
    const values = await posted(c);
    const app = c.get('app');
    try {
      // A double click or a resend makes one question, not two.
      const { result } = await once(
        app.database.db,
        formToken,
        async (tx) =>
          (await saveQuestion(tx, c.get('user'), null, draftFromForm(type, values), app.now())).id,
      );
      const to = result ? `${bankPath.one(result)}?done=saved` : bankPath.list;
      return c.redirect(href(c.get('lang'), to), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, type, null, values, errors, undefined, formToken);
    }
  });

  pages.get(`/learn/manage/bank/:id${UUID_PARAM}`, async (c) => {
    const q = await getQuestion(c.get('app').database.db, c.req.param('id'));
    if (!q) throw new AppError('not_found');
    const t = c.get('t');
    const notice =
      c.req.query('done') === 'saved' ? t('learning.bank.saved', { version: q.version }) : undefined;
    return formPage(c, q.type, q, formFromQuestion(q), undefined, notice);
  });

  pages.post(`/learn/manage/bank/:id${UUID_PARAM}`, async (c) => {
    const db = c.get('app').database.db;
    const q = await getQuestion(db, c.req.param('id'));
    if (!q) throw new AppError('not_found');
    const values = await posted(c);
    try {
      await saveQuestion(db, c.get('user'), q.id, draftFromForm(q.type, values), c.get('app').now());
      return c.redirect(`${href(c.get('lang'), bankPath.one(q.id))}?done=saved`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, q.type, q, values, errors);
    }
  });

  // Deleted, or hidden when attempts or quizzes use it; or, when hidden, put back.
  pages.post(`/learn/manage/bank/:id${UUID_PARAM}/visibility`, async (c) => {
    const db = c.get('app').database.db;
    const id = idParam(c.req.param('id'));
    const action = (await c.req.parseBody()).action;
    if (action === 'unhide') {
      await unhideQuestion(db, c.get('user'), id);
      return c.redirect(`${href(c.get('lang'), bankPath.one(id))}?done=unhidden`, 303);
    }
    const out = await removeQuestion(db, c.get('user'), id);
    return c.redirect(`${href(c.get('lang'), bankPath.list)}?done=${out}`, 303);
  });

  const importPage = (
    c: Context<AppEnv>,
    extra: Partial<Parameters<typeof BankImport>[0]> = {},
    status: 200 | 422 = 200,
  ) =>
    render(
      c,
      { title: c.get('t')('learning.import.title'), status },
      <BankImport t={c.get('t')} lang={c.get('lang')} csrfToken={c.get('csrfToken')} {...extra} />,
    );

  pages.get(bankPath.import, (c) => importPage(c));
  pages.post(bankPath.import, async (c) => {
    const t = c.get('t');
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File) || file.size === 0)
      return importPage(c, { errors: { file: t('learning.import.noFile') } }, 422);
    try {
      const { read, format } = readQuestionFile(await file.text());
      const app = c.get('app');
      const report = await importQuestions(app.database.db, c.get('user'), read, format, app.now());
      return importPage(c, { report });
    } catch (err) {
      const errors = fieldErrorsOf(err, t);
      if (!errors) throw err;
      return importPage(c, { errors }, 422);
    }
  });
}
