import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm } from '../../web/forms.js';
import { requireRole } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { FileRejected } from '../files/index.js';
import { attachFile, removeFile } from './files.js';
import { itemInput } from './input.js';
import { itemFromPath, renderItemPage } from './item-routes.js';
import type { ItemRow } from './queries.js';
import { eventChoices, relatedKind } from './related.js';
import { createItem, itemToInput, updateItem } from './save-item.js';
import { ItemForm } from './views/item-form.js';

const requireEditor = (c: Context<AppEnv>) => requireRole(c, 'manager', 'trainer', 'expert');

async function showForm(
  c: Context<AppEnv>,
  o: { values: FormValues; errors?: FieldErrors; formToken?: string; item?: ItemRow; status?: 200 | 422 },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const events = await eventChoices(c.get('app').database.db, c.get('user'));
  return render(
    c,
    {
      title: o.item ? t('library.editTitle') : t('library.newTitle'),
      section: 'library',
      status: o.status ?? 200,
    },
    <ItemForm
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken}
      action={href(lang, o.item ? `/library/items/${o.item.slug}/edit` : '/library/items/new')}
      values={o.values}
      errors={o.errors}
      events={events}
      editing={o.item ? { slug: o.item.slug, title: o.item.title } : undefined}
    />,
  );
}

/** A stored item as form values (arrays stay arrays, the date as YYYY-MM-DD). */
function formValuesOf(item: ItemRow, eventIds: string[]): FormValues {
  const input = itemToInput(item, eventIds);
  return { ...input, publishedOn: input.publishedOn ?? '', inStep: '' };
}

export function registerLibraryEditPages(pages: Hono<AppEnv>) {
  pages.get('/library/items/new', (c) => {
    requireEditor(c);
    return showForm(c, { values: { type: 'guide', status: 'draft' }, formToken: newFormToken() });
  });

  pages.post('/library/items/new', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, itemInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    try {
      const { result } = await once(
        app.database.db,
        formToken,
        async (tx) => (await createItem(tx, user, form.data, app.now())).slug,
      );
      return c.redirect(href(c.get('lang'), result ? `/library/items/${result}?saved=1` : '/library'), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { values: form.values, errors, formToken, status: 422 });
    }
  });

  pages.get('/library/items/:slug/edit', async (c) => {
    requireEditor(c);
    const item = await itemFromPath(c);
    const eventIds = await relatedKind('event').idsOf(c.get('app').database.db, item.id, c.get('user'));
    return showForm(c, { values: formValuesOf(item, eventIds), item });
  });

  pages.post('/library/items/:slug/edit', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const item = await itemFromPath(c);
    const form = await parseForm(c, itemInput);
    if (!form.ok) return showForm(c, { values: form.values, errors: form.errors, item, status: 422 });
    try {
      const saved = await updateItem(app.database.db, user, item.id, form.data, app.now());
      const target = saved.version === item.version ? '?done=unchanged' : `?saved=${saved.version}`;
      return c.redirect(href(c.get('lang'), `/library/items/${saved.slug}${target}`), 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { values: form.values, errors, item, status: 422 });
    }
  });

  pages.post('/library/items/:slug/files', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const item = await itemFromPath(c);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      const key = file instanceof File ? 'files.problem.empty' : 'files.problem.missing';
      return renderItemPage(c, item, { uploadError: c.get('t')(key), status: 422 });
    }
    const lang = body.lang === 'en' || body.lang === 'zh' ? body.lang : '';
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const token = typeof body._form === 'string' ? body._form : undefined;
      const r = await attachFile(
        app.database.db,
        user,
        item.id,
        { name: file.name, bytes, lang },
        app.now(),
        {
          once: (write) => once(app.database.db, token, write),
        },
      );
      const done = r.link.textStatus === 'none' ? 'none' : 'added';
      return c.redirect(href(c.get('lang'), `/library/items/${item.slug}?done=${done}#item-files-h`), 303);
    } catch (err) {
      if (err instanceof FileRejected) {
        return renderItemPage(c, item, {
          uploadError: userMessageOf(err, c.get('t')) ?? c.get('t')('form.invalid'),
          status: 422,
        });
      }
      if (err instanceof AppError && err.userMessage?.key === 'library.file.encrypted') {
        return renderItemPage(c, item, { uploadError: c.get('t')('library.file.encrypted'), status: 422 });
      }
      throw err;
    }
  });

  pages.post('/library/items/:slug/files/:fileId/delete', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const item = await itemFromPath(c);
    const fileId = c.req.param('fileId');
    if (!isUuid(fileId)) throw new AppError('not_found');
    await removeFile(app.database.db, user, item.id, fileId, app.now());
    return c.redirect(href(c.get('lang'), `/library/items/${item.slug}?done=removed`), 303);
  });
}
