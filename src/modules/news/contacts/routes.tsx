import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../web/context.js';
import { newFormToken } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { canEditNews } from '../editors.js';
import { type EditorState, registerOrderedListEditor } from '../ordered-list/routes.js';
import { contactInput } from './input.js';
import { listContacts, personOptions } from './queries.js';
import { createContact, deleteContact, moveContact, updateContact } from './save-contact.js';
import { ContactsEditPage, ContactsPage } from './views.js';

async function showEditor(c: Context<AppEnv>, o: EditorState) {
  const db = c.get('app').database.db;
  const t = c.get('t');
  const items = await listContacts(db);
  const editing = items.find((x) => x.id === o.editingId) ?? null;
  const values =
    o.values ??
    (editing ? { topic: editing.topic, personId: editing.person.id } : { topic: { en: '', zh: '' } });
  return render(
    c,
    { title: t('news.contacts.editTitle'), section: 'contacts', status: o.status ?? 200 },
    <ContactsEditPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken ?? newFormToken()}
      items={items}
      people={await personOptions(db)}
      editing={editing}
      values={values}
      errors={o.errors}
    />,
  );
}

export function registerContactsPages(pages: Hono<AppEnv>) {
  pages.get('/contacts', async (c) => {
    const t = c.get('t');
    const items = await listContacts(c.get('app').database.db);
    return render(
      c,
      { title: t('news.contacts.title'), section: 'contacts', description: t('news.contacts.lead') },
      <ContactsPage t={t} lang={c.get('lang')} items={items} editor={canEditNews(c.get('user'))} />,
    );
  });

  registerOrderedListEditor(pages, {
    path: '/contacts',
    input: contactInput,
    showEditor,
    create: createContact,
    update: updateContact,
    move: moveContact,
    remove: deleteContact,
  });
}
