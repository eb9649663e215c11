import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { formatDateRange } from '../../lib/dates.js';
import type { Services } from '../../lib/services.js';
import { translator } from '../../web/i18n/index.js';
import { events } from '../events/schema.js';
import { localSessions, trainers } from './schema.js';

/**
 * E-mails a session's trainer, in their language, the question asked about their session or the
 * reason it was rejected, with the link to the session's page where they answer. Queued in the
 * decision's transaction, so the message exists exactly when the decision does.
 */
export async function tellTrainer(
  tx: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  decision: 'queried' | 'rejected',
  note: string,
) {
  const [row] = await tx
    .select({ event: events, trainer: trainers })
    .from(localSessions)
    .innerJoin(events, eq(events.id, localSessions.eventId))
    .innerJoin(trainers, eq(trainers.id, localSessions.trainerId))
    .where(eq(localSessions.eventId, eventId));
  if (!row?.trainer.email) return;
  const lang = row.trainer.lang;
  const t = translator(lang);
  const e = row.event;
  const params = {
    name: row.trainer.name,
    who: actor.name || actor.email,
    title: e.title[lang] || e.title.en || e.title.zh,
    date: formatDateRange(e.startDate, e.endDate, e.datePrecision, lang),
    note,
    url: `${svc.siteUrl}/${lang}/events/${e.id}`,
  };
  await svc.mailer.queue(tx, {
    to: row.trainer.email,
    subject: t(`sessions.mail.${decision}.subject`, params),
    text: t(`sessions.mail.${decision}.body`, params),
  });
}
