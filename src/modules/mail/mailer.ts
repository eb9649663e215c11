import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';
import type { Mailer } from '../../lib/mail.js';
import { enqueue } from '../jobs/index.js';
import { outbox } from './schema.js';

export const MAIL_QUEUE = 'mail.deliver';

export function createMailer(opts: {
  smtpUrl?: string;
  from: string;
  database: Database;
  logger: Logger;
}): Mailer {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  const { db } = opts.database;
  return {
    smtp: transport !== null,
    from: opts.from,
    async queue(tx, message) {
      const [row] = await tx
        .insert(outbox)
        .values({
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          attachments: message.attachments ?? [],
          status: transport ? 'queued' : 'stored',
        })
        .returning({ id: outbox.id });
      const id = row!.id;
      if (transport) await enqueue(tx, { queue: MAIL_QUEUE, payload: { outboxId: id }, maxAttempts: 6 });
      return id;
    },
    async deliver(id, lastAttempt) {
      if (!transport) return;
      const [m] = await db.select().from(outbox).where(eq(outbox.id, id));
      if (!m || m.status === 'sent') return;
      try {
        await transport.sendMail({
          from: opts.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html ?? undefined,
          attachments: m.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.content, 'base64'),
          })),
        });
      } catch (err) {
        opts.logger.warn({ err: (err as Error).message, outboxId: id }, 'mail delivery failed');
        await db
          .update(outbox)
          .set({
            status: lastAttempt ? 'failed' : 'queued',
            error: (err as Error).message.slice(0, 500),
            attempts: sql`${outbox.attempts} + 1`,
          })
          .where(eq(outbox.id, id));
        throw err;
      }
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: new Date(), error: null, attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, id));
    },
  };
}
