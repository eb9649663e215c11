import type { Context } from 'hono';
import { todayIso } from '../../lib/dates.js';
import type { AppEnv } from '../../web/context.js';
import { href } from '../../web/layout.js';
import { nearbyEvents } from './queries.js';
import { reportedFigures } from './reported.js';
import { EventItem } from './views/parts.js';

/** The home page's block: the next training events and the latest ones held. */
export async function eventsHomeBlock(c: Context<AppEnv>) {
  const t = c.get('t');
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const today = todayIso(c.get('app').now());
  const [upcoming, recent] = await Promise.all([
    nearbyEvents(db, null, today, 'upcoming', 4),
    nearbyEvents(db, null, today, 'past', 4),
  ]);
  const reported = await reportedFigures(db, null, [...upcoming, ...recent]);
  return (
    <section class="home-events" aria-labelledby="home-events">
      <h2 id="home-events">{t('events.home.title')}</h2>
      <div class="columns">
        <section aria-labelledby="home-upcoming">
          <h3 id="home-upcoming">{t('events.home.upcoming')}</h3>
          {upcoming.length ? (
            <ul class="event-list compact">
              {upcoming.map((v) => (
                <EventItem
                  t={t}
                  lang={lang}
                  view={v}
                  reported={reported.get(v.event.id) ?? null}
                  headingLevel="h4"
                />
              ))}
            </ul>
          ) : (
            <p>{t('events.home.noneUpcoming')}</p>
          )}
        </section>
        <section aria-labelledby="home-recent">
          <h3 id="home-recent">{t('events.home.recent')}</h3>
          {recent.length ? (
            <ul class="event-list compact">
              {recent.map((v) => (
                <EventItem
                  t={t}
                  lang={lang}
                  view={v}
                  reported={reported.get(v.event.id) ?? null}
                  headingLevel="h4"
                />
              ))}
            </ul>
          ) : (
            <p>{t('events.home.noneRecent')}</p>
          )}
        </section>
      </div>
      <p>
        <a href={href(lang, '/events')}>{t('events.home.all')}</a>
      </p>
    </section>
  );
}
