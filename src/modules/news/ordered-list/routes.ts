import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { isUuid } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { fieldErrorsOf } from '../../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm } from '../../../web/forms.js';
import { requireRole } from '../../../web/guards.js';
import { href } from '../../../web/layout.js';
import { once } from '../../../web/once.js';
import { idParam } from '../../../web/params.js';

export interface EditorState {
  editingId?: string;
  values?: FormValues;
  errors?: FieldErrors;
  formToken?: string;
  status?: 200 | 422;
}

/** A short list that editors keep in order by hand (contacts, useful links): its edit page's routes. */
export interface OrderedListEditor<I> {
  /** `/links`: the editor lives at `/links/edit`, each row at `/links/:id/…`. */
  path: string;
  input: z.ZodType<I>;
  showEditor(c: Context<AppEnv>, state: EditorState): Promise<Response>;
  create(tx: Db, user: Actor, data: I, now: Date): Promise<{ id: string }>;
  update(db: Db, user: Actor, id: string, data: I, now: Date): Promise<unknown>;
  move(db: Db, user: Actor, id: string, direction: 'up' | 'down'): Promise<unknown>;
  remove(db: Db, user: Actor, id: string): Promise<unknown>;
}

export function registerOrderedListEditor<I>(pages: Hono<AppEnv>, e: OrderedListEditor<I>) {
  const requireEditor = (c: Context<AppEnv>) => requireRole(c, 'manager');
  const back = (c: Context<AppEnv>) => c.redirect(href(c.get('lang'), `${e.path}/edit`), 303);

  pages.get(`${e.path}/edit`, (c) => {
    requireEditor(c);
    const id = c.req.query('id');
    return e.showEditor(c, { editingId: isUuid(id) ? id : undefined });
  });

  pages.post(`${e.path}/edit`, async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, e.input);
    if (!form.ok)
      return e.showEditor(c, { values: form.values, errors: form.errors, formToken, status: 422 });
    try {
      await once(
        app.database.db,
        formToken,
        async (tx) => (await e.create(tx, user, form.data, app.now())).id,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return e.showEditor(c, { values: form.values, errors, formToken, status: 422 });
    }
    return back(c);
  });

  pages.post(`${e.path}/:id/edit`, async (c) => {
    const user = requireEditor(c);
    const app = c.get('app');
    const id = idParam(c.req.param('id'));
    const form = await parseForm(c, e.input);
    if (!form.ok)
      return e.showEditor(c, { editingId: id, values: form.values, errors: form.errors, status: 422 });
    try {
      await e.update(app.database.db, user, id, form.data, app.now());
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return e.showEditor(c, { editingId: id, values: form.values, errors, status: 422 });
    }
    return back(c);
  });

  pages.post(`${e.path}/:id/move`, async (c) => {
    const user = requireEditor(c);
    const body = await c.req.parseBody();
    await e.move(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      body.direction === 'up' ? 'up' : 'down',
    );
    return back(c);
  });

  pages.post(`${e.path}/:id/delete`, async (c) => {
    const user = requireEditor(c);
    await e.remove(c.get('app').database.db, user, idParam(c.req.param('id')));
    return back(c);
  });
}
