import type { Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import { ErrorSummary, HiddenFormFields, PageHeader } from '../../web/components.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { managedSession } from './attendees-access.js';
import { attendeeInput } from './attendees-input.js';
import { listAttendees, removeAttendee, updateAttendee } from './attendees-save.js';
import { SESSION } from './routes-attendees.js';
import { AttendeeFields } from './views/attendee-fields.js';

const ATTENDEE = `${SESSION}/attendees/:attendee${UUID_PARAM}`;

async function editPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FieldErrors; message?: string } = {},
  status: 200 | 409 | 422 = 200,
) {
  const user = requireUser(c);
  const db = c.get('app').database.db;
  const session = await managedSession(db, user, c.req.param('id')!);
  const attendee = (await listAttendees(db, session.id)).find((a) => a.id === c.req.param('attendee'));
  if (!attendee) throw notFound();
  const t = c.get('t');
  const lang = c.get('lang');
  const back = href(lang, `/events/${session.id}/attendees`);
  const action = `${back}/${attendee.id}`;
  return render(
    c,
    { title: t('cascade.attendees.edit'), section: 'events', status },
    <div class="wrap narrow">
      <PageHeader
        title={t('cascade.attendees.edit')}
        crumbs={[{ href: back, label: t('cascade.attendees.back') }]}
      />
      <ErrorSummary t={t} errors={form.errors} message={form.message} />
      <form method="post" action={action} class="form">
        <HiddenFormFields csrfToken={c.get('csrfToken')} />
        <AttendeeFields
          t={t}
          lang={lang}
          values={form.values ?? { ...attendee, sex: attendee.sex ?? '' }}
          errors={form.errors}
          withSex
        />
        <button type="submit">{t('cascade.attendees.save')}</button>
      </form>
      <form method="post" action={`${action}/delete`} class="form">
        <HiddenFormFields csrfToken={c.get('csrfToken')} />
        <button type="submit" class="danger">
          {t('cascade.attendees.remove')}
        </button>
      </form>
    </div>,
  );
}

export function registerAttendeeEditPages(pages: Hono<AppEnv>) {
  pages.get(`${ATTENDEE}/edit`, (c) => editPage(c));

  pages.post(ATTENDEE, async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const form = await parseForm(c, attendeeInput);
    if (!form.ok) return editPage(c, { values: form.values, errors: form.errors }, 422);
    const id = c.req.param('id')!;
    try {
      await updateAttendee(c.get('app').database.db, user, id, c.req.param('attendee')!, form.data);
    } catch (err) {
      const errors = fieldErrorsOf(err, t);
      const message = userMessageOf(err, t);
      if (!errors && !message) throw err;
      return editPage(
        c,
        { values: form.values, errors: errors ?? {}, message: message ?? undefined },
        errors ? 422 : 409,
      );
    }
    return c.redirect(`${href(c.get('lang'), `/events/${id}/attendees`)}?done=updated`, 303);
  });

  pages.post(`${ATTENDEE}/delete`, async (c) => {
    const user = requireUser(c);
    const id = c.req.param('id')!;
    await removeAttendee(c.get('app').database.db, user, id, c.req.param('attendee')!);
    return c.redirect(`${href(c.get('lang'), `/events/${id}/attendees`)}?done=removed`, 303);
  });
}
