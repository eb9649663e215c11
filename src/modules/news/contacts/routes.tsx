import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../web/context.js';
import { type FieldErrors, type FormValues, parseForm } from '../../../web/forms.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { requireRole } from '../../accounts/guard.js';
import { canEditNews } from '../editors.js';
import { fieldErrorsOf } from '../form-errors.js';
import { idParam, isUuid } from '../ids.js';
import { contactInput } from './input.js';
import { listContacts, personOptions } from './queries.js';
import { createContact, deleteContact, moveContact, updateContact } from './save-contact.js';
import { ContactsEditPage, ContactsPage } from './views.js';

const requireEditor = (c: Context<AppEnv>) => requireRole(c, 'manager');
const editHref = (c: Context<AppEnv>) => href(c.get('lang'), '/contacts/edit');

async function showEditor(
  c: Context<AppEnv>,
  o: {
    editingId?: string;
    values?: FormValues;
    errors?: FieldErrors;
    formToken?: string;
    status?: 200 | 422;
  },
) {
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
      { title: t('news.contacts.title'), section: 'contacts' },
      <ContactsPage t={t} lang={c.get('lang')} items={items} editor={canEditNews(c.get('user'))} />,
    );
  });

  pages.get('/contacts/edit', (c) => {
    requireEditor(c);
    const id = c.req.query('id');
    return showEditor(c, { editingId: isUuid(id) ? id : undefined });
  });

  pages.post('/contacts/edit', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, contactInput);
    if (!form.ok) return showEditor(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    try {
      await once(
        app.database.db,
        formToken,
        async (tx) => (await createContact(tx, user, form.data, app.now())).id,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showEditor(c, { values: form.values, errors, formToken, status: 422 });
    }
    return c.redirect(editHref(c), 303);
  });

  pages.post('/contacts/:id/edit', async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const id = idParam(c.req.param('id'));
    const form = await parseForm(c, contactInput);
    if (!form.ok)
      return showEditor(c, { editingId: id, values: form.values, errors: form.errors, status: 422 });
    try {
      await updateContact(app.database.db, user, id, form.data, app.now());
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showEditor(c, { editingId: id, values: form.values, errors, status: 422 });
    }
    return c.redirect(editHref(c), 303);
  });

  pages.post('/contacts/:id/move', async (c) => {
    const user = requireEditor(c);
    const body = await c.req.parseBody();
    const direction = body.direction === 'up' ? 'up' : 'down';
    await moveContact(c.get('app').database.db, user, idParam(c.req.param('id')), direction);
    return c.redirect(editHref(c), 303);
  });

  pages.post('/contacts/:id/delete', async (c) => {
    const user = requireEditor(c);
    await deleteContact(c.get('app').database.db, user, idParam(c.req.param('id')));
    return c.redirect(editHref(c), 303);
  });
}
