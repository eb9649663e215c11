import { and, asc, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { text } from '../../../lib/bilingual.js';
import { AppError } from '../../../lib/errors.js';
import { UUID_PARAM } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { fieldErrorsOf } from '../../../web/field-errors.js';
import { checkbox, optionalInt } from '../../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm, postedField } from '../../../web/forms.js';
import { requireStaff } from '../../../web/guards.js';
import type { MessageKey } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { render } from '../../../web/render.js';
import { servicesFor } from '../../../web/services.js';
import { auditLog } from '../../audit/schema.js';
import { organisations } from '../../directory/schema.js';
import { managedEvent } from '../access.js';
import { cancelByManager } from '../cancel.js';
import { registrationKey } from '../keys.js';
import { promoteOutOfTurn } from '../promote.js';
import {
  answersOf,
  countsByStatus,
  getRegistration,
  listRegistrations,
  seatsByOrganisation,
} from '../queries.js';
import { questionsOf } from '../questions.js';
import { approve, decline } from '../review.js';
import { REGISTRATION_MODES, REGISTRATION_STATUSES, type RegistrationStatus } from '../schema.js';
import { getSettings, saveRegistrationSettings } from '../settings.js';
import { ManageDetailPage } from '../views/manage-detail.js';
import { ManageListPage } from '../views/manage-list.js';
import { SettingsPage } from '../views/settings-form.js';
import { fromChinaLocal, toChinaLocal } from '../window.js';
import { doneNotice } from './support.js';

const EVENT = `/events/:id${UUID_PARAM}`;
const ONE = `${EVENT}/registrations/:registration${UUID_PARAM}`;

const DONE: Record<string, MessageKey> = {
  approve: 'registration.done.approved',
  decline: 'registration.done.declined',
  promote: 'registration.done.promoted',
  cancel: 'registration.done.cancelledByManager',
};

/** The event when the signed-in staff member's scope covers it (checked in the query). */
async function staffEvent(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const event = await managedEvent(c.get('app').database.db, user, c.req.param('id') ?? '');
  return { user, event };
}

async function detailPage(
  c: Context<AppEnv>,
  opts: { failed?: { action: string; reason: string; error: string }; status?: 422 } = {},
) {
  const { event } = await staffEvent(c);
  const t = c.get('t');
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const reg = await getRegistration(db, c.req.param('registration') ?? '');
  if (!reg || reg.eventId !== event.id) throw new AppError('not_found');
  const [questions, answers, history, settings, counts, org] = await Promise.all([
    questionsOf(db, event.id),
    answersOf(db, [reg.id]),
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'registration'), eq(auditLog.entityId, reg.id)))
      .orderBy(asc(auditLog.id)),
    getSettings(db, event.id),
    countsByStatus(db, event.id),
    reg.organisationId
      ? db
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, reg.organisationId))
      : Promise.resolve([]),
  ]);
  return render(
    c,
    { title: `${reg.name} · ${t('registration.manage.title')}`, section: 'events', status: opts.status },
    <ManageDetailPage
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      event={event}
      registration={reg}
      organisationLabel={org[0] ? text(org[0].name, lang) : null}
      questions={questions}
      answers={answers.get(reg.id) ?? new Map()}
      history={history}
      full={
        settings?.capacity !== null &&
        settings?.capacity !== undefined &&
        counts.confirmed >= settings.capacity
      }
      pageUrl={href(reg.lang, `/registration/${registrationKey(c.get('app').secret, reg.id)}`)}
      notice={doneNotice(c, DONE)}
      failed={opts.failed}
    />,
  );
}

const SettingsForm = z.object({
  mode: z.enum(REGISTRATION_MODES),
  capacity: optionalInt(0, 100_000),
  requiresApproval: checkbox(),
  quotaPerOrganisation: optionalInt(1, 10_000),
  opensAt: z.string().max(20).optional().default(''),
  closesAt: z.string().max(20).optional().default(''),
  cancellationDeadline: z.string().max(20).optional().default(''),
});

export function registerManagePages(pages: Hono<AppEnv>) {
  pages.get(`${EVENT}/registrations`, async (c) => {
    const { event } = await staffEvent(c);
    const db = c.get('app').database.db;
    const rawStatus = c.req.query('status');
    const status = REGISTRATION_STATUSES.includes(rawStatus as RegistrationStatus)
      ? (rawStatus as RegistrationStatus)
      : undefined;
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const [settings, counts, rows, orgs] = await Promise.all([
      getSettings(db, event.id),
      countsByStatus(db, event.id),
      listRegistrations(db, event.id, { status, q }),
      seatsByOrganisation(db, event.id),
    ]);
    const t = c.get('t');
    return render(
      c,
      { title: `${t('registration.manage.title')} · ${text(event.title, c.get('lang'))}`, section: 'events' },
      <ManageListPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        event={event}
        settings={settings}
        counts={counts}
        rows={rows}
        organisations={orgs}
        filter={{ status, q }}
        notice={doneNotice(c, DONE)}
      />,
    );
  });

  pages.get(ONE, (c) => detailPage(c));

  for (const action of ['approve', 'decline', 'promote', 'cancel'] as const) {
    pages.post(`${ONE}/${action}`, async (c) => {
      const { user, event } = await staffEvent(c);
      const db = c.get('app').database.db;
      const svc = servicesFor(c);
      const id = c.req.param('registration');
      const reg = await getRegistration(db, id);
      if (!reg || reg.eventId !== event.id) throw new AppError('not_found');
      const reason = await postedField(c, 'reason');
      try {
        if (action === 'approve') await approve(db, svc, user, id);
        else if (action === 'decline') await decline(db, svc, user, id, reason);
        else if (action === 'promote') await promoteOutOfTurn(db, svc, user, id, reason);
        else await cancelByManager(db, svc, user, id, reason);
      } catch (err) {
        // A missing or overlong reason: the form opens again with what was typed. Anything else (the
        // registration changed meanwhile, a quota) is explained on the error page.
        const fields = fieldErrorsOf(err, c.get('t'));
        if (!fields) throw err;
        return detailPage(c, {
          failed: { action, reason, error: Object.values(fields).join(' ') },
          status: 422,
        });
      }
      const lang = c.get('lang');
      const back =
        c.req.query('from') === 'detail'
          ? `/events/${event.id}/registrations/${id}?done=${action}`
          : `/events/${event.id}/registrations?done=${action}#r-${id}`;
      return c.redirect(href(lang, back), 303);
    });
  }

  const settingsPage = async (
    c: Context<AppEnv>,
    values: FormValues | null,
    opts: { errors?: FieldErrors; status?: 422 } = {},
  ) => {
    const { event } = await staffEvent(c);
    const t = c.get('t');
    const s = await getSettings(c.get('app').database.db, event.id);
    const current: FormValues = {
      mode: s?.mode ?? 'closed',
      capacity: s?.capacity === null || s?.capacity === undefined ? '' : String(s.capacity),
      requiresApproval: s?.requiresApproval ? 'on' : '',
      quotaPerOrganisation: s?.quotaPerOrganisation ? String(s.quotaPerOrganisation) : '',
      opensAt: toChinaLocal(s?.opensAt ?? null),
      closesAt: toChinaLocal(s?.closesAt ?? null),
      cancellationDeadline: toChinaLocal(s?.cancellationDeadline ?? null),
    };
    const promoted = Number(c.req.query('promoted') ?? 0);
    return render(
      c,
      {
        title: `${t('registration.settings.title')} · ${text(event.title, c.get('lang'))}`,
        section: 'events',
        status: opts.status,
      },
      <SettingsPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        event={event}
        values={values ?? current}
        errors={opts.errors}
        saved={c.req.query('saved') === '1'}
        promoted={Number.isInteger(promoted) && promoted > 0 && promoted < 100_000 ? promoted : 0}
      />,
    );
  };

  pages.get(`${EVENT}/registration-settings`, (c) => settingsPage(c, null));

  pages.post(`${EVENT}/registration-settings`, async (c) => {
    const { user, event } = await staffEvent(c);
    const t = c.get('t');
    const form = await parseForm(c, SettingsForm);
    if (!form.ok) return settingsPage(c, form.values, { errors: form.errors, status: 422 });
    const d = form.data;
    const dateErrors: FieldErrors = {};
    const when = (field: 'opensAt' | 'closesAt' | 'cancellationDeadline') => {
      if (!d[field]) return null;
      const v = fromChinaLocal(d[field]);
      if (!v) dateErrors[field] = t('registration.settings.error.dateTime');
      return v;
    };
    const input = {
      mode: d.mode,
      capacity: d.capacity ?? null,
      requiresApproval: d.requiresApproval,
      quotaPerOrganisation: d.quotaPerOrganisation ?? null,
      opensAt: when('opensAt'),
      closesAt: when('closesAt'),
      cancellationDeadline: when('cancellationDeadline'),
    };
    if (Object.keys(dateErrors).length)
      return settingsPage(c, form.values, { errors: dateErrors, status: 422 });
    try {
      const out = await saveRegistrationSettings(
        c.get('app').database.db,
        servicesFor(c),
        user,
        event.id,
        input,
      );
      return c.redirect(
        `${href(c.get('lang'), `/events/${event.id}/registration-settings`)}?saved=1${out.promoted.length ? `&promoted=${out.promoted.length}` : ''}`,
        303,
      );
    } catch (err) {
      const errors = fieldErrorsOf(err, t);
      if (!errors) throw err;
      return settingsPage(c, form.values, { errors, status: 422 });
    }
  });
}
