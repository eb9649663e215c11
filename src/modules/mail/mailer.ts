import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.js';
import { type MailAttachment, outbox } from './schema.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Stores the message in the outbox and, when SMTP is configured, delivers it. */
  send(message: MailMessage): Promise<{ id: string; status: 'stored' | 'sent' | 'failed' }>;
  readonly smtp: boolean;
}

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
    async send(message) {
      const [row] = await db
        .insert(outbox)
        .values({
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          attachments: message.attachments ?? [],
        })
        .returning({ id: outbox.id });
      const id = row!.id;
      if (!transport) return { id, status: 'stored' };
      try {
        await transport.sendMail({
          from: opts.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          attachments: message.attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.content, 'base64'),
          })),
        });
        await db
          .update(outbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
          .where(eq(outbox.id, id));
        return { id, status: 'sent' };
      } catch (err) {
        opts.logger.warn({ err: (err as Error).message, outboxId: id }, 'mail delivery failed');
        await db
          .update(outbox)
          .set({
            status: 'failed',
            error: (err as Error).message.slice(0, 500),
            attempts: sql`${outbox.attempts} + 1`,
          })
          .where(eq(outbox.id, id));
        return { id, status: 'failed' };
      }
    },
  };
}
