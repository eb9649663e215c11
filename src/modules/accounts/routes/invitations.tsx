import { asc, sql } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { ROLES } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { AppError } from '../../../lib/errors.js';
import type { AppEnv } from '../../../web/context.js';
import { email } from '../../../web/fields.js';
import { type FieldErrors, fieldValue } from '../../../web/forms.js';
import { requireUser } from '../../../web/guards.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { organisations } from '../../directory/schema.js';
import { listCities } from '../../places/index.js';
import { publicBase } from '../cookies.js';
import { formErrorsOf, parseAccountsForm, postedFormToken, scopeList, scopeValues } from '../form.js';
import { listOpenInvitations, revokeInvitation } from '../invitations.js';
import { inviteAndMail } from '../invite-and-mail.js';
import { assignableRoles } from '../roles.js';
import { InvitationsPage } from '../views/invitations.js';

const InviteSchema = z.object({
  email: email(),
  role: z.enum(ROLES),
  lang: z.enum(['en', 'zh']),
  scope: scopeList(),
  organisationId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid().nullable()),
});

/** The directory's organisations to choose from, by name in the reader's language. */
export async function organisationChoices(db: Db, lang: Lang) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .orderBy(asc(sql`coalesce(nullif(${organisations.name}->>${lang}, ''), ${organisations.name}->>'en')`))
    .limit(5000);
}

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
  const [cities, open, orgs] = await Promise.all([
    listCities(app.database.db),
    listOpenInvitations(app.database.db, app.now()),
    organisationChoices(app.database.db, c.get('lang')),
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
      organisations={orgs}
      open={open}
      values={
        state.values ?? { email: '', role: 'official', lang: c.get('lang'), scopes: [], organisationId: '' }
      }
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
      organisationId: fieldValue(form.values, 'organisationId').slice(0, 36),
    });
    if (!form.ok) return page(c, { values: typed(), errors: form.errors }, 422);
    const input = {
      email: form.data.email,
      role: form.data.role,
      scopes: form.data.scope,
      lang: form.data.lang,
      organisationId: form.data.organisationId,
    };
    try {
      // The invitation and its e-mail are written together: a crash leaves both or neither.
      await once(app.database.db, await postedFormToken(c), async (tx) => {
        await inviteAndMail(tx, app, user, input, publicBase(c));
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
