import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
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
import {
  coversPlace,
  editsDirectory,
  managesDirectory,
  organisationScope,
  seesContactDetails,
} from './access.js';
import { createPerson } from './create-person.js';
import { personFilterFrom } from './filters.js';
import { personInput } from './inputs.js';
import { savedNotice } from './page-helpers.js';
import { getOrganisation, getPerson, listOrganisationRefs, listPeople } from './queries.js';
import { personAsInput, updatePerson } from './update-person.js';
import { PersonForm } from './views/person-form.js';
import { PEOPLE_RESULTS_ID, PersonList, PersonResults } from './views/person-list.js';
import { PersonPage } from './views/person-page.js';

async function formPage(
  c: Context<AppEnv>,
  user: Actor,
  opts: { id?: string; values: FormValues; errors?: FieldErrors; formToken?: string; status?: 200 | 422 },
) {
  const t = c.get('t');
  const lang = c.get('lang');
  const organisations = await listOrganisationRefs(c.get('app').database.db, organisationScope(user), lang);
  return render(
    c,
    {
      title: opts.id ? t('directory.person.edit') : t('directory.person.new'),
      section: 'directory',
      status: opts.status,
    },
    <PersonForm
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={opts.formToken}
      id={opts.id}
      values={opts.values}
      errors={opts.errors}
      organisations={organisations}
      organisationRequired={!managesDirectory(user)}
    />,
  );
}

/** Whether the user may edit this person: through the person's organisation, for coordinators. */
async function canEditPerson(c: Context<AppEnv>, user: Actor | null, organisationId: string | null) {
  if (!editsDirectory(user)) return false;
  if (managesDirectory(user)) return true;
  if (!organisationId) return false;
  const org = await getOrganisation(c.get('app').database.db, organisationId);
  return org !== null && coversPlace(user, org);
}

export function registerPeoplePages(pages: Hono<AppEnv>) {
  pages.get('/directory/people', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const user = c.get('user');
    const db = c.get('app').database.db;
    const filter = personFilterFrom(c.req.query());
    const result = await listPeople(db, filter);
    const contactDetails = seesContactDetails(user);
    if (isHtmx(c) && c.req.header('hx-target') === PEOPLE_RESULTS_ID) {
      return c.html(
        <PersonResults t={t} lang={lang} filter={filter} result={result} contactDetails={contactDetails} />,
      );
    }
    const organisation = filter.organisationId ? await getOrganisation(db, filter.organisationId) : null;
    const imported = Number.parseInt(c.req.query('imported') ?? '', 10);
    return render(
      c,
      {
        title: `${t('directory.people')} · ${t('directory.title')}`,
        section: 'directory',
        description: t('directory.people.lead'),
      },
      <PersonList
        t={t}
        lang={lang}
        filter={filter}
        result={result}
        organisation={organisation}
        contactDetails={contactDetails}
        canCreate={editsDirectory(user)}
        canImport={managesDirectory(user)}
        notice={imported >= 0 ? t('directory.import.done', { count: imported }) : undefined}
      />,
    );
  });

  pages.get('/directory/people/new', async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const organisationId = c.req.query('organisation') ?? '';
    return formPage(c, user, { values: { organisationId }, formToken: newFormToken() });
  });

  pages.post('/directory/people/new', async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const form = await parseForm(c, personInput);
    const formToken = await postedFormToken(c);
    if (!form.ok) return formPage(c, user, { ...form, formToken, status: 422 });
    try {
      const { result } = await once(c.get('app').database.db, formToken, async (tx) => {
        return (await createPerson(tx, user, form.data)).id;
      });
      return c.redirect(`${href(c.get('lang'), `/directory/people/${result}`)}?saved=created`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, user, { values: form.values, errors, formToken, status: 422 });
    }
  });

  pages.get(`/directory/people/:id${UUID_PARAM}`, async (c) => {
    const user = c.get('user');
    const person = await getPerson(c.get('app').database.db, c.req.param('id').toLowerCase());
    if (!person) throw notFound();
    return render(
      c,
      { title: person.name, section: 'directory' },
      <PersonPage
        t={c.get('t')}
        lang={c.get('lang')}
        person={person}
        canEdit={await canEditPerson(c, user, person.organisationId)}
        contactDetails={seesContactDetails(user)}
        notice={savedNotice(c)}
      />,
    );
  });

  pages.get(`/directory/people/:id${UUID_PARAM}/edit`, async (c) => {
    const user = requireUser(c);
    const person = await getPerson(c.get('app').database.db, c.req.param('id').toLowerCase());
    if (!person) throw notFound();
    if (!(await canEditPerson(c, user, person.organisationId))) throw forbidden();
    return formPage(c, user, { id: person.id, values: personAsInput(person) as unknown as FormValues });
  });

  pages.post(`/directory/people/:id${UUID_PARAM}/edit`, async (c) => {
    const user = requireUser(c);
    if (!editsDirectory(user)) throw forbidden();
    const id = c.req.param('id').toLowerCase();
    const form = await parseForm(c, personInput);
    if (!form.ok) return formPage(c, user, { id, ...form, status: 422 });
    try {
      await updatePerson(c.get('app').database.db, user, id, form.data);
      return c.redirect(`${href(c.get('lang'), `/directory/people/${id}`)}?saved=updated`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, user, { id, values: form.values, errors, status: 422 });
    }
  });
}
