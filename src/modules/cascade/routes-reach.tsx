import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { getFormQuery } from '../../web/forms.js';
import { render } from '../../web/render.js';
import { programmes } from '../events/schema.js';
import { actsEverywhere, listCities } from '../places/index.js';
import { computeReach } from './reach.js';
import { ReachQuery } from './reach-input.js';
import { assertReachReader } from './reach-scope.js';
import { reachTree } from './reach-tree.js';
import { ReachPage, type ReachPageProps } from './views/reach-page.js';

async function reachPage(c: Context<AppEnv>) {
  const user = c.get('user');
  assertReachReader(user);
  const db = c.get('app').database.db;
  const t = c.get('t');
  const [progs, cities] = await Promise.all([
    db.select({ slug: programmes.slug, title: programmes.title }).from(programmes).orderBy(programmes.slug),
    listCities(db),
  ]);
  const props: ReachPageProps = {
    t,
    lang: c.get('lang'),
    filter: c.req.query(),
    programmes: progs,
    cities,
    scoped: !actsEverywhere(user),
  };
  let status: 200 | 422 = 200;
  if (c.req.query('programme')) {
    try {
      const filter = getFormQuery(c, ReachQuery);
      const [reach, tree] = await Promise.all([computeReach(db, user, filter), reachTree(db, user, filter)]);
      props.filter = filter;
      props.result = { reach, tree };
    } catch (err) {
      const fields = err instanceof AppError && err.code === 'validation' ? err.details?.fields : undefined;
      if (!fields) throw err;
      props.errors = fields as Record<string, string>;
      status = 422;
    }
  }
  return render(c, { title: t('reach.title'), section: 'reports', status }, <ReachPage {...props} />);
}

export function registerReachPages(pages: Hono<AppEnv>) {
  pages.get('/reports/reach', reachPage);
}
