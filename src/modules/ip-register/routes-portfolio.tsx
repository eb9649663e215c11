import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { intlLocale, todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { isHtmx, render } from '../../web/render.js';
import { editsRegisterOf, sharesRegisterOf } from './access.js';
import { monthsFrom, timelineSvg } from './chart.js';
import type { Jurisdiction } from './engine/types.js';
import { type MonthCount, portfolioStats } from './portfolio-stats.js';
import { listRights, registerOrganisation, upcomingDeadlines, visibleRegisters } from './queries.js';
import { urgencyBounds } from './urgency.js';
import { filterFrom, scopeOf } from './views/filters.js';
import { jurisdictionLabel, paths } from './views/parts.js';
import {
  DEADLINES_ID,
  DeadlineList,
  type DeadlineListProps,
  PortfolioPage,
  type PortfolioProps,
  type TimelineView,
} from './views/portfolio.js';
import { RegisterIndex } from './views/register-index.js';
import { RightsList } from './views/rights-list.js';

const PAGE_SIZE = 50;
const TIMELINE_MONTHS = 24;

const monthFormats = {
  en: new Intl.DateTimeFormat(intlLocale('en'), { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  zh: new Intl.DateTimeFormat(intlLocale('zh'), { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
export const monthLabel = (month: string, lang: Lang) =>
  monthFormats[lang].format(new Date(`${month}-01T00:00:00Z`));

/** The organisation named in the path, if the user may see its register; else 404 (nothing disclosed). */
export async function registerFor(c: Context<AppEnv>, user: Actor) {
  const org = await registerOrganisation(c.get('app').database.db, user, c.req.param('org') ?? '');
  if (!org) throw new AppError('not_found');
  return org;
}

function timeline(c: Context<AppEnv>, counts: MonthCount[], today: string): TimelineView {
  const t = c.get('t');
  const lang = c.get('lang');
  const months = monthsFrom(today, TIMELINE_MONTHS);
  const jurisdictions = [...new Set(counts.map((x) => x.jurisdiction))].sort() as Jurisdiction[];
  const total = counts.reduce((n, x) => n + x.n, 0);
  const value = (month: string, j: Jurisdiction) =>
    counts.find((x) => x.month === month && x.jurisdiction === j)?.n ?? 0;
  const svg = jurisdictions.length
    ? timelineSvg(counts, months, {
        title: t('ip.timeline.title'),
        description: t('ip.timeline.desc', {
          count: total,
          from: monthLabel(months[0]!, lang),
          to: monthLabel(months[months.length - 1]!, lang),
        }),
        monthLabel: (m) => monthLabel(m, lang),
        jurisdictionLabel: (j) => jurisdictionLabel(t, j),
      })
    : '';
  return { svg, months: months.map((m) => ({ month: m, label: monthLabel(m, lang) })), jurisdictions, value };
}

export function registerPortfolioPages(pages: Hono<AppEnv>) {
  pages.get('/toolkit/register', async (c) => {
    const user = requireUser(c);
    const t = c.get('t');
    if (user.role === 'sme' && user.organisationId) {
      return c.redirect(href(c.get('lang'), paths.portfolio(user.organisationId)), 302);
    }
    const registers = await visibleRegisters(c.get('app').database.db, user);
    return render(
      c,
      { title: t('ip.register.title'), section: 'toolkit' },
      <RegisterIndex t={t} lang={c.get('lang')} user={user} registers={registers} />,
    );
  });

  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    const t = c.get('t');
    const db = c.get('app').database.db;
    const today = todayIso(c.get('app').now());
    const filter = filterFrom(c.req.query());
    const scope = scopeOf(filter);
    // The bands' counts add up to the number of open deadlines: no separate count for the pages.
    const [items, stats, rights] = await Promise.all([
      upcomingDeadlines(db, user, org.id, { ...scope, page: filter.page, pageSize: PAGE_SIZE }, today),
      portfolioStats(db, user, org.id, scope, today, TIMELINE_MONTHS),
      listRights(db, user, org.id, { page: 1, pageSize: 1 }),
    ]);
    const { counts } = stats;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const list: DeadlineListProps = {
      t,
      lang: c.get('lang'),
      org,
      filter,
      deadlines: { items, total, page: filter.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) },
      bounds: urgencyBounds(today),
      rightsTotal: rights.total,
    };
    // Paging with htmx replaces the list alone: no chart to draw.
    if (isHtmx(c) && c.req.header('hx-target') === DEADLINES_ID) return c.html(<DeadlineList {...list} />);
    const props: PortfolioProps = {
      ...list,
      canEdit: editsRegisterOf(user, org.id),
      canShare: sharesRegisterOf(user, org.id),
      counts,
      timeline: timeline(c, stats.monthly, today),
      notice: noticeOf(c),
    };
    return render(c, { title: t('ip.portfolio.title'), section: 'toolkit' }, <PortfolioPage {...props} />);
  });

  pages.get(`/toolkit/register/:org{${UUID_PATTERN}}/rights`, async (c) => {
    const user = requireUser(c);
    const org = await registerFor(c, user);
    const t = c.get('t');
    const filter = filterFrom(c.req.query());
    const scope = scopeOf(filter);
    const result = await listRights(c.get('app').database.db, user, org.id, {
      ...scope,
      status: filter.status,
      page: filter.page,
      pageSize: PAGE_SIZE,
    });
    return render(
      c,
      { title: t('ip.rights.title'), section: 'toolkit' },
      <RightsList
        t={t}
        lang={c.get('lang')}
        org={org}
        canEdit={editsRegisterOf(user, org.id)}
        filter={filter}
        items={result.items}
        total={result.total}
        pages={Math.max(1, Math.ceil(result.total / PAGE_SIZE))}
      />,
    );
  });
}

/** A one-line confirmation after a redirect (`?done=imported&count=3`). */
function noticeOf(c: Context<AppEnv>): string | undefined {
  const t = c.get('t');
  const done = c.req.query('done');
  if (done === 'deleted') return t('ip.right.deleted');
  if (done === 'imported') {
    const n = Number.parseInt(c.req.query('count') ?? '0', 10) || 0;
    return t('ip.import.done', { count: n });
  }
  return undefined;
}
