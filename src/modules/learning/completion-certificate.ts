import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { users } from '../accounts/schema.js';
import { completionCertificatePdf } from '../documents/index.js';
import { canEditCourses } from './course-access.js';
import { courses, enrolments } from './schema.js';

/** What a code may look like (20 base64url characters); anything else is "not found" without a query. */
export const CERTIFICATE_CODE = /^[A-Za-z0-9_-]{20}$/;

/** The completion certificate's public page, which its QR code opens. */
export const completionCertificateUrl = (siteUrl: string, lang: 'en' | 'zh', code: string) =>
  `${siteUrl.replace(/\/+$/, '')}/${lang}/learn/certificates/${code}`;

export interface CompletedCourse {
  enrolmentId: string;
  code: string;
  name: string;
  lang: 'en' | 'zh';
  course: Bilingual;
  completedAt: Date;
}

const columns = {
  enrolmentId: enrolments.id,
  code: enrolments.certificateCode,
  name: users.name,
  email: users.email,
  lang: users.preferredLang,
  course: courses.title,
  completedAt: enrolments.completedAt,
};

async function completed(db: Db, where: ReturnType<typeof and>): Promise<CompletedCourse | null> {
  const [r] = await db
    .select(columns)
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(and(where, isNotNull(enrolments.completedAt), isNotNull(enrolments.certificateCode)));
  if (!r?.code || !r.completedAt) return null;
  return { ...r, code: r.code, completedAt: r.completedAt, name: r.name || r.email };
}

/** A completion certificate by its verification code, or null. */
export function certificateByCode(db: Db, code: string): Promise<CompletedCourse | null> {
  if (!CERTIFICATE_CODE.test(code)) return Promise.resolve(null);
  return completed(db, and(eq(enrolments.certificateCode, code)));
}

/** The certificate of a completed enrolment: its learner's own, or any for an editor of courses; 404 otherwise. */
export async function readableCertificate(
  db: Db,
  viewer: Actor,
  enrolmentId: string,
): Promise<CompletedCourse> {
  const found = await completed(
    db,
    and(
      eq(enrolments.id, enrolmentId),
      canEditCourses(viewer) ? undefined : eq(enrolments.userId, viewer.id),
    ),
  );
  if (!found) throw new AppError('not_found', 'certificate');
  return found;
}

/** The certificate as a bilingual PDF, with its verification address as text and QR code. */
export function certificatePdfOf(c: CompletedCourse, siteUrl: string): Promise<Uint8Array> {
  return completionCertificatePdf({
    name: c.name,
    course: c.course,
    completedOn: c.completedAt.toISOString().slice(0, 10),
    verifyUrl: completionCertificateUrl(siteUrl, c.lang, c.code),
    code: c.code,
    lang: c.lang,
  });
}
