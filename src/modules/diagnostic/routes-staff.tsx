import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { canManageProgrammes } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { type FieldErrors, parseForm } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { SECTOR_CODES } from '../directory/index.js';
import { totals, totalsCities } from './queries.js';
import { loadRules, ruleEditInput, updateRule } from './rules-store.js';
import { RulesPage, TotalsPage } from './views/lists.js';

const totalsQuery = z.object({
  city: z.uuid().optional().catch(undefined),
  sector: z.enum(SECTOR_CODES).optional().catch(undefined),
});
const TOTALS_ROLES = new Set(['admin', 'manager', 'coordinator', 'official']);

function requireManager(c: Context<AppEnv>) {
  const user = requireUser(c);
  if (!canManageProgrammes(user)) throw new AppError('forbidden');
  return user;
}

async function rulesPage(
  c: Context<AppEnv>,
  o: { saved?: string; errorFor?: { id: string; errors: FieldErrors; values: Record<string, unknown> } } = {},
) {
  const t = c.get('t');
  return render(
    c,
    { title: t('diagnostic.rules.title'), section: 'toolkit', status: o.errorFor ? 422 : 200 },
    <RulesPage
      t={t}
      lang={c.get('lang')}
      rules={await loadRules(c.get('app').database.db)}
      csrfToken={c.get('csrfToken') ?? ''}
      {...o}
    />,
  );
}

/** What officials and managers see: anonymous totals, and the rules' editor. */
export function registerStaffPages(pages: Hono<AppEnv>) {
  pages.get('/diagnostic/totals', async (c) => {
    const user = requireUser(c);
    if (!TOTALS_ROLES.has(user.role)) throw new AppError('forbidden');
    const db = c.get('app').database.db;
    const q = totalsQuery.parse(c.req.query());
    const filter = { cityId: q.city, sector: q.sector };
    const [result, cities, rules] = await Promise.all([
      totals(db, user, filter),
      totalsCities(db),
      loadRules(db),
    ]);
    const t = c.get('t');
    return render(
      c,
      { title: t('diagnostic.totals.title'), section: 'toolkit' },
      <TotalsPage
        t={t}
        lang={c.get('lang')}
        totals={result}
        filter={filter}
        cities={cities}
        ruleText={new Map(rules.map((r) => [r.id, r.finding]))}
      />,
    );
  });

  pages.get('/diagnostic/rules', (c) => {
    requireManager(c);
    return rulesPage(c, { saved: c.req.query('saved') });
  });

  pages.post('/diagnostic/rules/:id{[a-z][a-z0-9-]{1,60}}', async (c) => {
    const user = requireManager(c);
    const id = c.req.param('id');
    const form = await parseForm(c, ruleEditInput);
    if (!form.ok) return rulesPage(c, { errorFor: { id, errors: form.errors, values: form.values } });
    try {
      await updateRule(c.get('app').database.db, user, id, form.data);
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return rulesPage(c, { errorFor: { id, errors, values: form.values } });
    }
    return c.redirect(`${href(c.get('lang'), '/diagnostic/rules')}?saved=${id}#rule-${id}`, 303);
  });
}
