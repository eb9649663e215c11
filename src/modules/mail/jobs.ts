import type { JobHandlers } from '../jobs/index.js';
import { MAIL_QUEUE } from './mailer.js';

export const mailHandlers: JobHandlers = {
  [MAIL_QUEUE]: async (ctx, payload, job) =>
    ctx.mailer.deliver(String(payload.outboxId), job.attempts >= job.maxAttempts),
};
