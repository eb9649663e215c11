import type { Hono } from 'hono';
import { canManageProgrammes } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { belongsInIcal, eventToIcal } from './event-ical.js';
import { baseUrl } from './event-routes.js';
import { type NamedAttendees, programmeHistory } from './history.js';
import { ICAL_CONTENT_TYPE, organizerOf, writeIcalendar } from './ical.js';
import { getProgramme, listProgrammes, programmePartnerList, programmeYears } from './programme-queries.js';
import { listEvents } from './queries.js';
import { ProgrammeList } from './views/programme-list.js';
import { ProgrammePage } from './views/programme-page.js';
import { canCreateEvents } from './visibility.js';

export const SLUG_PARAM = '{[a-z0-9][a-z0-9-]{0,79}}';

export function registerProgrammePages(pages: Hono<AppEnv>, namedAttendees: NamedAttendees) {
  pages.get('/programmes', async (c) => {
    const t = c.get('t');
    const viewer = c.get('user');
    const rows = await listProgrammes(c.get('app').database.db, viewer);
    return render(
      c,
      { title: t('events.programmes.title'), section: 'events' },
      <ProgrammeList t={t} lang={c.get('lang')} rows={rows} canManage={canManageProgrammes(viewer)} />,
    );
  });

  pages.get(`/programmes/:slug${SLUG_PARAM}`, async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const viewer = c.get('user');
    const db = c.get('app').database.db;
    const programme = await getProgramme(db, c.req.param('slug'));
    if (!programme) throw new AppError('not_found');
    const [partners, years, history] = await Promise.all([
      programmePartnerList(db, programme.id),
      programmeYears(db, programme),
      programmeHistory(db, viewer, programme.id, namedAttendees),
    ]);
    return render(
      c,
      {
        title: text(programme.title, lang),
        section: 'events',
        description: text(programme.description, lang).slice(0, 200) || undefined,
      },
      <ProgrammePage
        t={t}
        lang={lang}
        programme={programme}
        partners={partners}
        years={years}
        groups={history.groups}
        totals={history.totals}
        canManage={canManageProgrammes(viewer)}
        canAddEvent={canCreateEvents(viewer)}
        saved={c.req.query('saved') === '1'}
      />,
    );
  });

  // The feed is public and fetched by calendar clients without a session: published, cancelled
  // and completed events known to the day (see belongsInIcal), never drafts.
  pages.get(`/programmes/:slug${SLUG_PARAM}/calendar.ics`, async (c) => {
    const lang = c.get('lang');
    const db = c.get('app').database.db;
    const programme = await getProgramme(db, c.req.param('slug'));
    if (!programme) throw new AppError('not_found');
    const { rows } = await listEvents(db, null, { programme: programme.id, limit: 500 });
    const base = baseUrl(c);
    const organizer = organizerOf(c.get('app').mailer.from);
    const body = writeIcalendar({
      prodId: '-//IP Cascade//Programme calendar//EN',
      name: text(programme.title, lang),
      description: text(programme.description, lang).split('\n')[0],
      events: rows.filter((v) => belongsInIcal(v.event)).map((v) => eventToIcal(v, lang, base, organizer)),
    });
    c.header('Content-Type', ICAL_CONTENT_TYPE);
    c.header('Content-Disposition', `inline; filename="${programme.slug}.ics"`);
    return c.body(body);
  });
}
