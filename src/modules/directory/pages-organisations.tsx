import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { pick } from '../../lib/bilingual.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import type { FieldErrors, FormValues } from '../../web/forms.js';
import { parseForm, postedFormToken } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { isHtmx, render } from '../../web/render.js';
import { type City, isProvince, listCities } from '../places/index.js';
import { coversPlace, editsDirectory, managesDirectory, seesContactDetails } from './access.js';
import { createOrganisation } from './create-organisation.js';
import { organisationFilterFrom } from './filters.js';
import { organisationInput } from './inputs.js';
import { savedNotice } from './page-helpers.js';
import { getOrganisation, listPeopleOfOrganisation, searchOrganisations } from './queries.js';
import { organisationAsInput, updateOrganisation } from './update-organisation.js';
import { OrganisationForm } from './views/organisation-form.js';
import { OrganisationList, OrganisationResults, RESULTS_ID } from './views/organisation-list.js';
import { OrganisationPage } from './views/organisation-page.js';
import { CityOptions } from './views/shared.js';

/** The cities a user may pick: all of them, or those of their scopes, narrowed to a chosen province. */
async function cityChoices(c: Context<AppEnv>, user: Actor, province: string): Promise<City[]> {
  const db = c.get('app').database.db;
  const all = await listCities(db, isProvince(province) ? province : undefined);
  return managesDirectory(user)
    ? all
    : all.filter((city) => coversPlace(user, { province: city.province, cityId: city.id }));
}

const scopeProvinces = (user: Actor) =>
  managesDirectory(user) ? undefined : [...new Set(user.scopes.map((s) => s.province))];

async function formPage(
  c: Context<AppEnv>,
  user: Actor,
  opts: { id?: string; values: FormValues; errors?: FieldErrors; formToken?: string; status?: 200 | 422 },
) {
  const t = c.get('t');
  const province = typeof opts.values.province === 'string' ? opts.values.province : '';
  return render(
    c,
    {
      title: opts.id ? t('directory.organisation.edit') : t('directory.organisation.new'),
      section: 'directory',
      status: opts.status,
    },
    <OrganisationForm
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={opts.formToken}
      id={opts.id}
      values={opts.values}
      errors={opts.errors}
      provinces={scopeProvinces(user)}
      cities={await cityChoices(c, user, province)}
    />,
  );
}

export function registerOrganisationPages(pages: Hono<AppEnv>) {
  pages.get('/directory', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const user = c.get('user');
    const filter = organisationFilterFrom(c.req.query());
    const result = await searchOrganisations(c.get('app').database.db, { ...filter, lang });
    if (isHtmx(c) && c.req.header('hx-target') === RESULTS_ID) {
      return c.html(<OrganisationResults t={t} lang={lang} filter={filter} result={result} />);
    }
    const imported = Number.parseInt(c.req.query('imported') ?? '', 10);
    return render(
      c,
      {
        title: `${t('directory.organisations')} · ${t('directory.title')}`,
        section: 'directory',
        description: t('directory.organisations.lead'),
      },
      <OrganisationList
        t={t}
        lang={lang}
        filter={filter}
        result={result}
        canCreate={editsDirectory(user)}
        canImport={managesDirectory(user)}
        canExport={seesContactDetails(user)}
        notice={imported >= 0 ? t('directory.import.done', { count: imported }) : undefined}
      />,
    );
  });

  pages.get('/directory/organisations', (c) => {
    const search = new URL(c.req.url).search;
    return c.redirect(`${href(c.get('lang'), '/directory')}${search}`, 301);
  });

  // The city choices for a province, swapped into the form by htmx.
  pages.get('/directory/city-options', async (c) => {
    const user = requireUser(c);
    const cities = await cityChoices(c, user, c.req.query('province') ?? '');
    return c.html(<CityOptions t={c.get('t')} lang={c.get('lang')} cities={cities} value="" />);
  });

  pages.get('/directory/organisations/new', async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const provinces = scopeProvinces(user);
    const values = { size: 'unknown', province: provinces?.length === 1 ? provinces[0] : '' };
    return formPage(c, user, { values, formToken: newFormToken() });
  });

  pages.post('/directory/organisations/new', async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const form = await parseForm(c, organisationInput);
    const formToken = await postedFormToken(c);
    if (!form.ok) return formPage(c, user, { ...form, formToken, status: 422 });
    try {
      const { result } = await once(c.get('app').database.db, formToken, async (tx) => {
        return (await createOrganisation(tx, user, form.data)).id;
      });
      return c.redirect(`${href(c.get('lang'), `/directory/organisations/${result}`)}?saved=created`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, user, { values: form.values, errors, formToken, status: 422 });
    }
  });

  pages.get(`/directory/organisations/:id${UUID_PARAM}`, async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const user = c.get('user');
    const db = c.get('app').database.db;
    const org = await getOrganisation(db, c.req.param('id').toLowerCase());
    if (!org) throw notFound();
    const people = await listPeopleOfOrganisation(db, org.id);
    return render(
      c,
      { title: pick(org.name, lang).text, section: 'directory' },
      <OrganisationPage
        t={t}
        lang={lang}
        org={org}
        people={people}
        canEdit={editsDirectory(user) && coversPlace(user, org)}
        contactDetails={seesContactDetails(user)}
        notice={savedNotice(c)}
      />,
    );
  });

  pages.get(`/directory/organisations/:id${UUID_PARAM}/edit`, async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const org = await getOrganisation(c.get('app').database.db, c.req.param('id').toLowerCase());
    if (!org) throw notFound();
    if (!coversPlace(user, org)) throw forbidden();
    return formPage(c, user, { id: org.id, values: organisationAsInput(org) as unknown as FormValues });
  });

  pages.post(`/directory/organisations/:id${UUID_PARAM}/edit`, async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const id = c.req.param('id').toLowerCase();
    const form = await parseForm(c, organisationInput);
    if (!form.ok) return formPage(c, user, { id, ...form, status: 422 });
    try {
      await updateOrganisation(c.get('app').database.db, user, id, form.data);
      return c.redirect(`${href(c.get('lang'), `/directory/organisations/${id}`)}?saved=updated`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, user, { id, values: form.values, errors, status: 422 });
    }
  });
}
