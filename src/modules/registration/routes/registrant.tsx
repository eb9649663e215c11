import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import { requireUser } from '../../../web/guards.js';
import type { MessageKey } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { render } from '../../../web/render.js';
import { servicesFor } from '../../../web/services.js';
import { ICAL_CONTENT_TYPE } from '../../events/index.js';
import { cancelByRegistrant, registrantMayCancel } from '../cancel.js';
import { confirmEmail } from '../confirm.js';
import { eventView } from '../event-view.js';
import { registrationIdFromKey, registrationKey } from '../keys.js';
import { registrationIcs } from '../notify.js';
import { answersOf, getRegistration, type ListedRegistration, myRegistrations } from '../queries.js';
import { questionsOf } from '../questions.js';
import { seatsTaken } from '../seats.js';
import { getSettings } from '../settings.js';
import { ensureTicket, ticketCode } from '../ticket.js';
import { MyRegistrationsPage } from '../views/my-registrations.js';
import { CancelPage, ConfirmPage, RegistrationPage } from '../views/registration-page.js';
import { doneNotice, refusalOf } from './support.js';

const KEY = '{[0-9a-fA-F-]{36}\\.[A-Za-z0-9_-]{32}}';

const NOTICES: Record<string, MessageKey> = {
  registered: 'registration.done.registered',
  confirmed: 'registration.done.confirmed',
  cancelled: 'registration.done.cancelled',
};

/** The registration a page key opens, with its event and settings; 404 for a key we did not sign. */
async function byKey(c: Context<AppEnv>) {
  const app = c.get('app');
  const id = registrationIdFromKey(app.secret, c.req.param('key') ?? '');
  const db = app.database.db;
  const reg = id ? await getRegistration(db, id) : null;
  if (!reg) throw new AppError('not_found');
  const [view, settings] = await Promise.all([eventView(db, reg.eventId), getSettings(db, reg.eventId)]);
  if (!view || !settings) throw new AppError('not_found');
  return { reg, view, settings, key: registrationKey(app.secret, reg.id) };
}

/**
 * A part of a registrant's own page that another module provides (the attendance certificate, for
 * instance), shown with the event's facts; null when it has nothing to show.
 */
export type RegistrantPageSection = (
  c: Context<AppEnv>,
  registrant: { registration: ListedRegistration; pageKey: string },
) => Promise<Child | null>;

export function registerRegistrantPages(pages: Hono<AppEnv>, sections: RegistrantPageSection[] = []) {
  pages.get(`/registration/:key${KEY}`, async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const db = c.get('app').database.db;
    const { reg, view, settings, key } = await byKey(c);
    const now = c.get('app').now();
    const [questions, answers, taken, extras] = await Promise.all([
      questionsOf(db, reg.eventId),
      answersOf(db, [reg.id]),
      seatsTaken(db, reg.eventId, reg.quotaKey),
      Promise.all(sections.map((s) => s(c, { registration: reg, pageKey: key }))),
    ]);
    const ticket =
      reg.status === 'confirmed'
        ? { code: ticketCode(c.get('app').secret, reg.id), ...(await ensureTicket(db, reg)) }
        : null;
    const quota = settings.quotaPerOrganisation;
    return render(
      c,
      { title: t('registration.page.title') },
      <RegistrationPage
        t={t}
        lang={lang}
        csrfToken={c.get('csrfToken')}
        view={view}
        registration={reg}
        pageKey={key}
        ticket={ticket}
        questions={questions}
        answers={answers.get(reg.id) ?? new Map()}
        canCancel={registrantMayCancel(reg, settings, view.event, now)}
        // Null when no deadline was set: then it is when the event begins.
        cancelUntil={settings.cancellationDeadline}
        quotaFull={quota !== null && reg.quotaKey && taken.org >= quota ? { quota } : null}
        notice={doneNotice(c, NOTICES)}
        extras={extras}
      />,
    );
  });

  pages.get(`/registration/:key${KEY}/calendar.ics`, async (c) => {
    const { reg, view } = await byKey(c);
    if (reg.status !== 'confirmed' && reg.status !== 'waitlisted') throw new AppError('not_found');
    c.header('Content-Type', ICAL_CONTENT_TYPE);
    c.header('Content-Disposition', 'attachment; filename="event.ics"');
    c.header('Cache-Control', 'private, no-store');
    return c.body(
      registrationIcs(view, reg, servicesFor(c), reg.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE'),
    );
  });

  pages.get(`/registration/:key${KEY}/confirm`, async (c) => {
    const { reg, view, key } = await byKey(c);
    if (reg.status !== 'unconfirmed') return c.redirect(href(c.get('lang'), `/registration/${key}`), 303);
    const t = c.get('t');
    return render(
      c,
      { title: t('registration.confirm.title') },
      <ConfirmPage t={t} lang={c.get('lang')} csrfToken={c.get('csrfToken')} view={view} pageKey={key} />,
    );
  });

  pages.post(`/registration/:key${KEY}/confirm`, async (c) => {
    const { reg, key } = await byKey(c);
    try {
      await confirmEmail(c.get('app').database.db, servicesFor(c), reg.id);
    } catch (err) {
      const refusal = refusalOf(err, c.get('t'));
      if (!refusal) throw err;
      throw new AppError(
        refusal.status === 409 ? 'conflict' : 'forbidden',
        'confirm',
        undefined,
        (err as AppError).userMessage,
      );
    }
    return c.redirect(`${href(c.get('lang'), `/registration/${key}`)}?done=confirmed`, 303);
  });

  pages.get(`/registration/:key${KEY}/cancel`, async (c) => {
    const { reg, view, settings, key } = await byKey(c);
    const t = c.get('t');
    const allowed = registrantMayCancel(reg, settings, view.event, c.get('app').now());
    return render(
      c,
      { title: t('registration.cancel.title') },
      <CancelPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        view={view}
        pageKey={key}
        status={reg.status}
        allowed={allowed}
      />,
    );
  });

  pages.post(`/registration/:key${KEY}/cancel`, async (c) => {
    const { reg, key } = await byKey(c);
    await cancelByRegistrant(c.get('app').database.db, servicesFor(c), reg.id, c.get('user'));
    return c.redirect(`${href(c.get('lang'), `/registration/${key}`)}?done=cancelled`, 303);
  });

  pages.get('/account/registrations', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    const rows = await myRegistrations(c.get('app').database.db, user);
    const secret = c.get('app').secret;
    return render(
      c,
      { title: t('registration.mine.title') },
      <MyRegistrationsPage
        t={t}
        lang={c.get('lang')}
        rows={rows.map((r) => ({ ...r, key: registrationKey(secret, r.registration.id) }))}
      />,
    );
  });
}
