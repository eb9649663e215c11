import type { Context } from 'hono';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { servicesFor } from '../../web/services.js';
import { clientIp, countRecent, recordEvent } from '../accounts/index.js';
import type { ListedRegistration } from '../registration/index.js';
import { serialOf } from './codes.js';
import { issueCertificate, issuedCertificate } from './issue.js';
import { contentDisposition, renderCertificate, renderPreview, safeName } from './render.js';
import type { CertificateRow } from './schema.js';
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

/** An issued certificate as its PDF. */
export async function sendCertificate(c: Context<AppEnv>, certificate: CertificateRow) {
  const bytes = await renderCertificate(certificate, servicesFor(c).siteUrl);
  return pdfResponse(
    c,
    bytes,
    `${safeName(['certificate', certificate.snapshot.name, serialOf(certificate)])}.pdf`,
  );
}

/** For staff: the registration's certificate in force, never issuing one (409 when there is none). */
export async function issuedCertificateDownload(c: Context<AppEnv>, reg: ListedRegistration) {
  return sendCertificate(c, await issuedCertificate(c.get('app').database.db, reg.id));
}

/** What the certificate would say today, marked as a preview; nothing is recorded. */
export async function previewDownload(c: Context<AppEnv>, reg: ListedRegistration) {
  const app = c.get('app');
  const bytes = await renderPreview(app.database.db, reg, app.now());
  return pdfResponse(c, bytes, `${safeName(['certificate-preview', reg.name])}.pdf`);
}

/**
 * For the registrant, from their own page: their certificate, issued the first time they ask once
 * the event is over (before then only one a manager issued early is there to send).
 */
export async function ownCertificateDownload(c: Context<AppEnv>, reg: ListedRegistration) {
  const app = c.get('app');
  const { certificate } = await issueCertificate(app.database.db, reg, null, app.now());
  return sendCertificate(c, certificate);
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
