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

/** PUBLIC_URL when set, else the address the request came to, else the local server. */
export function siteUrlOf(publicUrl: string | undefined, requestUrl?: string, port = 3000): string {
  const base = publicUrl ?? (requestUrl ? new URL(requestUrl).origin : `http://localhost:${port}`);
  return base.replace(/\/+$/, '');
}
