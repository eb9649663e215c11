import type { Hono } from 'hono';
import { isUuid } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { render } from '../../web/render.js';
import { listCities } from '../places/index.js';
import { followUpAnswers, followUpResults } from './followups-results.js';
import { chosenProgramme } from './logframe-programmes.js';
import { FollowUpResultsPage } from './views/followups-results.js';

/** Follow-up results per programme, city and session, for managers and coordinators (scope in the query). */
export function registerFollowUpResultsPages(pages: Hono<AppEnv>) {
  pages.get('/reports/follow-ups', async (c) => {
    const user = requireStaff(c);
    const db = c.get('app').database.db;
    const { all, chosen } = await chosenProgramme(db, c.req.query('programme') || undefined);
    const cityId = isUuid(c.req.query('city') ?? '') ? c.req.query('city') : undefined;
    const eventId = isUuid(c.req.query('session') ?? '') ? c.req.query('session') : undefined;
    const filter = chosen ? { programmeId: chosen.id, cityId } : null;
    const [rows, answers, cities] = await Promise.all([
      filter ? followUpResults(db, user, filter) : [],
      filter && eventId ? followUpAnswers(db, user, { ...filter, eventId }) : null,
      listCities(db),
    ]);
    const t = c.get('t');
    return render(
      c,
      { title: t('cascade.followup.results.title'), section: 'reports' },
      <FollowUpResultsPage
        t={t}
        lang={c.get('lang')}
        programmes={all}
        programme={chosen}
        cities={cities}
        cityId={cityId}
        eventId={eventId}
        rows={rows}
        answers={answers}
      />,
    );
  });
}
