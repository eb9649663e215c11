import type { Db } from '../../db/client.js';
import { type Bilingual, text } from '../../lib/bilingual.js';
import { formatDateRange } from '../../lib/dates.js';
import { isUuid } from '../../lib/ids.js';
import type { Services } from '../../lib/services.js';
import { sessionTrainerOf, trainerToAttest } from '../cascade/index.js';
import { certificateById, verificationUrl } from '../documents/index.js';
import { credentialOf, issueCredential } from './issue.js';
import type { CredentialRow } from './schema.js';

/** A text in both languages, from one template per language. */
export const bi = (f: (lang: 'en' | 'zh') => string): Bilingual => ({ en: f('en'), zh: f('zh') });

/**
 * The credential of a trainer's certification, issued the first time it is asked for (and so the
 * credential of the trainer who certified them first, which it names as its source). Null for a
 * trainer revoked before any credential was issued.
 */
export async function trainerCredential(
  db: Db,
  services: Services,
  trainerId: string,
  depth = 0,
): Promise<CredentialRow | null> {
  if (!isUuid(trainerId)) return null;
  const existing = await credentialOf(db, 'trainer', trainerId);
  if (existing) return existing;
  const t = await trainerToAttest(db, trainerId);
  if (!t || t.revoked || depth > 20) return null;
  const source = await sourceOf(db, services, t.sourceEvent.id, depth);
  return issueCredential(db, services, {
    kind: 'trainer',
    ref: t.id,
    subject: { id: `urn:uuid:${t.id}`, name: t.name },
    achievement: {
      key: `programme:${t.sourceEvent.id}:level:${t.level}`,
      name: bi((l) =>
        l === 'en' ? `Certified trainer: ${t.programme.en}` : `认证培训师：${t.programme.zh}`,
      ),
      description: bi((l) =>
        l === 'en'
          ? `A certified trainer (level ${t.level}) of ${t.programme.en}, certified at ${t.sourceEvent.title.en}.`
          : `${t.programme.zh}的认证培训师（第 ${t.level} 级），认证于${t.sourceEvent.title.zh}。`,
      ),
      criteria: bi((l) =>
        l === 'en'
          ? 'Attended the training in full and passed its knowledge test, or was certified by a programme manager with a recorded reason.'
          : '全程参加培训并通过知识测试，或经项目经理认证并记录理由。',
      ),
    },
    ...(source ? { source: { credentialId: source.id } } : {}),
  });
}

/** At a local session, the session's trainer assessed on the platform's behalf: their credential. */
export async function sourceOf(db: Db, services: Services, eventId: string, depth: number) {
  const trainerId = await sessionTrainerOf(db, eventId);
  return trainerId ? trainerCredential(db, services, trainerId, depth + 1) : null;
}

/** The credential of an attendance certificate, issued the first time (null for a revoked one). */
export async function attendanceCredential(
  db: Db,
  services: Services,
  certificateId: string,
): Promise<CredentialRow | null> {
  if (!isUuid(certificateId)) return null;
  const existing = await credentialOf(db, 'attendance', certificateId);
  if (existing) return existing;
  const c = await certificateById(db, certificateId);
  if (!c || c.revokedAt) return null;
  const s = c.snapshot;
  const source = await sourceOf(db, services, c.eventId, 0);
  const dates = (l: 'en' | 'zh') => formatDateRange(s.startDate, s.endDate, 'day', l);
  return issueCredential(db, services, {
    kind: 'attendance',
    ref: c.id,
    subject: { id: `urn:uuid:${c.registrationId}`, name: s.name },
    achievement: {
      key: `event:${c.eventId}`,
      name: bi((l) => (l === 'en' ? `Attendance: ${s.event.en}` : `出席：${s.event.zh}`)),
      description: bi((l) =>
        l === 'en'
          ? `Attended ${text(s.event, l)} in ${text(s.city, l)}, ${dates(l)} (${s.daysAttended.length} of ${s.eventDays} days), a training of ${text(s.programme, l)}.`
          : `出席${text(s.programme, l)}的${text(s.event, l)}（${text(s.city, l)}，${dates(l)}，出席 ${s.daysAttended.length} 天，共 ${s.eventDays} 天）。`,
      ),
      criteria: bi((l) =>
        l === 'en' ? 'Checked in on at least one day of the event.' : '在活动期间至少有一天签到。',
      ),
    },
    evidence: [
      {
        id: verificationUrl(services.siteUrl, s.lang, c.code),
        name: bi((l) => (l === 'en' ? `Attendance certificate ${c.serial}` : `出席证书 ${c.serial}`)),
      },
    ],
    ...(source ? { source: { credentialId: source.id } } : {}),
  });
}
