import { eq } from 'drizzle-orm';
import { loadUser } from '../../../src/modules/accounts/index.js';
import { issueCertificate, startExport } from '../../../src/modules/documents/index.js';
import { certificates } from '../../../src/modules/documents/schema.js';
import { getRegistration } from '../../../src/modules/registration/index.js';
import type { TestApp } from '../../helpers/app.js';
import { atTime } from './clock.js';

type Api = (method: string, path: string, body?: unknown) => Promise<Response>;

/**
 * The confirmed registrants of both events checked in, certificates issued to the first event's
 * two (the first one's code and id for the public page and the revoke form) and a finished zip of badges. The event that
 * runs now (`runningEventId`, whose documents page the sweeps open) gets one attendee with no
 * certificate, one issued early and one revoked, so its page offers every certificate form.
 */
export async function documentsFixtures(
  t: TestApp,
  api: Api,
  adminId: string,
  regs: { registrationId: string; apiRegistrationId: string },
  runningEventId: string,
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
  // Issued once the event is over (before then it would need a manager's reason), to both its
  // registrants: the pages' and the API's, so that each reads a certificate that exists.
  const issuedAfterEnd = async (id: string) =>
    (
      await issueCertificate(
        t.database.db,
        (await getRegistration(t.database.db, id))!,
        admin,
        new Date('2099-06-30T04:00:00Z'),
      )
    ).certificate;
  const certificate = await issuedAfterEnd(regs.registrationId);
  await issuedAfterEnd(regs.apiRegistrationId);
  const today = new Date();
  const early = { reason: 'Fixture: issued while the event runs' };
  const running: string[] = [];
  for (const [name, email] of [
    ['Wang Fang', 'wang.fang@example.org'],
    ['Zhou Jie', 'zhou.jie@example.org'],
  ] as const) {
    const res = await api('POST', `/events/${runningEventId}/registrations`, { name, email });
    if (res.status !== 201) throw new Error(`fixture registration failed: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const checkIn = await api('POST', `/registrations/${id}/check-ins`, {});
    if (checkIn.status !== 201) throw new Error(`fixture check-in failed: ${checkIn.status}`);
    running.push(id);
  }
  for (const id of running)
    await issueCertificate(t.database.db, (await getRegistration(t.database.db, id))!, admin, today, early);
  const revokedCertificateId = await certificateIdOf(t, running[1]!);
  const revoked = await api('POST', `/certificates/${revokedCertificateId}/revoke`, {
    reason: 'Fixture: revoked to be corrected',
  });
  if (revoked.status !== 200) throw new Error(`fixture revocation failed: ${revoked.status}`);
  const x = await startExport(t.database.db, admin, runningEventId, 'badges', {
    siteUrl: 'https://ipc.example.org',
  });
  await t.runJobs();
  return {
    certificateId: certificate.id,
    certificateCode: certificate.code,
    revokedCertificateId,
    exportId: x.export.id,
  };
}

async function certificateIdOf(t: TestApp, registrationId: string): Promise<string> {
  const [c] = await t.database.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.registrationId, registrationId));
  return c!.id;
}
