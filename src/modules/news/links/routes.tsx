import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../web/context.js';
import { newFormToken } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { canEditNews } from '../editors.js';
import { type EditorState, registerOrderedListEditor } from '../ordered-list/routes.js';
import { linkInput } from './input.js';
import { listLinks } from './queries.js';
import { createLink, deleteLink, moveLink, updateLink } from './save-link.js';
import { LinksEditPage, LinksPage } from './views.js';

async function showEditor(c: Context<AppEnv>, o: EditorState) {
  const t = c.get('t');
  const items = await listLinks(c.get('app').database.db);
  const editing = items.find((x) => x.id === o.editingId) ?? null;
  const values = o.values ?? (editing ? { ...editing } : {});
  return render(
    c,
    { title: t('news.links.editTitle'), status: o.status ?? 200 },
    <LinksEditPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken ?? newFormToken()}
      items={items}
      editing={editing}
      values={values}
      errors={o.errors}
    />,
  );
}

export function registerLinksPages(pages: Hono<AppEnv>) {
  pages.get('/links', async (c) => {
    const t = c.get('t');
    const items = await listLinks(c.get('app').database.db);
    return render(
      c,
      { title: t('news.links.title'), description: t('news.links.lead') },
      <LinksPage t={t} lang={c.get('lang')} items={items} editor={canEditNews(c.get('user'))} />,
    );
  });

  registerOrderedListEditor(pages, {
    path: '/links',
    input: linkInput,
    showEditor,
    create: createLink,
    update: updateLink,
    move: moveLink,
    remove: deleteLink,
  });
}
