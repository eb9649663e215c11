import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { events, programmes } from '../events/schema.js';
import { localSessions, trainers } from './schema.js';

/** What another module needs to attest a trainer's certification (the credentials module). */
export interface AttestedTrainer {
  id: string;
  name: string;
  level: number;
  programme: Bilingual;
  sourceEvent: { id: string; title: Bilingual };
  revoked: boolean;
}

export async function trainerToAttest(db: Db, id: string): Promise<AttestedTrainer | null> {
  const [row] = await db
    .select({ trainer: trainers, programme: programmes.title, eventTitle: events.title })
    .from(trainers)
    .innerJoin(programmes, eq(programmes.id, trainers.programmeId))
    .innerJoin(events, eq(events.id, trainers.sourceEventId))
    .where(eq(trainers.id, id));
  if (!row) return null;
  const t = row.trainer;
  return {
    id: t.id,
    name: t.name,
    level: t.level,
    programme: row.programme,
    sourceEvent: { id: t.sourceEventId, title: row.eventTitle },
    revoked: t.revokedAt !== null,
  };
}

/** The trainer who ran the event, when it is a local session; null for anything else. */
export async function sessionTrainerOf(db: Db, eventId: string): Promise<string | null> {
  const [row] = await db
    .select({ trainerId: localSessions.trainerId })
    .from(localSessions)
    .where(eq(localSessions.eventId, eventId));
  return row?.trainerId ?? null;
}
