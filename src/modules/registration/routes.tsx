import type { Hono } from 'hono';
import { isStaff } from '../../lib/actor.js';
import type { AppEnv } from '../../web/context.js';
import { href } from '../../web/layout.js';
import { servicesFor } from '../../web/services.js';
import type { EventPageSection } from '../events/index.js';
import { inScope } from '../places/index.js';
import { agendaOf, materialsOf } from './agenda.js';
import { registrationOffers } from './json-ld.js';
import { registrationKey } from './keys.js';
import { liveRegistrationOf } from './own.js';
import { countsByStatus } from './queries.js';
import { registerAgendaPages } from './routes/agenda.js';
import { registerInvitationPages } from './routes/invitations.js';
import { registerManagePages } from './routes/manage.js';
import { registerQuestionPages } from './routes/questions.js';
import { registerPublicRegistrationPages } from './routes/register.js';
import { type RegistrantPageSection, registerRegistrantPages } from './routes/registrant.js';
import { getSettings } from './settings.js';
import { AgendaSection, RegistrationBox } from './views/event-section.js';
import { registrationWindow } from './window.js';

export type { RegistrantPageSection } from './routes/registrant.js';

/** The registration pages; `registrantSections` are what other modules add to a registrant's own page. */
export function registerRegistrationPages(
  pages: Hono<AppEnv>,
  opts: { registrantSections?: RegistrantPageSection[] } = {},
) {
  registerPublicRegistrationPages(pages);
  registerRegistrantPages(pages, opts.registrantSections);
  registerManagePages(pages);
  registerAgendaPages(pages);
  registerQuestionPages(pages);
  registerInvitationPages(pages);
}

/** What an event's page shows of its registration and agenda. */
export const registrationEventSection: EventPageSection = async (c, view) => {
  const db = c.get('app').database.db;
  const user = c.get('user');
  const e = view.event;
  const staff = isStaff(user) && inScope(user, e.province, e.cityId);
  const [settings, counts, items] = await Promise.all([
    getSettings(db, e.id),
    countsByStatus(db, e.id),
    agendaOf(db, e.id),
  ]);
  const materials = await materialsOf(
    db,
    items.map((i) => i.id),
  );
  const t = c.get('t');
  const lang = c.get('lang');
  const win = registrationWindow(settings, e, c.get('app').now());
  const offers = registrationOffers(
    settings,
    counts,
    win,
    `${servicesFor(c).siteUrl}${href(lang, `/events/${e.id}/register`)}`,
  );
  let lead = null;
  if (settings && (settings.mode !== 'closed' || staff)) {
    const own = user ? await liveRegistrationOf(db, e.id, user, null) : null;
    lead = (
      <RegistrationBox
        t={t}
        lang={lang}
        eventId={e.id}
        settings={settings}
        counts={counts}
        window={win}
        ownPage={own ? href(lang, `/registration/${registrationKey(c.get('app').secret, own)}`) : null}
        staff={staff}
      />
    );
  } else if (staff) {
    lead = (
      <p class="staff-links">
        <a href={href(lang, `/events/${e.id}/registration-settings`)}>{t('registration.box.setUp')}</a>
      </p>
    );
  }
  return {
    lead,
    jsonLd: offers ? { offers } : undefined,
    body: <AgendaSection t={t} lang={lang} event={e} items={items} materials={materials} staff={staff} />,
  };
};
