import type { Context, Hono } from 'hono';
import { todayIso } from '../../lib/dates.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { parseForm, zodErrorMap } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { publicBase } from '../../web/services.js';
import { actsEverywhere } from '../places/index.js';
import { managedSession, type SessionRow, SIGN_IN_GRACE_DAYS, signInOpen } from './attendees-access.js';
import { importAttendees } from './attendees-import.js';
import { attendeeInput } from './attendees-input.js';
import { addAttendee, listAttendees } from './attendees-save.js';
import { listEvidence } from './evidence-save.js';
import { AttendeesPage, type AttendeesPageProps } from './views/attendees-page.js';

export const SESSION = `/events/:id${UUID_PARAM}`;

/** The sign-in address a session's QR code holds, in the session's language. */
export const signInUrl = (c: Context<AppEnv>, s: Pick<SessionRow, 'lang' | 'signInKey'>) =>
  `${publicBase(c)}/${s.lang}/join/${s.signInKey}`;

export const lastSignInDay = (s: Pick<SessionRow, 'endDate'>) => {
  const d = new Date(`${s.endDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + SIGN_IN_GRACE_DAYS);
  return d.toISOString().slice(0, 10);
};

type Extra = Partial<
  Pick<
    AttendeesPageProps,
    | 'notice'
    | 'values'
    | 'errors'
    | 'message'
    | 'imported'
    | 'importMessage'
    | 'evidenceMessage'
    | 'evidenceNote'
  >
>;

/** The attendees page of a session the user manages, with what the last action left to show. */
export async function attendeesPage(c: Context<AppEnv>, extra: Extra = {}, status: 200 | 409 | 422 = 200) {
  const user = requireUser(c);
  const db = c.get('app').database.db;
  const session = await managedSession(db, user, c.req.param('id')!);
  const [attendees, evidence] = await Promise.all([
    listAttendees(db, session.id),
    listEvidence(db, session.id),
  ]);
  const t = c.get('t');
  const flash = c.req.query('done');
  const notice =
    flash === 'added' || flash === 'updated' || flash === 'removed'
      ? t(`cascade.attendees.${flash}`, { name: c.req.query('name') ?? '' })
      : flash === 'uploaded' || flash === 'deleted'
        ? t(`cascade.evidence.${flash}`)
        : undefined;
  return render(
    c,
    { title: t('cascade.attendees.title'), section: 'events', status },
    <AttendeesPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      session={session}
      attendees={attendees}
      evidence={evidence}
      signInUrl={signInUrl(c, session)}
      openUntil={lastSignInDay(session)}
      open={signInOpen(session, todayIso(c.get('app').now()))}
      notice={notice}
      userId={user.id}
      canDeleteAll={actsEverywhere(user)}
      {...extra}
    />,
  );
}

export function registerAttendeePages(pages: Hono<AppEnv>) {
  pages.get(`${SESSION}/attendees`, (c) => attendeesPage(c));

  pages.post(`${SESSION}/attendees`, async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const form = await parseForm(c, attendeeInput);
    if (!form.ok) return attendeesPage(c, { values: form.values, errors: form.errors }, 422);
    const id = c.req.param('id')!;
    try {
      const row = await addAttendee(c.get('app').database.db, user, id, form.data);
      const q = new URLSearchParams({ done: 'added', name: row.name });
      return c.redirect(`${href(c.get('lang'), `/events/${id}/attendees`)}?${q}`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, t);
      const message = userMessageOf(err, t);
      if (!errors && !message) throw err;
      return attendeesPage(
        c,
        { values: form.values, errors: errors ?? {}, message: message ?? undefined },
        errors ? 422 : 409,
      );
    }
  });

  pages.post(`${SESSION}/attendees/import`, async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const body = await c.req.parseBody();
    const sheet = body.sheet;
    if (!(sheet instanceof File) || sheet.size === 0)
      return attendeesPage(c, { importMessage: t('cascade.import.noFile') }, 422);
    const scan = body.scan instanceof File && body.scan.size > 0 ? body.scan : null;
    try {
      const report = await importAttendees(
        c.get('app').database.db,
        user,
        c.req.param('id')!,
        new Uint8Array(await sheet.arrayBuffer()),
        scan ? { name: scan.name, bytes: new Uint8Array(await scan.arrayBuffer()), kind: 'sheet' } : null,
        { t, errorMap: zodErrorMap(t) },
      );
      return attendeesPage(c, { imported: report });
    } catch (err) {
      const message = userMessageOf(err, t);
      if (!message) throw err;
      return attendeesPage(c, { importMessage: message }, 422);
    }
  });
}
