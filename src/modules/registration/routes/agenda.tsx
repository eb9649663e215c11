import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../../lib/errors.js';
import { UUID_PARAM } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../../web/field-errors.js';
import { bilingualText, line } from '../../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm, postedField } from '../../../web/forms.js';
import { requireStaff } from '../../../web/guards.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { FileRejected } from '../../files/index.js';
import { managedEvent } from '../access.js';
import {
  addMaterial,
  agendaOf,
  createAgendaItem,
  deleteAgendaItem,
  materialsOf,
  removeMaterial,
  updateAgendaItem,
} from '../agenda.js';
import { AgendaItemPage, AgendaManagePage } from '../views/agenda.js';

const EVENT = `/events/:id${UUID_PARAM}`;
const ITEM = `${EVENT}/agenda/:item${UUID_PARAM}`;

const AgendaForm = z.object({
  day: z.string().max(20),
  startsAt: z.string().max(10).optional().default(''),
  endsAt: z.string().max(10).optional().default(''),
  title: bilingualText({ required: true, max: 300 }),
  speaker: line(200).optional().default(''),
  room: bilingualText({ max: 200 }),
});

const NOTICES: Record<
  string,
  | 'registration.agenda.added'
  | 'common.saved'
  | 'registration.agenda.uploaded'
  | 'registration.agenda.removed'
  | 'registration.agenda.deleted'
> = {
  added: 'registration.agenda.added',
  saved: 'common.saved',
  uploaded: 'registration.agenda.uploaded',
  removed: 'registration.agenda.removed',
  deleted: 'registration.agenda.deleted',
};

async function context(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const db = c.get('app').database.db;
  const event = await managedEvent(db, user, c.req.param('id') ?? '');
  return { user, db, event };
}

const notice = (c: Context<AppEnv>) => {
  const done = c.req.query('done');
  return done && Object.hasOwn(NOTICES, done) ? c.get('t')(NOTICES[done]!) : undefined;
};

export function registerAgendaPages(pages: Hono<AppEnv>) {
  const listPage = async (c: Context<AppEnv>, values: FormValues, errors?: FieldErrors, status?: 422) => {
    const { db, event } = await context(c);
    const items = await agendaOf(db, event.id);
    const materials = await materialsOf(
      db,
      items.map((i) => i.id),
    );
    const t = c.get('t');
    return render(
      c,
      { title: t('registration.agenda.title'), section: 'events', status },
      <AgendaManagePage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        formToken={newFormToken()}
        event={event}
        items={items}
        materials={materials}
        values={values}
        errors={errors}
        notice={notice(c)}
      />,
    );
  };

  pages.get(`${EVENT}/agenda`, async (c) => {
    const { event } = await context(c);
    return listPage(c, { day: event.startDate });
  });

  pages.post(`${EVENT}/agenda`, async (c) => {
    const { user, db, event } = await context(c);
    const form = await parseForm(c, AgendaForm);
    if (!form.ok) return listPage(c, form.values, form.errors, 422);
    const d = form.data;
    try {
      await once(
        db,
        await postedField(c, '_form'),
        async (tx) =>
          (
            await createAgendaItem(
              tx,
              user,
              event.id,
              { ...d, startsAt: d.startsAt || null, endsAt: d.endsAt || null },
              c.get('app').now(),
            )
          ).id,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return listPage(c, form.values, errors, 422);
    }
    return c.redirect(`${href(c.get('lang'), `/events/${event.id}/agenda`)}?done=added`, 303);
  });

  const itemPage = async (
    c: Context<AppEnv>,
    opts: {
      values?: FormValues;
      errors?: FieldErrors;
      uploadError?: string;
      uploadTitle?: { en: string; zh: string };
      status?: 422;
    } = {},
  ) => {
    const { db, event } = await context(c);
    const item = (await agendaOf(db, event.id)).find((i) => i.id === c.req.param('item'));
    if (!item) throw new AppError('not_found');
    const t = c.get('t');
    const values = opts.values ?? {
      ...item,
      startsAt: item.startsAt?.slice(0, 5) ?? '',
      endsAt: item.endsAt?.slice(0, 5) ?? '',
    };
    return render(
      c,
      { title: t('registration.agenda.title'), section: 'events', status: opts.status },
      <AgendaItemPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        event={event}
        item={item}
        materials={await materialsOf(db, [item.id])}
        values={values}
        errors={opts.errors}
        uploadError={opts.uploadError}
        uploadTitle={opts.uploadTitle}
        notice={notice(c)}
      />,
    );
  };

  pages.get(ITEM, (c) => itemPage(c));

  pages.post(ITEM, async (c) => {
    const { user, db, event } = await context(c);
    const form = await parseForm(c, AgendaForm);
    if (!form.ok) return itemPage(c, { values: form.values, errors: form.errors, status: 422 });
    const d = form.data;
    try {
      await updateAgendaItem(
        db,
        user,
        c.req.param('item'),
        { ...d, startsAt: d.startsAt || null, endsAt: d.endsAt || null },
        c.get('app').now(),
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return itemPage(c, { values: form.values, errors, status: 422 });
    }
    return c.redirect(
      `${href(c.get('lang'), `/events/${event.id}/agenda/${c.req.param('item')}`)}?done=saved`,
      303,
    );
  });

  pages.post(`${ITEM}/delete`, async (c) => {
    const { user, db, event } = await context(c);
    await deleteAgendaItem(db, user, c.req.param('item'));
    return c.redirect(`${href(c.get('lang'), `/events/${event.id}/agenda`)}?done=deleted`, 303);
  });

  pages.post(`${ITEM}/materials`, async (c) => {
    const { user, db, event } = await context(c);
    const t = c.get('t');
    const body = await c.req.parseBody();
    const file = body.file;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const uploadTitle = { en: str(body['materialTitle.en']), zh: str(body['materialTitle.zh']) };
    if (!(file instanceof File) || file.size === 0)
      return itemPage(c, { uploadError: t('files.problem.missing'), uploadTitle, status: 422 });
    try {
      await addMaterial(db, user, c.req.param('item'), {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        title: uploadTitle,
      });
    } catch (err) {
      if (err instanceof FileRejected)
        return itemPage(c, {
          uploadError: userMessageOf(err, t) ?? t('form.invalid'),
          uploadTitle,
          status: 422,
        });
      const errors = fieldErrorsOf(err, t);
      if (errors)
        return itemPage(c, { uploadError: Object.values(errors).join(' '), uploadTitle, status: 422 });
      throw err;
    }
    return c.redirect(
      `${href(c.get('lang'), `/events/${event.id}/agenda/${c.req.param('item')}`)}?done=uploaded`,
      303,
    );
  });

  pages.post(`${ITEM}/materials/remove`, async (c) => {
    const { user, db, event } = await context(c);
    await removeMaterial(db, user, c.req.param('item'), await postedField(c, 'material'));
    return c.redirect(
      `${href(c.get('lang'), `/events/${event.id}/agenda/${c.req.param('item')}`)}?done=removed`,
      303,
    );
  });
}
