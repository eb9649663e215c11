import { randomBytes } from 'node:crypto';

/** 120 random bits in base64url (20 characters): printed on the certificate, never derivable from it. */
export const newVerificationCode = () => randomBytes(15).toString('base64url');

/** What a verification code can look like; anything else is "not found" without a query. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{20}$/;

/** The certificate's number as printed: `IPC-<year of issue>-<sequence, six digits>`. */
export const serialOf = (c: { seq: number; issuedAt: Date }) =>
  `IPC-${c.issuedAt.getUTCFullYear()}-${String(c.seq).padStart(6, '0')}`;

/** The public address where anyone can check a certificate, in the language it is opened in. */
export const verificationUrl = (siteUrl: string, lang: 'en' | 'zh', code: string) =>
  `${siteUrl.replace(/\/+$/, '')}/${lang}/certificates/${code}`;
