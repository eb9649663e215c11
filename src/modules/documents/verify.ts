import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { CODE_PATTERN, serialOf } from './codes.js';
import { certificates } from './schema.js';

/** What the public may learn about a certificate: enough to tell a genuine one, nothing more. */
export interface Verification {
  /** The certificate's id: for the page's links, not part of the public answer. */
  id: string;
  serial: string;
  name: string;
  event: Bilingual;
  city: Bilingual;
  startDate: string;
  endDate: string;
  daysAttended: number;
  eventDays: number;
  issuedAt: Date;
  revoked: boolean;
  revokedAt: Date | null;
  /** The corrected certificate that took this one's place, if any. */
  replacedBy: { serial: string; code: string } | null;
}

/** The certificate a verification code stands for, or null (a wrong code reveals nothing). */
export async function verifyCertificate(db: Db, code: string): Promise<Verification | null> {
  if (!CODE_PATTERN.test(code)) return null;
  const [c] = await db.select().from(certificates).where(eq(certificates.code, code));
  if (!c) return null;
  const [next] = await db.select().from(certificates).where(eq(certificates.replacesId, c.id));
  const s = c.snapshot;
  return {
    id: c.id,
    serial: serialOf(c),
    name: s.name,
    event: s.event,
    city: s.city,
    startDate: s.startDate,
    endDate: s.endDate,
    daysAttended: s.daysAttended.length,
    eventDays: s.eventDays,
    issuedAt: c.issuedAt,
    revoked: c.revokedAt !== null,
    revokedAt: c.revokedAt,
    replacedBy: next ? { serial: serialOf(next), code: next.code } : null,
  };
}

/** A certificate as another module may read it (to attest it in a credential), or null. */
export async function certificateById(db: Db, id: string) {
  const [c] = await db.select().from(certificates).where(eq(certificates.id, id));
  return c ? { ...c, serial: serialOf(c) } : null;
}
