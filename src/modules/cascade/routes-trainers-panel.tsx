import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { canManageProgrammes } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import type { FieldErrors } from '../../web/forms.js';
import { requireStaff } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { programmes } from '../events/schema.js';
import { listCities } from '../places/index.js';
import { managedEvent } from '../registration/index.js';
import { attendeeCandidates, registrantCandidates } from './trainers-candidates.js';
import { GrantInput, grantTrainer, revokeTrainer } from './trainers-grant.js';
import { certifyQualified } from './trainers-qualify.js';
import { CascadeSettingsInput, cascadeSettingsOf, saveCascadeSettings } from './trainers-settings.js';
import { CascadePanelPage } from './views/trainers-panel.js';

/** The event's cascade panel, for staff of its place (managers and administrators may change it). */
export async function panelPage(
  c: Context<AppEnv>,
  o: { errors?: FieldErrors; typed?: Record<string, string>; status?: 409 | 422 } = {},
) {
  const user = requireStaff(c);
  const db = c.get('app').database.db;
  const lang = c.get('lang');
  const t = c.get('t');
  const event = await managedEvent(db, user, c.req.param('id') ?? '');
  const settings = await cascadeSettingsOf(db, event);
  const [reg, attendees, cities, [programme]] = await Promise.all([
    registrantCandidates(db, event, settings.attendancePercent),
    event.kind === 'local' ? attendeeCandidates(db, event.id) : Promise.resolve([]),
    listCities(db),
    db.select({ slug: programmes.slug }).from(programmes).where(eq(programmes.id, event.programmeId)),
  ]);
  const done = c.req.query('done');
  const notice =
    done === 'saved'
      ? t('cascade.panel.saved')
      : done === 'granted'
        ? t('cascade.panel.granted')
        : done === 'revoked'
          ? t('cascade.panel.revokedDone')
          : done === 'certified'
            ? t('cascade.panel.certified', { n: Number(c.req.query('n') ?? 0) })
            : undefined;
  const title = text(event.title, lang);
  return render(
    c,
    { title: `${t('cascade.panel.title')}: ${title}`, section: 'events', status: o.status },
    <CascadePanelPage
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken') ?? ''}
      base={href(lang, `/events/${event.id}/cascade`)}
      event={{ id: event.id, title, href: href(lang, `/events/${event.id}`), kind: event.kind }}
      trainersHref={href(lang, `/trainers?programme=${encodeURIComponent(programme?.slug ?? '')}`)}
      settings={settings}
      canManage={canManageProgrammes(user)}
      days={reg.days}
      need={reg.need}
      registrants={reg.rows}
      attendees={attendees}
      cities={cities}
      notice={notice}
      errors={o.errors}
      typed={o.typed}
    />,
  );
}

const field = (v: unknown) => (typeof v === 'string' ? v : '');

/** Saves settings, certifies who qualifies, grants or revokes; a refusal shows at the person's row. */
export async function panelPost(c: Context<AppEnv>, what: 'settings' | 'certify' | 'grant' | 'revoke') {
  const user = requireStaff(c);
  const app = c.get('app');
  const db = app.database.db;
  const eventId = c.req.param('id') ?? '';
  const event = await managedEvent(db, user, eventId);
  const form = await c.req.parseBody();
  const back = (done: string, extra = '') =>
    c.redirect(`${href(c.get('lang'), `/events/${event.id}/cascade`)}?done=${done}${extra}`, 303);
  const t = c.get('t');
  try {
    if (what === 'settings') {
      const parsed = CascadeSettingsInput.safeParse({
        certifies: form.certifies === 'on',
        attendancePercent: Number(field(form.attendancePercent)),
      });
      if (!parsed.success) {
        const message = t('cascade.panel.percentRange');
        return panelPage(c, { errors: { attendancePercent: message }, status: 422 });
      }
      await saveCascadeSettings(db, user, event.id, parsed.data);
      app.wakeJobs();
      return back('saved');
    }
    if (what === 'certify') {
      const n = await certifyQualified(db, servicesFor(c), { eventId: event.id }, user);
      app.wakeJobs();
      return back('certified', `&n=${n}`);
    }
    if (what === 'revoke') {
      await revokeTrainer(db, user, c.req.param('tid') ?? '', field(form.reason), app.now());
      return back('revoked');
    }
    const input = GrantInput.safeParse({
      registrationId: field(form.registrationId) || undefined,
      attendeeId: field(form.attendeeId) || undefined,
      reason: field(form.reason),
      cityId: field(form.cityId) || undefined,
    });
    if (!input.success) throw invalidFields({ person: 'cascade.trainers.error.unknownPerson' });
    await grantTrainer(db, user, input.data, servicesFor(c));
    app.wakeJobs();
    return back('granted');
  } catch (err) {
    // Shown at the row of the person whose form was sent (the form names its row).
    const message =
      Object.values(fieldErrorsOf(err, t) ?? {})[0] ?? (isConflict(err) ? userMessageOf(err, t) : null);
    if (!message) throw err;
    // The row of a grant is the person posted (the page's own key), whatever `row` says.
    const person = field(form.registrationId)
      ? `registrationId-${field(form.registrationId)}`
      : field(form.attendeeId)
        ? `attendeeId-${field(form.attendeeId)}`
        : field(form.row);
    const row = person.slice(0, 100);
    return panelPage(c, {
      errors: { [row]: message },
      typed: { [row]: field(form.reason).slice(0, 500) },
      // Already a trainer (a second click, another manager first) is a conflict, not bad input.
      status: isConflict(err) ? 409 : 422,
    });
  }
}

const isConflict = (err: unknown) => err instanceof AppError && err.code === 'conflict';
