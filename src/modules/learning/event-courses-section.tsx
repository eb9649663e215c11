import { isStaff } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { href } from '../../web/layout.js';
import type { EventPageSection } from '../events/index.js';
import { canEditEventAt } from '../events/index.js';
import { linkedCourses, preCoursesFor } from './event-courses.js';
import { eventCoursesPath, statusText } from './views/event-courses.js';

/**
 * On an event's page: for its registrants, the online pre-course to complete before it and where
 * they stand; for the staff who organise it, the linked courses' completion counts and their page.
 */
export const eventCoursesSection: EventPageSection = async (c, view) => {
  const user = c.get('user');
  if (!user) return {};
  const t = c.get('t');
  const lang = c.get('lang');
  const db = c.get('app').database.db;
  const event = view.event;
  if (isStaff(user) && canEditEventAt(user, event.province, event.cityId)) {
    const linked = await linkedCourses(db, event.id);
    return {
      body: (
        <section class="box" aria-labelledby="event-courses-h">
          <h2 id="event-courses-h">{t('learning.eventCourses.title')}</h2>
          {linked.length ? (
            <ul>
              {linked.map((l) => (
                <li>
                  {text(l.title, lang)}:{' '}
                  {t('learning.eventCourses.completedCount', { n: l.completed, total: l.registrants })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('learning.eventCourses.none')}</p>
          )}
          <p>
            <a class="button" href={href(lang, eventCoursesPath(event.id))}>
              {t('learning.eventCourses.manage')}
            </a>
          </p>
        </section>
      ),
    };
  }
  const pre = await preCoursesFor(db, event.id, user.id);
  if (!pre.length) return {};
  return {
    body: (
      <section class="box" aria-labelledby="pre-course-h">
        <h2 id="pre-course-h">{t('learning.eventCourses.preTitle')}</h2>
        <p>{t('learning.eventCourses.preLead')}</p>
        <ul>
          {pre.map((p) => (
            <li>
              <a href={href(lang, `/learn/courses/${p.slug}`)}>{text(p.title, lang)}</a>:{' '}
              {statusText(t, lang, { enrolled: !!p.enrolmentId, completedAt: p.completedAt })}
            </li>
          ))}
        </ul>
      </section>
    ),
  };
};
