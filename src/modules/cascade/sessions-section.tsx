import { type Actor, canManageProgrammes, isStaff } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import { href } from '../../web/layout.js';
import { publicBase } from '../../web/services.js';
import type { EventPageSection, EventView } from '../events/index.js';
import { inScope } from '../places/index.js';
import { canEditSession } from './routes-sessions-form.js';
import {
  activeTrainersOf,
  certifiesTrainers,
  childrenOf,
  lineageOf,
  sessionOf,
  verificationHistory,
} from './sessions-queries.js';
import { ChildrenList, LineageBox } from './views/sessions-lineage.js';
import { SessionFacts, SessionPanel } from './views/sessions-panel.js';

/** Who may add a local session under an event: one of its active trainers, or staff of a trainer's province. */
async function newSessionHref(
  db: Parameters<typeof activeTrainersOf>[0],
  user: Actor | null,
  view: EventView,
  lang: 'en' | 'zh',
) {
  if (!user) return null;
  const trainers = await activeTrainersOf(db, view.event.id);
  const may = trainers.some(
    (x) =>
      x.userId === user.id ||
      (isStaff(user) &&
        (inScope(user, x.province, null) || user.scopes.some((s) => s.province === x.province))),
  );
  return may ? href(lang, `/events/${view.event.id}/sessions/new`) : null;
}

/**
 * What the cascade shows on an event's page. A local session: its lineage first, then its facts,
 * verification and the forms of those who act on it; in its schema.org description, the event it
 * was cascaded from and its trainer. Any event that certifies trainers, or has local sessions:
 * the sessions cascaded from it.
 */
export const sessionsEventSection: EventPageSection = async (c, view) => {
  const db = c.get('app').database.db;
  const user = c.get('user');
  const t = c.get('t');
  const lang = c.get('lang');
  const e = view.event;
  const [children, certifies] = await Promise.all([
    childrenOf(db, user, e.id),
    certifiesTrainers(db, e.id, e.kind),
  ]);
  const list =
    certifies || children.length ? (
      <ChildrenList
        t={t}
        lang={lang}
        rows={children}
        newHref={certifies ? await newSessionHref(db, user, view, lang) : null}
      />
    ) : null;
  const queue = isStaff(user) ? (
    <p class="staff-links">
      <a href={href(lang, '/sessions/verification')}>{t('sessions.queue.link')}</a>
    </p>
  ) : null;
  if (e.kind !== 'local')
    return {
      body: list ? (
        <>
          {list}
          {children.length ? queue : null}
        </>
      ) : null,
    };
  const [steps, s, allSteps] = await Promise.all([
    lineageOf(db, e.id),
    sessionOf(db, e.id),
    verificationHistory(db, e.id),
  ]);
  if (!s) return { body: list };
  const own = !!user && s.trainer.userId === user.id;
  const staffHere = isStaff(user) && inScope(user, e.province, e.cityId);
  // Questions and reasons are between the trainer and the staff of the place.
  const history = own || staffHere ? allSteps : [];
  const may = {
    edit: canEditSession(user, s.trainer, e),
    claim: (own && !s.trainer.revokedAt) || staffHere,
    verify: staffHere && !own,
    answer: own,
    certify: canManageProgrammes(user),
  };
  const parent = steps.at(-2);
  const base = publicBase(c);
  return {
    lead: (
      <>
        <LineageBox t={t} lang={lang} steps={steps} />
        <SessionFacts
          t={t}
          lang={lang}
          eventId={e.id}
          csrfToken={c.get('csrfToken')}
          s={s}
          history={history}
          may={may}
          certifies={certifies}
        />
      </>
    ),
    body: (
      <>
        <SessionPanel
          t={t}
          lang={lang}
          eventId={e.id}
          csrfToken={c.get('csrfToken')}
          s={s}
          history={history}
          may={may}
          certifies={certifies}
        />
        {queue}
        {list}
      </>
    ),
    jsonLd: {
      performer: { '@type': 'Person', name: s.trainer.name },
      ...(parent
        ? {
            superEvent: [
              { '@type': 'EventSeries', name: text(view.programme.title, lang) },
              {
                '@type': 'Event',
                name: text(parent.title, lang),
                url: `${base}${href(lang, `/events/${parent.id}`)}`,
              },
            ],
          }
        : {}),
    },
  };
};
