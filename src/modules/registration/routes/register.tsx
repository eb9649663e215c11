import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { text } from '../../../lib/bilingual.js';
import { AppError } from '../../../lib/errors.js';
import { UUID_PARAM } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { fieldErrorsOf } from '../../../web/field-errors.js';
import { type FieldErrors, nestFields, validate } from '../../../web/forms.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { isHtmx, render } from '../../../web/render.js';
import { servicesFor } from '../../../web/services.js';
import { getEventView } from '../../events/index.js';
import { fileResponse, readFileForDownload } from '../../files/index.js';
import { materialFile } from '../agenda.js';
import { checkAnswers } from '../answers.js';
import { emailKey } from '../identity.js';
import { invitationByToken } from '../invitations.js';
import { invitationTokenHash, registrationKey } from '../keys.js';
import { liveRegistrationOf } from '../own.js';
import { limitPublicRegistration } from '../public-limit.js';
import { countsByStatus } from '../queries.js';
import { questionsOf } from '../questions.js';
import { type Registrant, register } from '../register.js';
import { registrantFields } from '../registrant-input.js';
import { getSettings } from '../settings.js';
import { QuestionFields } from '../views/question-fields.js';
import { CheckMailPage, RegisterPage, type RegisterPageProps } from '../views/register-page.js';
import { cancellationDeadline, closingTime, registrationWindow } from '../window.js';
import { refusalOf } from './support.js';

/**
 * The public form: the registrant's fields by the same schema as the API and the use case (a select
 * left on its empty choice is no choice), the nomination token, the questions the form showed and
 * the answers under `q`.
 */
const RegisterForm = z.object({
  ...registrantFields,
  name: registrantFields.name.default(''),
  email: registrantFields.email.default(''),
  organisation: registrantFields.organisation.default(''),
  invite: z.string().max(200).optional().default(''),
  shown: z.string().max(10_000).optional().default(''),
  q: z.record(z.string(), z.unknown()).optional().default({}),
});

/** A select left on its empty choice is no choice. */
const withoutEmptyChoices = (values: Record<string, unknown>) => {
  const out = { ...values };
  for (const k of ['organisationType', 'sex']) if (out[k] === '') delete out[k];
  return out;
};

type PageState = Pick<RegisterPageProps, 'values' | 'answers' | 'errors' | 'moreQuestions' | 'message'>;

async function pageData(c: Context<AppEnv>, invite: string) {
  const db = c.get('app').database.db;
  const user = c.get('user');
  const view = await getEventView(db, user, c.req.param('id') ?? '');
  if (!view) throw new AppError('not_found');
  const id = view.event.id;
  const [settings, counts, questions, invitation] = await Promise.all([
    getSettings(db, id),
    countsByStatus(db, id),
    questionsOf(db, id),
    invite ? invitationByToken(db, id, invitationTokenHash(invite)) : Promise.resolve(null),
  ]);
  const now = c.get('app').now();
  const w = registrationWindow(settings, view.event, now, { invited: !!invitation });
  let closed: RegisterPageProps['closed'] = w.open ? null : { why: w.why, opensAt: w.opensAt };
  if (invite && !invitation) closed = { why: 'invitationInvalid' };
  else if (invitation && user && emailKey(user.email) !== invitation.emailKey) closed = { why: 'otherEmail' };
  const seats = {
    capacity: settings?.capacity ?? null,
    confirmed: counts.confirmed,
    waitlisted: counts.waitlisted,
    requiresApproval: (settings?.requiresApproval ?? false) && !invitation,
    closesAt: settings && settings.mode !== 'closed' ? closingTime(settings, view.event) : null,
    cancellationDeadline:
      settings && settings.mode !== 'closed' ? cancellationDeadline(settings, view.event) : null,
    closesSet: !!settings?.closesAt,
    deadlineSet: !!settings?.cancellationDeadline,
  };
  return { view, settings, questions, invitation, closed, seats, user };
}

export function registerPublicRegistrationPages(pages: Hono<AppEnv>) {
  const show = async (
    c: Context<AppEnv>,
    invite: string,
    state: PageState,
    status?: 200 | 403 | 409 | 422,
  ) => {
    const t = c.get('t');
    const d = await pageData(c, invite);
    const checked = checkAnswers(d.questions, state.answers);
    return render(
      c,
      {
        title: t('registration.form.title', { title: text(d.view.event.title, c.get('lang')) }),
        section: 'events',
        status,
      },
      <RegisterPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        formToken={newFormToken()}
        view={d.view}
        seats={d.seats}
        user={d.user}
        invitation={d.invitation ? { email: d.invitation.email, token: invite } : null}
        closed={d.closed}
        active={checked.active}
        {...state}
      />,
    );
  };

  pages.get(`/events/:id${UUID_PARAM}/register`, async (c) => {
    const invite = c.req.query('invite') ?? '';
    const d = await pageData(c, invite);
    // Already registered (signed in, or through this nomination): their own page says where they stand.
    const own = await liveRegistrationOf(c.get('app').database.db, d.view.event.id, d.user, d.invitation);
    if (own)
      return c.redirect(
        href(c.get('lang'), `/registration/${registrationKey(c.get('app').secret, own)}`),
        303,
      );
    return show(c, invite, { values: {}, answers: {} });
  });

  pages.get(`/events/:id${UUID_PARAM}/register/questions`, async (c) => {
    const id = c.req.param('id');
    if (!isHtmx(c)) return c.redirect(href(c.get('lang'), `/events/${id}/register`), 303);
    const db = c.get('app').database.db;
    if (!(await getEventView(db, c.get('user'), id))) throw new AppError('not_found');
    const flat = Object.fromEntries(
      Object.entries(c.req.queries()).map(([k, v]) => [k, v.length > 1 ? v : v[0]!]),
    );
    const answers = (nestFields(flat).q ?? {}) as Record<string, unknown>;
    const checked = checkAnswers(await questionsOf(db, id), answers);
    return c.html(
      <QuestionFields
        t={c.get('t')}
        lang={c.get('lang')}
        eventId={id}
        active={checked.active}
        answers={answers}
      />,
    );
  });

  pages.post(`/events/:id${UUID_PARAM}/register`, async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const flat = await c.req.parseBody({ all: true });
    const formToken = typeof flat._form === 'string' ? flat._form : undefined;
    const posted = withoutEmptyChoices(nestFields(flat as Record<string, string>));
    const invite = typeof posted.invite === 'string' ? posted.invite.slice(0, 200) : '';
    const d = await pageData(c, invite);
    // Signed in or holding a nomination that is still good, the address is the account's or the
    // nomination's, shown read-only and not posted: anything posted as one is ignored. Otherwise
    // (a nomination used up since the form was shown, say) the typed address is checked as typed.
    if (d.user || d.invitation) delete posted.email;
    const form = validate(RegisterForm, posted, t);
    const rawAnswers = (form.values.q && typeof form.values.q === 'object' ? form.values.q : {}) as Record<
      string,
      unknown
    >;
    if (!form.ok)
      return show(c, invite, { values: form.values, answers: rawAnswers, errors: form.errors }, 422);
    if (d.closed) return show(c, invite, { values: form.values, answers: rawAnswers }, 403);
    // A question that came to apply with these answers was not on the form: ask it first.
    const shown = new Set(form.data.shown.split(','));
    const checked = checkAnswers(d.questions, form.data.q);
    if (checked.active.some((q) => !shown.has(q.id))) {
      return show(c, invite, { values: form.values, answers: rawAnswers, moreQuestions: true });
    }
    const who: Registrant = d.user ? { via: 'account', user: d.user } : { via: 'guest' };
    await limitPublicRegistration(c);
    const db = c.get('app').database.db;
    const svc = servicesFor(c);
    try {
      const { result } = await once(db, formToken, async (tx) => {
        const out = await register(tx, svc, who, {
          eventId: d.view.event.id,
          name: form.data.name,
          // A nomination registers the address it was sent to; the form shows it, read-only.
          email: d.invitation ? d.invitation.email : form.data.email,
          organisation: form.data.organisation,
          organisationType: form.data.organisationType ?? null,
          sex: form.data.sex ?? null,
          answers: form.data.q,
          lang,
          invitation: invite || undefined,
        });
        const r = out.registration;
        return r.status === 'unconfirmed' ? `${out.resent ? 'resent' : 'sent'}:${r.id}` : `page:${r.id}`;
      });
      const [kind, regId] = result.split(':');
      if (kind === 'page')
        return c.redirect(
          `${href(lang, `/registration/${registrationKey(svc.secret, regId!)}`)}?done=registered`,
          303,
        );
      return c.redirect(
        `${href(lang, `/events/${d.view.event.id}/register/sent`)}${kind === 'resent' ? '?again=1' : ''}`,
        303,
      );
    } catch (err) {
      const errors: FieldErrors | null = fieldErrorsOf(err, t, (f) =>
        f.startsWith('answers.') ? `q.${f.slice(8)}` : f,
      );
      if (errors) return show(c, invite, { values: form.values, answers: rawAnswers, errors }, 422);
      const refusal = refusalOf(err, t);
      if (refusal)
        return show(
          c,
          invite,
          { values: form.values, answers: rawAnswers, message: refusal.message },
          refusal.status === 404 ? 409 : refusal.status,
        );
      throw err;
    }
  });

  pages.get(`/events/:id${UUID_PARAM}/register/sent`, async (c) => {
    const view = await getEventView(c.get('app').database.db, c.get('user'), c.req.param('id'));
    if (!view) throw new AppError('not_found');
    const t = c.get('t');
    return render(
      c,
      { title: t('registration.sent.title'), section: 'events' },
      <CheckMailPage t={t} lang={c.get('lang')} view={view} resent={c.req.query('again') === '1'} />,
    );
  });

  pages.get(`/events/:id${UUID_PARAM}/materials/:material${UUID_PARAM}`, async (c) => {
    const db = c.get('app').database.db;
    const view = await getEventView(db, c.get('user'), c.req.param('id'));
    if (!view) throw new AppError('not_found');
    const fileId = await materialFile(db, view.event.id, c.req.param('material'));
    const file = fileId ? await readFileForDownload(db, fileId) : null;
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file);
  });
}
