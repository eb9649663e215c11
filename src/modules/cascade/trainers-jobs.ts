import type { Db } from '../../db/client.js';
import { servicesOf } from '../../web/services.js';
import type { JobHandlers, Recurring } from '../jobs/index.js';
import { enqueue } from '../jobs/index.js';
import { certifyQualified } from './trainers-qualify.js';

export const CERTIFY_SCAN = 'cascade.certify-scan';
export const CERTIFY_EVENT = 'cascade.certify-event';

/** Asks for one event's qualified participants to be certified soon (after its settings change). */
export const queueEventCertification = (db: Db, eventId: string) =>
  enqueue(db, { queue: CERTIFY_EVENT, payload: { eventId } });

export const trainersHandlers: JobHandlers = {
  // Check-ins and post-tests arrive through other modules: the scan finds who has come to qualify.
  [CERTIFY_SCAN]: async (ctx) => {
    await certifyQualified(ctx.database.db, servicesOf(ctx));
  },
  [CERTIFY_EVENT]: async (ctx, payload) => {
    await certifyQualified(ctx.database.db, servicesOf(ctx), { eventId: String(payload.eventId ?? '') });
  },
};

/** Every 15 minutes, as the feedback invitations: a post-test passed now is a trainer within the quarter hour. */
export const trainersRecurring: Recurring[] = [{ queue: CERTIFY_SCAN, everyMs: 15 * 60_000 }];
