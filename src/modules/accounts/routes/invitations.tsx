import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import { email } from '../../../web/fields.js';
import { type FieldErrors, fieldValue } from '../../../web/forms.js';
import { requireUser } from '../../../web/guards.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { listCities } from '../../places/index.js';
import { publicBase } from '../cookies.js';
import { formErrorsOf, parseAccountsForm, postedFormToken, scopeList, scopeValues } from '../form.js';
import { createInvitation, listOpenInvitations, revokeInvitation } from '../invitations.js';
import { INVITE_TTL_MS } from '../links.js';
import { invitationMail } from '../mails.js';
import { assignableRoles } from '../roles.js';
import { InvitationsPage } from '../views/invitations.js';

const InviteSchema = z.object({
  email: email(),
  role: z.enum(ROLES),
  lang: z.enum(['en', 'zh']),
  scope: scopeList(),
});

/** Administrators and programme managers; the latter for roles below administrator. */
function requireInviter(c: Context<AppEnv>) {
  const user = requireUser(c);
  const roles = assignableRoles(user);
  if (!roles.length) throw new AppError('forbidden');
  return { user, roles };
}

type Values = Parameters<typeof InvitationsPage>[0]['values'];

async function page(
  c: Context<AppEnv>,
  state: { values?: Values; errors?: FieldErrors; notice?: 'sent' | 'revoked' },
  status?: 422,
) {
  const t = c.get('t');
  const app = c.get('app');
  const { roles } = requireInviter(c);
  const [cities, open] = await Promise.all([
    listCities(app.database.db),
    listOpenInvitations(app.database.db, app.now()),
  ]);
  return render(
    c,
    { title: t('accounts.invite.title'), section: 'admin', status },
    <InvitationsPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={newFormToken()}
      roles={roles}
      cities={cities}
      open={open}
      values={state.values ?? { email: '', role: 'official', lang: c.get('lang'), scopes: [] }}
      errors={state.errors}
      notice={state.notice}
    />,
  );
}

export function registerInvitationAdminPages(pages: Hono<AppEnv>) {
  pages.get('/admin/invitations', (c) => {
    const done = c.req.query('done');
    return page(c, { notice: done === 'sent' || done === 'revoked' ? done : undefined });
  });

  pages.post('/admin/invitations', async (c) => {
    const { user } = requireInviter(c);
    const t = c.get('t');
    const app = c.get('app');
    const form = await parseAccountsForm(c, InviteSchema);
    const typed = (): Values => ({
      email: fieldValue(form.values, 'email').slice(0, 254),
      role: fieldValue(form.values, 'role'),
      lang: fieldValue(form.values, 'lang'),
      scopes: scopeValues(form.values).slice(0, 30),
    });
    if (!form.ok) return page(c, { values: typed(), errors: form.errors }, 422);
    const input = {
      email: form.data.email,
      role: form.data.role,
      scopes: form.data.scope,
      lang: form.data.lang,
    };
    try {
      // The invitation and its e-mail are written together: a crash leaves both or neither.
      await once(app.database.db, await postedFormToken(c), async (tx) => {
        const made = await createInvitation(tx, user, input, app.now());
        await app.mailer.queue(
          tx,
          invitationMail({
            to: made.link.email,
            inviter: user.name || user.email,
            role: input.role,
            lang: input.lang,
            link: `${publicBase(c)}/${input.lang}/invitations/${made.token}`,
            days: Math.round(INVITE_TTL_MS / 86_400_000),
          }),
        );
        return 'sent';
      });
    } catch (err) {
      return page(c, { values: typed(), errors: formErrorsOf(err, t) }, 422);
    }
    app.wakeJobs();
    return c.redirect(`/${c.get('lang')}/admin/invitations?done=sent`, 303);
  });

  pages.post('/admin/invitations/:id{[0-9a-f-]{36}}/revoke', async (c) => {
    const { user } = requireInviter(c);
    const app = c.get('app');
    await revokeInvitation(app.database.db, user, c.req.param('id'), app.now());
    return c.redirect(`/${c.get('lang')}/admin/invitations?done=revoked`, 303);
  });
}
