import { isStaff } from '../../lib/actor.js';
import { href } from '../../web/layout.js';
import type { EventPageSection } from '../events/index.js';
import { canEditEventAt } from '../events/index.js';
import { getSettings } from './queries.js';
import { knowledgeGainOf } from './results.js';
import { GainFigures } from './views/gain-parts.js';

/**
 * The knowledge gain on the event's page, for those who manage the event: the four figures and
 * the way to the questions and the full results. Nothing for anyone else.
 */
export const feedbackEventSection: EventPageSection = async (c, view) => {
  const user = c.get('user');
  if (!isStaff(user) || !canEditEventAt(user, view.event.province, view.event.cityId)) return {};
  const t = c.get('t');
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const [settings, gain] = await Promise.all([
    getSettings(db, view.event.id),
    knowledgeGainOf(db, view.event.id),
  ]);
  const base = href(lang, `/events/${view.event.id}/feedback`);
  return {
    body: (
      <section class="box feedback-panel" aria-labelledby="feedback-panel">
        <h2 id="feedback-panel">{t('feedback.panel.title')}</h2>
        {gain.pre.n + gain.post.n > 0 ? (
          <GainFigures t={t} lang={lang} gain={gain} />
        ) : (
          <p>{settings?.testPublished ? t('feedback.gain.none') : t('feedback.panel.notSet')}</p>
        )}
        <p class="button-group">
          <a class="button" href={base}>
            {t('feedback.panel.manage')}
          </a>
          <a class="button" href={`${base}/results`}>
            {t('feedback.manage.results')}
          </a>
        </p>
      </section>
    ),
  };
};
