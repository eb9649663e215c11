import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { isUuid } from '../../lib/ids.js';
import type { Services } from '../../lib/services.js';
import { bi, sourceOf } from './attest.js';
import { issueCredential } from './issue.js';
import type { CredentialRow } from './schema.js';

/** What a course completion tells the credential: plain facts, so the credentials module needs no course tables. */
export interface CourseCompletion {
  /** One credential per enrolment: a second call returns the first. */
  enrolmentId: string;
  learner: { userId: string; name: string };
  course: { id: string; title: Bilingual; summary: Bilingual };
  /** The course's completion rules in words (lessons viewed, quiz passed …); a general one otherwise. */
  criteria?: Bilingual;
  /** The completion certificate's public verification page, when a PDF certificate was issued. */
  certificateUrl?: string;
  /** The local session the course was taken for: its trainer's credential becomes the source. */
  eventId?: string;
}

/**
 * The Open Badges 3.0 credential of a completed course (achievement type `Course`), signed and
 * entered in the revocation list like the others. Revoke it with `revokeCredential({kind:'course',
 * ref: enrolmentId})`.
 */
export async function courseCredential(
  db: Db,
  services: Services,
  done: CourseCompletion,
): Promise<CredentialRow | null> {
  if (!isUuid(done.enrolmentId)) return null;
  const source = done.eventId && isUuid(done.eventId) ? await sourceOf(db, services, done.eventId, 0) : null;
  const { title, summary } = done.course;
  return issueCredential(db, services, {
    kind: 'course',
    ref: done.enrolmentId,
    subject: { id: `urn:uuid:${done.learner.userId}`, name: done.learner.name },
    achievement: {
      key: `course:${done.course.id}`,
      name: bi((l) => (l === 'en' ? `Course completed: ${title.en}` : `完成课程：${title.zh || title.en}`)),
      description: bi((l) => (l === 'en' ? summary.en || title.en : summary.zh || summary.en || title.zh)),
      criteria:
        done.criteria ??
        bi((l) =>
          l === 'en'
            ? 'Completed the course according to its completion rules.'
            : '按照课程的完成规则完成了本课程。',
        ),
    },
    ...(done.certificateUrl
      ? {
          evidence: [
            {
              id: done.certificateUrl,
              name: bi((l) => (l === 'en' ? 'Completion certificate' : '结业证书')),
            },
          ],
        }
      : {}),
    ...(source ? { source: { credentialId: source.id } } : {}),
  });
}
