import { servicesOf } from '../../web/services.js';
import { TRAINER_CERTIFIED, TRAINER_REVOKED } from '../cascade/index.js';
import { CERTIFICATE_ISSUED, CERTIFICATE_REVOKED } from '../documents/index.js';
import type { JobHandlers } from '../jobs/index.js';
import { COURSE_COMPLETED, courseCompletionFacts } from '../learning/index.js';
import { attendanceCredential, trainerCredential } from './attest.js';
import { courseCredential } from './attest-course.js';
import { revokeCredential } from './revoke.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The credentials module listens to the documents, cascade and learning modules' events, so that none
 * imports it: a certificate issued or a trainer certified gets its credential, a revoked one has
 * its credential's bit set in the revocation list.
 */
export const credentialsHandlers: JobHandlers = {
  [CERTIFICATE_ISSUED]: async (ctx, payload) => {
    await attendanceCredential(ctx.database.db, servicesOf(ctx), str(payload.certificateId));
  },
  [CERTIFICATE_REVOKED]: async (ctx, payload) => {
    await revokeCredential(ctx.database.db, servicesOf(ctx), {
      kind: 'attendance',
      ref: str(payload.certificateId),
      reason: str(payload.reason),
    });
  },
  [COURSE_COMPLETED]: async (ctx, payload) => {
    const services = servicesOf(ctx);
    const facts = await courseCompletionFacts(ctx.database.db, services.siteUrl, str(payload.enrolmentId));
    if (facts) await courseCredential(ctx.database.db, services, facts);
  },
  [TRAINER_CERTIFIED]: async (ctx, payload) => {
    await trainerCredential(ctx.database.db, servicesOf(ctx), str(payload.trainerId));
  },
  [TRAINER_REVOKED]: async (ctx, payload) => {
    await revokeCredential(ctx.database.db, servicesOf(ctx), {
      kind: 'trainer',
      ref: str(payload.trainerId),
      reason: str(payload.reason),
    });
  },
};
