import type { Context, Hono } from 'hono';
import { AppError } from '../../../lib/errors.js';
import { normaliseForSearch } from '../../../lib/search-vector.js';
import type { AppEnv } from '../../../web/context.js';
import { type FieldErrors, type FormValues, parseForm } from '../../../web/forms.js';
import { requireRole } from '../../../web/guards.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { canEditLibrary } from '../editors.js';
import { searchLibrary } from '../search-library.js';
import { termInput } from './input.js';
import { getTerm, listTerms, type TermRow } from './queries.js';
import { createTerm, updateTerm } from './save-term.js';
import { GlossaryPage, TermForm, TermPage } from './views.js';

const requireEditor = (c: Context<AppEnv>) => requireRole(c, 'manager', 'trainer', 'expert');

async function termFromPath(c: Context<AppEnv>): Promise<TermRow> {
  const term = await getTerm(c.get('app').database.db, c.req.param('slug') ?? '');
  if (!term) throw new AppError('not_found');
  return term;
}

function showForm(
  c: Context<AppEnv>,
  o: { values: FormValues; errors?: FieldErrors; formToken?: string; term?: TermRow; status?: 200 | 422 },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  return render(
    c,
    {
      title: o.term ? t('library.glossary.editTitle') : t('library.glossary.newTitle'),
      section: 'library',
      status: o.status,
    },
    <TermForm
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken}
      action={href(lang, o.term ? `/library/glossary/${o.term.slug}/edit` : '/library/glossary/new')}
      values={o.values}
      errors={o.errors}
      editing={o.term}
    />,
  );
}

export function registerGlossaryPages(pages: Hono<AppEnv>) {
  pages.get('/library/glossary', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const q = (c.req.query('q') ?? '').slice(0, 100).trim();
    const needle = normaliseForSearch(q);
    const all = await listTerms(c.get('app').database.db, lang);
    const terms = needle
      ? all.filter((x) =>
          [x.term.en, x.term.zh, ...x.aliases, x.definition.en, x.definition.zh].some((s) =>
            normaliseForSearch(s).includes(needle),
          ),
        )
      : all;
    return render(
      c,
      { title: t('library.glossary.title'), section: 'library', description: t('library.glossary.lead') },
      <GlossaryPage t={t} lang={lang} terms={terms} q={q} editor={canEditLibrary(c.get('user'))} />,
    );
  });

  pages.get('/library/glossary/new', (c) => {
    requireEditor(c);
    return showForm(c, { values: {}, formToken: newFormToken() });
  });

  pages.post('/library/glossary/new', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, termInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    const { result } = await once(
      app.database.db,
      formToken,
      async (tx) => (await createTerm(tx, user, form.data, app.now())).slug,
    );
    return c.redirect(
      href(c.get('lang'), result ? `/library/glossary/${result}?saved=1` : '/library/glossary'),
      303,
    );
  });

  pages.get('/library/glossary/:slug', async (c) => {
    const term = await termFromPath(c);
    const lang = c.get('lang');
    const t = c.get('t');
    const user = c.get('user');
    const found = await searchLibrary(c.get('app').database.db, {
      q: term.term[lang] || term.term.en || term.term.zh,
      lang,
      filters: {},
      page: 1,
      pageSize: 10,
      includeDrafts: false,
    });
    const items = found.mode === 'text' ? found.items : [];
    return render(
      c,
      {
        title: term.term[lang] || term.term.en || term.term.zh,
        section: 'library',
        description: term.definition[lang] || undefined,
      },
      <TermPage
        t={t}
        lang={lang}
        term={term}
        items={items}
        editor={canEditLibrary(user)}
        saved={c.req.query('saved') === '1'}
      />,
    );
  });

  pages.get('/library/glossary/:slug/edit', async (c) => {
    requireEditor(c);
    const term = await termFromPath(c);
    return showForm(c, { values: { ...term, aliases: term.aliases.join(', ') }, term });
  });

  pages.post('/library/glossary/:slug/edit', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const term = await termFromPath(c);
    const form = await parseForm(c, termInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, term, status: 422 });
    const saved = await updateTerm(app.database.db, user, term.id, form.data, app.now());
    return c.redirect(href(c.get('lang'), `/library/glossary/${saved.slug}?saved=1`), 303);
  });
}
