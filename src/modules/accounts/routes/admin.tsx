import { asc, sql } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import { UUID_PATTERN } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { checkbox, line, requiredLine } from '../../../web/fields.js';
import { type FieldErrors, fieldValue } from '../../../web/forms.js';
import { requireRole } from '../../../web/guards.js';
import { render } from '../../../web/render.js';
import { organisations } from '../../directory/schema.js';
import { listCities } from '../../places/index.js';
import { formErrorsOf, parseAccountsForm, scopeList, scopeValues } from '../form.js';
import { getUserView, listUsers } from '../queries.js';
import { isRole } from '../roles.js';
import { formatScope } from '../scopes.js';
import { updateUser } from '../users.js';
import { AdminDashboard } from '../views/admin.js';
import { UserEditPage, UsersPage } from '../views/users.js';

const PAGE_SIZE = 50;

const EditSchema = z.object({
  name: requiredLine(200),
  role: z.enum(ROLES),
  preferredLang: z.enum(['en', 'zh']),
  active: checkbox(),
  scope: scopeList(),
  organisationId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid().nullable()),
});

async function editPage(
  c: Context<AppEnv>,
  id: string,
  state: { values?: Parameters<typeof UserEditPage>[0]['values']; errors?: FieldErrors; saved?: boolean },
  status?: 422,
) {
  const t = c.get('t');
  const db = c.get('app').database.db;
  const user = await getUserView(db, id);
  if (!user) throw new AppError('not_found');
  const values = state.values ?? {
    name: user.name,
    role: user.role,
    preferredLang: user.preferredLang,
    active: user.active,
    scopes: user.scopes.map(formatScope),
    organisationId: user.organisationId ?? '',
  };
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .orderBy(asc(sql`${organisations.name}->>'en'`))
    .limit(5000);
  return render(
    c,
    { title: user.name || user.email, section: 'admin', status },
    <UserEditPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      user={user}
      cities={await listCities(db)}
      organisations={orgs}
      values={values}
      errors={state.errors}
      saved={state.saved}
    />,
  );
}

export function registerAdminPages(pages: Hono<AppEnv>) {
  pages.get('/admin', (c) => {
    const user = requireRole(c, 'manager', 'coordinator');
    const t = c.get('t');
    return render(
      c,
      { title: t('accounts.admin.title'), section: 'admin' },
      <AdminDashboard t={t} lang={c.get('lang')} user={user} />,
    );
  });

  pages.get('/admin/users', async (c) => {
    requireRole(c);
    const t = c.get('t');
    const db = c.get('app').database.db;
    const q = line(200)
      .catch('')
      .parse(c.req.query('q') ?? '');
    const roleParam = c.req.query('role') ?? '';
    const role = isRole(roleParam) ? roleParam : undefined;
    const page = Math.min(Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1), 100_000);
    const [result, cities] = await Promise.all([
      listUsers(db, { q, role, page, pageSize: PAGE_SIZE }),
      listCities(db),
    ]);
    return render(
      c,
      { title: t('accounts.admin.users'), section: 'admin' },
      <UsersPage
        t={t}
        lang={c.get('lang')}
        {...result}
        page={page}
        pageSize={PAGE_SIZE}
        q={q}
        role={role ?? ''}
        cities={new Map(cities.map((x) => [x.id, x]))}
      />,
    );
  });

  pages.get(`/admin/users/:id{${UUID_PATTERN}}`, (c) => {
    requireRole(c);
    return editPage(c, c.req.param('id'), { saved: c.req.query('done') === 'saved' });
  });

  pages.post(`/admin/users/:id{${UUID_PATTERN}}`, async (c) => {
    const actor = requireRole(c);
    const t = c.get('t');
    const id = c.req.param('id');
    const form = await parseAccountsForm(c, EditSchema);
    const typed = () => ({
      name: fieldValue(form.values, 'name').slice(0, 200),
      role: fieldValue(form.values, 'role'),
      preferredLang: fieldValue(form.values, 'preferredLang'),
      active: fieldValue(form.values, 'active') !== '',
      scopes: scopeValues(form.values).slice(0, 30),
      organisationId: fieldValue(form.values, 'organisationId'),
    });
    if (!form.ok) return editPage(c, id, { values: typed(), errors: form.errors }, 422);
    try {
      await updateUser(c.get('app').database.db, actor, id, {
        name: form.data.name,
        role: form.data.role,
        preferredLang: form.data.preferredLang,
        active: form.data.active,
        scopes: form.data.scope,
        organisationId: form.data.organisationId,
      });
    } catch (err) {
      return editPage(c, id, { values: typed(), errors: formErrorsOf(err, t) }, 422);
    }
    return c.redirect(`/${c.get('lang')}/admin/users/${id}?done=saved`, 303);
  });
}
