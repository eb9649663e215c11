import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID } from '../../lib/ids.js';
import type { TranslationStatus } from '../../lib/translation.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { bilingualText, checkbox, optionalInt } from '../../web/fields.js';
import { type FieldErrors, type FormValues, parseForm, postedFormToken } from '../../web/forms.js';
import { requireRole } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { newFormToken, once } from '../../web/once.js';
import { render } from '../../web/render.js';
import { getProgramme, PARTNER_ROLES, partnerCandidates, programmePartnerList } from './programme-queries.js';
import { SLUG_PARAM } from './programme-routes.js';
import { createProgramme, type ProgrammeFields, updateProgramme } from './save-programme.js';
import { ProgrammeForm } from './views/programme-form.js';

const ProgrammeFormSchema = z.object({
  slug: z.string().trim().toLowerCase().max(80),
  title: bilingualText({ required: true, max: 200 }),
  description: bilingualText({ multiline: true, max: 20_000 }),
  startYear: optionalInt(1980, 2100).pipe(z.number()),
  endYear: optionalInt(1980, 2100),
  partner: z.record(z.string(), z.string()).optional().default({}),
  inStep: checkbox(),
});
type Form = z.output<typeof ProgrammeFormSchema>;

function toFields(d: Form): ProgrammeFields {
  const partners = Object.entries(d.partner)
    .filter(([id, role]) => UUID.test(id) && (PARTNER_ROLES as readonly string[]).includes(role))
    .map(([organisationId, role]) => ({
      organisationId,
      role: role as ProgrammeFields['partners'][number]['role'],
    }));
  return {
    slug: d.slug,
    title: d.title,
    description: d.description,
    startYear: d.startYear,
    endYear: d.endYear ?? null,
    partners,
  };
}

interface PageOpts {
  title: string;
  action: string;
  cancelHref: string;
  values: FormValues;
  errors?: FieldErrors;
  status?: 422;
  create: boolean;
  translationStatus?: TranslationStatus;
}

async function formPage(c: Context<AppEnv>, o: PageOpts) {
  const candidates = await partnerCandidates(c.get('app').database.db);
  return render(
    c,
    { title: o.title, section: 'events', status: o.status },
    <ProgrammeForm
      t={c.get('t')}
      lang={c.get('lang')}
      title={o.title}
      action={o.action}
      cancelHref={o.cancelHref}
      csrfToken={c.get('csrfToken')}
      formToken={o.create ? newFormToken() : undefined}
      values={o.values}
      errors={o.errors}
      candidates={candidates}
      translationStatus={o.translationStatus}
    />,
  );
}

export function registerProgrammeFormPages(pages: Hono<AppEnv>) {
  const createOpts = (c: Context<AppEnv>) => ({
    title: c.get('t')('events.programme.new'),
    action: href(c.get('lang'), '/programmes/new'),
    cancelHref: href(c.get('lang'), '/programmes'),
    create: true,
  });

  pages.get('/programmes/new', async (c) => {
    requireRole(c, 'manager');
    return formPage(c, { ...createOpts(c), values: { startYear: String(new Date().getFullYear()) } });
  });

  pages.post('/programmes/new', async (c) => {
    const user = requireRole(c, 'manager');
    const form = await parseForm(c, ProgrammeFormSchema);
    if (!form.ok)
      return formPage(c, { ...createOpts(c), values: form.values, errors: form.errors, status: 422 });
    try {
      const { result } = await once(c.get('app').database.db, await postedFormToken(c), async (tx) => {
        const p = await createProgramme(tx, user, toFields(form.data), { now: c.get('app').now() });
        return p.slug;
      });
      return c.redirect(`${href(c.get('lang'), `/programmes/${result}`)}?saved=1`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, { ...createOpts(c), values: form.values, errors, status: 422 });
    }
  });

  const editable = async (c: Context<AppEnv>) => {
    const user = requireRole(c, 'manager');
    const db = c.get('app').database.db;
    const programme = await getProgramme(db, c.req.param('slug') ?? '');
    if (!programme) throw new AppError('not_found');
    const lang = c.get('lang');
    const opts = {
      title: `${c.get('t')('common.edit')}: ${text(programme.title, lang)}`,
      action: href(lang, `/programmes/${programme.slug}/edit`),
      cancelHref: href(lang, `/programmes/${programme.slug}`),
      create: false,
      translationStatus: programme.translationStatus,
    };
    return { user, programme, opts };
  };

  pages.get(`/programmes/:slug${SLUG_PARAM}/edit`, async (c) => {
    const { programme, opts } = await editable(c);
    const partners = await programmePartnerList(c.get('app').database.db, programme.id);
    const values: FormValues = {
      ...programme,
      startYear: String(programme.startYear),
      endYear: programme.endYear === null ? '' : String(programme.endYear),
      partner: Object.fromEntries(partners.map((p) => [p.organisationId, p.role])),
    };
    return formPage(c, { ...opts, values });
  });

  pages.post(`/programmes/:slug${SLUG_PARAM}/edit`, async (c) => {
    const { user, programme, opts } = await editable(c);
    const form = await parseForm(c, ProgrammeFormSchema);
    if (!form.ok) return formPage(c, { ...opts, values: form.values, errors: form.errors, status: 422 });
    try {
      const saved = await updateProgramme(c.get('app').database.db, user, programme.id, toFields(form.data), {
        now: c.get('app').now(),
        inStep: form.data.inStep,
      });
      return c.redirect(`${href(c.get('lang'), `/programmes/${saved.slug}`)}?saved=1`, 303);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return formPage(c, { ...opts, values: form.values, errors, status: 422 });
    }
  });
}
