import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { editsRegisterOf } from './access.js';
import { rightToValues } from './form-errors.js';
import { rightInput } from './input.js';
import { type RightType, rightType, rightTypeByKey } from './kinds.js';
import { getRight, type OrganisationRef, organisationPeople, type RightView } from './queries.js';
import { registerFor } from './routes-portfolio.js';
import { createRight, deleteRight, responsiblesOf, updateRight } from './save-right.js';
import { DeletePage } from './views/delete-page.js';
import { paths } from './views/parts.js';
import { RightForm, TypeChooser } from './views/right-form.js';

async function showForm(
  c: Context<AppEnv>,
  o: {
    org: OrganisationRef;
    type: RightType;
    values?: FormValues;
    errors?: FieldErrors;
    formToken?: string;
    right?: RightView;
    status?: 200 | 422;
  },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const people = await organisationPeople(c.get('app').database.db, o.org.id);
  const action = o.right ? paths.editRight(o.right.id) : paths.newRight(o.org.id);
  return render(
    c,
    { title: o.right ? t('ip.right.edit') : t('ip.right.new'), section: 'toolkit', status: o.status ?? 200 },
    <RightForm
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={o.formToken}
      org={o.org}
      type={o.type}
      action={href(lang, action)}
      changeType={`${href(lang, action)}?choose=1`}
      values={o.values}
      errors={o.errors}
      people={people}
      editing={o.right !== undefined}
    />,
  );
}

function chooser(c: Context<AppEnv>, org: OrganisationRef, action: string, current?: string) {
  const t = c.get('t');
  return render(
    c,
    { title: t('ip.right.new'), section: 'toolkit' },
    <TypeChooser
      t={t}
      lang={c.get('lang')}
      org={org}
      action={href(c.get('lang'), action)}
      current={current}
    />,
  );
}

/** The right, if the user may change it; 404 when they may not even see it, 403 when they only may read. */
async function editableRight(c: Context<AppEnv>, user: Actor): Promise<RightView> {
  const right = await getRight(c.get('app').database.db, user, c.req.param('id') ?? '');
  if (!right) throw new AppError('not_found');
  if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
  return right;
}

const orgOf = (r: RightView): OrganisationRef => ({ id: r.organisationId, name: r.organisationName });

export function registerRightFormPages(pages: Hono<AppEnv>) {
  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/rights/new`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    if (!editsRegisterOf(user, org.id)) throw new AppError('forbidden');
    const type = rightTypeByKey(c.req.query('type') ?? '');
    if (!type || c.req.query('choose')) return chooser(c, org, paths.newRight(org.id), type?.key);
    return showForm(c, { org, type, values: { status: 'pending' }, formToken: newFormToken() });
  });

  pages.post(`/toolkit/register/:org{${UUID_PATTERN}}/rights/new`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    if (!editsRegisterOf(user, org.id)) throw new AppError('forbidden');
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const formToken = typeof raw._form === 'string' ? raw._form : undefined;
    const form = await parseForm(c, rightInput);
    const type = rightType(String(raw.jurisdiction ?? ''), String(raw.right ?? ''));
    if (!type) return chooser(c, org, paths.newRight(org.id));
    if (!form.ok)
      return showForm(c, { org, type, values: form.values, errors: form.errors, formToken, status: 422 });
    try {
      const { result } = await once(app.database.db, formToken, async (tx) => {
        const row = await createRight(tx, user, org.id, form.data, app.now());
        return row.id;
      });
      return c.redirect(`${href(c.get('lang'), paths.right(result))}?done=created`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { org, type, values: form.values, errors, formToken, status: 422 });
    }
  });

  pages.get(`/toolkit/register/rights/:id{${UUID_PATTERN}}/edit`, async (c) => {
    const user = requireUser(c);
    const right = await editableRight(c, user);
    const org = orgOf(right);
    const stored = rightType(right.jurisdiction, right.rightKind)!;
    const asked = rightTypeByKey(c.req.query('type') ?? '');
    if (c.req.query('choose')) return chooser(c, org, paths.editRight(right.id), stored.key);
    const values = rightToValues(right, await responsiblesOf(c.get('app').database.db, right.id));
    return showForm(c, { org, type: asked ?? stored, values, right });
  });

  pages.post(`/toolkit/register/rights/:id{${UUID_PATTERN}}/edit`, async (c) => {
    const user = requireUser(c);
    const right = await editableRight(c, user);
    const org = orgOf(right);
    const app = c.get('app');
    const raw = await c.req.parseBody({ all: true });
    const type =
      rightType(String(raw.jurisdiction ?? ''), String(raw.right ?? '')) ??
      rightType(right.jurisdiction, right.rightKind)!;
    const form = await parseForm(c, rightInput);
    if (!form.ok)
      return showForm(c, { org, type, values: form.values, errors: form.errors, right, status: 422 });
    try {
      await updateRight(app.database.db, user, right.id, form.data, app.now());
      return c.redirect(`${href(c.get('lang'), paths.right(right.id))}?done=saved`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showForm(c, { org, type, values: form.values, errors, right, status: 422 });
    }
  });

  pages.get(`/toolkit/register/rights/:id{${UUID_PATTERN}}/delete`, async (c) => {
    const user = requireUser(c);
    const right = await editableRight(c, user);
    const t = c.get('t');
    return render(
      c,
      { title: t('ip.right.deleteTitle'), section: 'toolkit' },
      <DeletePage t={t} lang={c.get('lang')} csrfToken={c.get('csrfToken')} right={right} />,
    );
  });

  pages.post(`/toolkit/register/rights/:id{${UUID_PATTERN}}/delete`, async (c) => {
    const user = requireUser(c);
    const right = await editableRight(c, user);
    await deleteRight(c.get('app').database.db, user, right.id);
    return c.redirect(`${href(c.get('lang'), paths.portfolio(right.organisationId))}?done=deleted`, 303);
  });
}
