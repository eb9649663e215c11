import type { Db } from '../db/client.js';

/** A file sent with a message (a calendar entry, a ticket), kept in the outbox with it. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** What use cases need of e-mail: a message queued in the transaction of the change it is about. */
export interface Mailer {
  readonly smtp: boolean;
  /** The sender of every message (MAIL_FROM): `Name <address>` or an address. */
  readonly from: string;
  /**
   * Keeps the message in the outbox and, when SMTP is configured, queues its delivery. Pass the
   * transaction of the change the message is about: both land, or neither.
   */
  queue(db: Db, message: MailMessage): Promise<string>;
  /** Delivers one outbox message over SMTP; throws when the server refuses, so the job retries. */
  deliver(outboxId: string, lastAttempt: boolean): Promise<void>;
}
