import { loadUser } from '../../../src/modules/accounts/index.js';
import { issueCertificate, startExport } from '../../../src/modules/documents/index.js';
import { getRegistration } from '../../../src/modules/registration/index.js';
import type { TestApp } from '../../helpers/app.js';
import { atTime } from './clock.js';

type Api = (method: string, path: string, body?: unknown) => Promise<Response>;

/**
 * The confirmed registrants of both events checked in, a certificate issued (its verification
 * code and id for the public page and the revoke form) and a finished zip of badges.
 */
export async function documentsFixtures(
  t: TestApp,
  api: Api,
  adminId: string,
  regs: { registrationId: string; apiRegistrationId: string },
  eventId: string,
) {
  // The first event's registrant only on its second day (the check-in page of the first day still
  // lists them as expected, with its form to check them in by name).
  for (const [id, day] of [
    [regs.registrationId, '2099-06-25'],
    [regs.apiRegistrationId, '2099-06-28'],
  ] as const) {
    const res = await atTime(t, '2099-06-28T04:00:00Z', () =>
      api('POST', `/registrations/${id}/check-ins`, { day }),
    );
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`fixture check-in failed: ${res.status} ${await res.text()}`);
  }
  const admin = (await loadUser(t.database.db, adminId))!;
  const reg = (await getRegistration(t.database.db, regs.registrationId))!;
  const { certificate } = await issueCertificate(t.database.db, reg, admin, new Date());
  const x = await startExport(t.database.db, admin, eventId, 'badges', {
    siteUrl: 'https://ipc.example.org',
  });
  await t.runJobs();
  return { certificateId: certificate.id, certificateCode: certificate.code, exportId: x.export.id };
}
