import { and, asc, count, desc, eq, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Actor, isStaff } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { events, programmes } from '../events/schema.js';
import { eventTeachesSql, type Topic, topicsOfEvents } from '../library/index.js';
import { scopeCondition } from '../places/index.js';
import { cities } from '../places/schema.js';
import { localSessions, trainers } from './schema.js';

export const TRAINER_STATUSES = ['active', 'revoked', 'all'] as const;
export type TrainerStatus = (typeof TRAINER_STATUSES)[number];

export interface TrainerFilter {
  programmeId?: string;
  cityId?: string;
  province?: string;
  topic?: string;
  status?: TrainerStatus;
}

/** Local sessions the trainer has run: events of kind `local` they hold, not cancelled. */
const sessionsRun = sql<number>`(select count(*)::int from ${localSessions} ls join events le on le.id = ls.event_id
  where ls.trainer_id = ${trainers.id} and le.kind = 'local' and le.status <> 'cancelled')`;

const columns = {
  trainer: trainers,
  city: cities.name,
  programme: { slug: programmes.slug, title: programmes.title },
  source: {
    id: events.id,
    title: events.title,
    kind: events.kind,
    startDate: events.startDate,
    endDate: events.endDate,
    datePrecision: events.datePrecision,
  },
  sessions: sessionsRun,
};

export type ListedTrainer = Awaited<ReturnType<typeof selectTrainers>>[number] & { topics: Topic[] };

function selectTrainers(db: Db, where: SQL | undefined, limit = 500) {
  return db
    .select(columns)
    .from(trainers)
    .innerJoin(cities, eq(cities.id, trainers.cityId))
    .innerJoin(programmes, eq(programmes.id, trainers.programmeId))
    .innerJoin(events, eq(events.id, trainers.sourceEventId))
    .where(where)
    .orderBy(desc(isNull(trainers.revokedAt)), asc(trainers.province), asc(trainers.name), asc(trainers.id))
    .limit(limit);
}

async function withTopics(
  db: Db,
  rows: Awaited<ReturnType<typeof selectTrainers>>,
): Promise<ListedTrainer[]> {
  const topics = await topicsOfEvents(db, [...new Set(rows.map((r) => r.source.id))]);
  return rows.map((r) => ({ ...r, topics: topics.get(r.source.id) ?? [] }));
}

const statusSql = (s: TrainerStatus | undefined) =>
  s === 'all' ? undefined : s === 'revoked' ? isNotNull(trainers.revokedAt) : isNull(trainers.revokedAt);

/**
 * A programme's trainers, for staff: administrators and managers see all, a coordinator those whose
 * place is within their scope (in the WHERE clause). Filtered by place, topic (of the training that
 * certified them) and status (active by default).
 */
export async function listTrainers(db: Db, viewer: Actor, f: TrainerFilter): Promise<ListedTrainer[]> {
  if (!isStaff(viewer)) throw new AppError('forbidden', 'staff only');
  const rows = await selectTrainers(
    db,
    and(
      scopeCondition(viewer, trainers.province, trainers.cityId),
      f.programmeId ? eq(trainers.programmeId, f.programmeId) : undefined,
      f.province ? eq(trainers.province, f.province) : undefined,
      f.cityId ? eq(trainers.cityId, f.cityId) : undefined,
      f.topic ? eventTeachesSql(trainers.sourceEventId, f.topic) : undefined,
      statusSql(f.status),
    ),
  );
  return withTopics(db, rows);
}

/** The signed-in person's own trainer certificates: linked to their account or made out to their e-mail. */
export async function myTrainers(db: Db, user: Actor): Promise<ListedTrainer[]> {
  return withTopics(db, await selectTrainers(db, ownedBy(user), 100));
}

const ownedBy = (user: Actor) =>
  or(
    eq(trainers.userId, user.id),
    and(isNull(trainers.userId), sql`lower(${trainers.email}) = lower(${user.email})`),
  );

/** One trainer, for staff within scope or for the trainer themself; 404 for anyone else. */
export async function getTrainer(db: Db, viewer: Actor, id: string): Promise<ListedTrainer> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found');
  const who = isStaff(viewer)
    ? or(scopeCondition(viewer, trainers.province, trainers.cityId), ownedBy(viewer))
    : ownedBy(viewer);
  const [row] = await withTopics(db, await selectTrainers(db, and(eq(trainers.id, id), who), 1));
  if (!row) throw new AppError('not_found');
  return row;
}

/** A programme by its slug (the trainers' filter names it so), or null. */
export async function programmeBySlug(db: Db, slug: string) {
  const [p] = await db.select().from(programmes).where(eq(programmes.slug, slug));
  return p ?? null;
}

/** Every programme, for the trainers page's choice, newest first. */
export const programmeChoices = (db: Db) =>
  db
    .select({ id: programmes.id, slug: programmes.slug, title: programmes.title })
    .from(programmes)
    .orderBy(desc(programmes.startYear), asc(programmes.slug));

/** How many active trainers an event has certified (for its panel). */
export async function activeTrainerCount(db: Db, eventId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(trainers)
    .where(and(eq(trainers.sourceEventId, eventId), isNull(trainers.revokedAt)));
  return Number(r?.n ?? 0);
}
