import { certificatePdf } from './certificate-pdf.js';
import { serialOf, verificationUrl } from './codes.js';
import type { CertificateRow } from './schema.js';

/** An issued certificate as a PDF, the verification address pointing at `siteUrl`. */
export function renderCertificate(c: CertificateRow, siteUrl: string): Promise<Uint8Array> {
  return certificatePdf({
    snapshot: c.snapshot,
    serial: serialOf(c),
    issuedOn: c.issuedAt.toISOString().slice(0, 10),
    verifyUrl: verificationUrl(siteUrl, c.snapshot.lang ?? 'zh', c.code),
  });
}

/**
 * A file name that is the same on every run and safe on every system: ASCII letters and digits
 * of the name (accents dropped; a name in Chinese characters alone leaves only the number), no
 * path separators, dots or spaces that an unzip tool could misread.
 */
export function safeName(parts: (string | number)[]): string {
  const slug = parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 48)
        .replace(/-+$/, ''),
    )
    .filter(Boolean)
    .join('_');
  return slug.toLowerCase() || 'document';
}

export const ordinal = (i: number) => String(i + 1).padStart(4, '0');
