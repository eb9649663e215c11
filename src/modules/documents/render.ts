import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import type { ListedRegistration } from '../registration/index.js';
import { certificatePdf } from './certificate-pdf.js';
import { serialOf, verificationUrl } from './codes.js';
import type { CertificateRow } from './schema.js';
import { certificateSnapshot } from './snapshot.js';

/** An issued certificate as a PDF, the verification address pointing at `siteUrl`. */
export function renderCertificate(c: CertificateRow, siteUrl: string): Promise<Uint8Array> {
  const issuedOn = c.issuedAt.toISOString().slice(0, 10);
  return certificatePdf({
    snapshot: c.snapshot,
    issue: {
      serial: serialOf(c),
      issuedOn,
      verifyUrl: verificationUrl(siteUrl, c.snapshot.lang ?? 'zh', c.code),
    },
    madeOn: issuedOn,
  });
}

/** What the registration's certificate would say today, marked as a preview; nothing is issued. */
export async function renderPreview(db: Db, reg: ListedRegistration, now: Date): Promise<Uint8Array> {
  const snapshot = await certificateSnapshot(db, reg);
  return certificatePdf({ snapshot, issue: null, madeOn: todayIso(now) });
}

/** The longest a part of a file name may be, in characters: a name stays under 255 bytes in UTF-8. */
const PART_MAX = 48;

/**
 * A file name that is the same on every run and safe on every system, with the person's name as
 * they wrote it (Chinese, Latin with accents, any script): letters, marks and digits are kept, and
 * every run of anything else (path separators, dots, spaces, control and direction-changing
 * characters, reserved punctuation) becomes one hyphen, so no part can climb out of a folder or be
 * read as an extension. Zips mark such names as UTF-8 (general purpose bit 11), so unzip tools
 * show them as written.
 */
export function safeName(parts: (string | number)[]): string {
  const slug = parts
    .map((p) => {
      const cleaned = String(p)
        .normalize('NFC')
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
        .replace(/^[-\p{M}]+|-+$/gu, '');
      return Array.from(cleaned).slice(0, PART_MAX).join('').replace(/-+$/, '');
    })
    .filter(Boolean)
    .join('_');
  return slug || 'document';
}

/** A Content-Disposition that keeps a non-ASCII name: an ASCII fallback and the RFC 6266 UTF-8 form. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const ordinal = (i: number) => String(i + 1).padStart(4, '0');
