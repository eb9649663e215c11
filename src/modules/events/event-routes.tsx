import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { publicBase } from '../../web/services.js';
import { belongsInIcal, eventToIcal } from './event-ical.js';
import { eventParticipants, type NamedAttendees } from './history.js';
import { ICAL_CONTENT_TYPE, organizerOf, writeIcalendar } from './ical.js';
import { eventJsonLd, scriptSafeJson } from './json-ld.js';
import { programmePartnerList } from './programme-queries.js';
import { type EventView, getEventView } from './queries.js';
import { EventPage } from './views/event-page.js';
import { canEditEventAt } from './visibility.js';

/** Absolute links (JSON-LD, iCalendar): the platform's public address, never the request's. */
export const baseUrl = (c: Context<AppEnv>): string => publicBase(c);

/**
 * A part of an event's page that another module provides: `lead` goes under the event's facts,
 * `body` under its description.
 */
export type EventPageSection = (
  c: Context<AppEnv>,
  view: EventView,
) => Promise<{ lead?: Child; body?: Child }>;

export function registerEventPages(
  pages: Hono<AppEnv>,
  sections: EventPageSection[],
  namedAttendees: NamedAttendees,
) {
  pages.get(`/events/:id${UUID_PARAM}`, async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const viewer = c.get('user');
    const db = c.get('app').database.db;
    const view = await getEventView(db, viewer, c.req.param('id'));
    if (!view) throw new AppError('not_found');
    const e = view.event;
    const [partners, extras, participants] = await Promise.all([
      programmePartnerList(db, view.programme.id),
      Promise.all(sections.map((s) => s(c, view))),
      eventParticipants(db, viewer, e, namedAttendees),
    ]);
    const url = `${baseUrl(c)}${href(lang, `/events/${e.id}`)}`;
    const jsonLd =
      e.status === 'draft'
        ? null
        : scriptSafeJson(
            eventJsonLd(view, partners, { lang, url, audience: t(`events.audience.${e.audience}`) }),
          );
    return render(
      c,
      {
        title: text(e.title, lang),
        section: 'events',
        description: text(e.description, lang).slice(0, 200) || undefined,
        // The JSON is built with JSON.stringify and every `<`, `>` and `&` in it is a \u escape
        // (scriptSafeJson), so no title or description can end the script element. It is the only
        // markup written without JSX escaping, which would turn the JSON's quotes into entities.
        head: jsonLd ? (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
        ) : null,
      },
      <EventPage
        t={t}
        lang={lang}
        view={view}
        partners={partners}
        participants={participants}
        canEdit={canEditEventAt(viewer, e.province, e.cityId)}
        icsHref={belongsInIcal(e) ? href(lang, `/events/${e.id}/calendar.ics`) : null}
        saved={c.req.query('saved') === '1'}
        lead={extras.map((x) => x.lead)}
        body={extras.map((x) => x.body)}
      />,
    );
  });

  pages.get(`/events/:id${UUID_PARAM}/calendar.ics`, async (c) => {
    const lang = c.get('lang');
    const view = await getEventView(c.get('app').database.db, null, c.req.param('id'));
    if (!view || !belongsInIcal(view.event)) throw new AppError('not_found');
    const body = writeIcalendar({
      prodId: '-//IP Cascade//Events//EN',
      events: [eventToIcal(view, lang, baseUrl(c), organizerOf(c.get('app').mailer.from))],
    });
    c.header('Content-Type', ICAL_CONTENT_TYPE);
    c.header('Content-Disposition', `attachment; filename="event-${view.event.id}.ics"`);
    return c.body(body);
  });
}
