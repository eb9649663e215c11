import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { bilingualText, prose } from '../../web/fields.js';
import { parseForm } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { managesHelpdesk } from './access.js';
import { expertsWithAreas, saveExpertAreas } from './experts.js';
import { makeFaq } from './faq.js';
import { expertAreasInput } from './input.js';
import { getEnquiry, messagesOf } from './queries.js';
import { addTemplate, listTemplates } from './templates.js';
import { ExpertsPage, FaqPage, TemplatesPage } from './views/manage.js';

const templateInput = z.object({
  title: bilingualText({ max: 200, required: true }),
  body: bilingualText({ max: 20_000, multiline: true, required: true }),
});
const faqInput = z.object({
  question: prose(300).pipe(z.string().min(1)),
  answer: prose(20_000).pipe(z.string().min(1)),
});

function requireManager(c: Context<AppEnv>): Actor {
  const user = requireUser(c);
  if (!managesHelpdesk(user)) throw new AppError('forbidden');
  return user;
}

export function registerHelpdeskManagePages(pages: Hono<AppEnv>) {
  const experts = async (c: Context<AppEnv>, status?: 422, errors?: Record<string, string>) => {
    const t = c.get('t');
    return render(
      c,
      { title: t('helpdesk.queue.experts'), status },
      <ExpertsPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        experts={await expertsWithAreas(c.get('app').database.db)}
        errors={errors}
      />,
    );
  };

  pages.get('/helpdesk/experts', async (c) => {
    requireManager(c);
    return experts(c);
  });

  pages.post(`/helpdesk/experts/:id${UUID_PARAM}`, async (c) => {
    const user = requireManager(c);
    const db = c.get('app').database.db;
    const id = c.req.param('id');
    if (!(await expertsWithAreas(db)).some((x) => x.id === id)) throw new AppError('not_found');
    const r = await parseForm(c, expertAreasInput);
    if (!r.ok) return experts(c, 422, r.errors);
    await saveExpertAreas(db, user, id, r.data);
    return c.redirect(href(c.get('lang'), '/helpdesk/experts'), 303);
  });

  const templates = async (
    c: Context<AppEnv>,
    values = {},
    errors?: Record<string, string>,
    status?: 422,
  ) => {
    const t = c.get('t');
    return render(
      c,
      { title: t('helpdesk.templates.title'), status },
      <TemplatesPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        templates={await listTemplates(c.get('app').database.db)}
        values={values}
        errors={errors}
      />,
    );
  };

  pages.get('/helpdesk/templates', async (c) => {
    requireManager(c);
    return templates(c);
  });

  pages.post('/helpdesk/templates', async (c) => {
    requireManager(c);
    const r = await parseForm(c, templateInput);
    if (!r.ok) return templates(c, r.values, r.errors, 422);
    await addTemplate(c.get('app').database.db, r.data, c.get('app').now());
    return c.redirect(href(c.get('lang'), '/helpdesk/templates'), 303);
  });

  const faqPage = async (
    c: Context<AppEnv>,
    values?: { question: string; answer: string },
    errors?: Record<string, string>,
  ) => {
    const user = requireManager(c);
    const db = c.get('app').database.db;
    const e = await getEnquiry(db, user, c.req.param('id') ?? '');
    if (!e) throw new AppError('not_found');
    const answers = (await messagesOf(db, e.id, false)).filter((m) => m.kind === 'answer');
    const t = c.get('t');
    return render(
      c,
      { title: t('helpdesk.faq.title'), status: errors ? 422 : undefined },
      <FaqPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        action={href(c.get('lang'), `/helpdesk/enquiries/${e.id}/faq`)}
        question={values?.question ?? e.question}
        answer={values?.answer ?? answers.map((m) => m.body).join('\n\n')}
        errors={errors}
      />,
    );
  };

  pages.get(`/helpdesk/enquiries/:id${UUID_PARAM}/faq`, (c) => faqPage(c));

  pages.post(`/helpdesk/enquiries/:id${UUID_PARAM}/faq`, async (c) => {
    const user = requireManager(c);
    const db = c.get('app').database.db;
    const e = await getEnquiry(db, user, c.req.param('id'));
    if (!e) throw new AppError('not_found');
    const r = await parseForm(c, faqInput);
    if (!r.ok)
      return faqPage(
        c,
        { question: String(r.values.question ?? ''), answer: String(r.values.answer ?? '') },
        r.errors,
      );
    const { slug } = await makeFaq(db, user, e, r.data, c.get('app').now());
    return c.redirect(href(c.get('lang'), `/library/items/${slug}`), 303);
  });
}
