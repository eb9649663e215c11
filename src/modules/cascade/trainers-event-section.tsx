import { isStaff } from '../../lib/actor.js';
import { href } from '../../web/layout.js';
import type { EventPageSection } from '../events/index.js';
import { canEditEventAt } from '../events/index.js';
import { activeTrainerCount } from './trainers-queries.js';

/** On an event's page, for staff of its place: how many trainers it certified, and the way to its cascade panel. */
export const trainersEventSection: EventPageSection = async (c, view) => {
  const user = c.get('user');
  if (!isStaff(user) || !canEditEventAt(user, view.event.province, view.event.cityId)) return {};
  const t = c.get('t');
  const n = await activeTrainerCount(c.get('app').database.db, view.event.id);
  return {
    body: (
      <section class="box cascade-section" aria-labelledby="cascade-section">
        <h2 id="cascade-section">{t('cascade.panel.title')}</h2>
        <p>{t('cascade.panel.activeCount', { n })}</p>
        <p>
          <a class="button" href={href(c.get('lang'), `/events/${view.event.id}/cascade`)}>
            {t('cascade.panel.open')}
          </a>
        </p>
      </section>
    ),
  };
};
