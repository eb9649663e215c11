import type { Context, Hono } from 'hono';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm } from '../../web/forms.js';
import { requireRole } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { newsInput } from './input.js';
import { eventIdsOf, eventOptions, getNewsBySlug, type NewsRow } from './queries.js';
import { createNews, newsToInput, updateNews } from './save-news.js';
import { NewsFormView } from './views/news-form.js';

const requireEditor = (c: Context<AppEnv>) => requireRole(c, 'manager');

async function showForm(
  c: Context<AppEnv>,
  o: { values: FormValues; errors?: FieldErrors; formToken?: string; row?: NewsRow; status?: 200 | 422 },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const events = await eventOptions(c.get('app').database.db);
  return render(
    c,
    { title: o.row ? t('news.editTitle') : t('news.newTitle'), section: 'news', status: o.status ?? 200 },
    <NewsFormView
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken}
      action={href(lang, o.row ? `/news/${o.row.slug}/edit` : '/news/new')}
      values={o.values}
      errors={o.errors}
      events={events}
      row={o.row}
    />,
  );
}

async function editable(c: Context<AppEnv>): Promise<NewsRow> {
  const app = c.get('app');
  const row = await getNewsBySlug(app.database.db, c.req.param('slug') ?? '', c.get('user'), app.now());
  if (!row) throw new AppError('not_found');
  return row;
}

export function registerNewsEditPages(pages: Hono<AppEnv>) {
  pages.get('/news/new', (c) => {
    requireEditor(c);
    const values = { status: 'draft', publishedOn: todayIso(c.get('app').now()) };
    return showForm(c, { values, formToken: newFormToken() });
  });

  pages.post('/news/new', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, newsInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    try {
      const { result } = await once(
        app.database.db,
        formToken,
        async (tx) => (await createNews(tx, user, form.data, app.now())).slug,
      );
      const target = result ? `/news/${result}?saved=1` : '/news?status=all';
      return c.redirect(href(c.get('lang'), target), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { values: form.values, errors, formToken, status: 422 });
    }
  });

  pages.get('/news/:slug/edit', async (c) => {
    requireEditor(c);
    const row = await editable(c);
    const input = newsToInput(row, await eventIdsOf(c.get('app').database.db, row.id));
    return showForm(c, { values: { ...input, publishedOn: input.publishedOn ?? '', inStep: '' }, row });
  });

  pages.post('/news/:slug/edit', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const row = await editable(c);
    const form = await parseForm(c, newsInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, row, status: 422 });
    try {
      const saved = await updateNews(app.database.db, user, row.id, form.data, app.now());
      return c.redirect(href(c.get('lang'), `/news/${saved.slug}?saved=1`), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { values: form.values, errors, row, status: 422 });
    }
  });
}
