import type { Context } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { servicesFor } from '../../web/services.js';
import { clientIp, countRecent, recordEvent } from '../accounts/index.js';
import type { ListedRegistration } from '../registration/index.js';
import { serialOf } from './codes.js';
import { issueCertificate } from './issue.js';
import { contentDisposition, renderCertificate, safeName } from './render.js';
import { verifyCertificate } from './verify.js';

/** A PDF shown in the browser's viewer, with a name that says what it is. */
export function pdfResponse(c: Context<AppEnv>, bytes: Uint8Array, name: string): Response {
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/pdf',
    'Content-Length': String(bytes.length),
    'Content-Disposition': contentDisposition('inline', name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}

/** Issues (the first time) and sends the registration's certificate. */
export async function certificateDownload(c: Context<AppEnv>, reg: ListedRegistration, actor: Actor | null) {
  const app = c.get('app');
  const { certificate } = await issueCertificate(app.database.db, reg, actor, app.now());
  const bytes = await renderCertificate(certificate, servicesFor(c).siteUrl);
  return pdfResponse(
    c,
    bytes,
    `${safeName(['certificate', certificate.snapshot.name, serialOf(certificate)])}.pdf`,
  );
}

/** Unknown codes an address may try in ten minutes before it is asked to wait: codes cannot be enumerated. */
const MISSES_PER_WINDOW = 30;
const WINDOW_MS = 10 * 60_000;

/** Looks a code up for the public, counting misses per address so nobody can walk the code space. */
export async function publicVerification(c: Context<AppEnv>, code: string) {
  const app = c.get('app');
  const db = app.database.db;
  const key = `cert-miss:${clientIp(c)}`;
  const now = app.now();
  if ((await countRecent(db, key, WINDOW_MS, now)) >= MISSES_PER_WINDOW)
    throw new AppError('rate_limited', 'verification', undefined, { key: 'documents.error.rateLimited' });
  const found = await verifyCertificate(db, code);
  if (!found) await recordEvent(db, key, now);
  return found;
}
