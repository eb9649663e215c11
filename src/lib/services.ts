import type { Mailer } from './mail.js';

/** What use cases need from the running platform, passed in rather than reached for. */
export interface Services {
  mailer: Mailer;
  /** Signs links sent to people (registrants' pages, tickets, feedback links). */
  secret: string;
  /** The platform's address for links in e-mails, without a trailing slash. */
  siteUrl: string;
  now: Date;
}

/**
 * The platform's public address, for every link it sends or publishes (e-mails, feeds, calendar
 * entries, QR codes): PUBLIC_URL, else the local server in development (production refuses to start
 * without PUBLIC_URL). Never the address a request names: its Host header is the client's to choose,
 * and a link built from it could send a password-reset token to another site.
 */
export function siteUrlOf(config: { PUBLIC_URL?: string | undefined; PORT: number }): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}
