/** Reads of the register; every one takes the viewer and keeps to what they may see, in the WHERE clause. */
import { and, asc, count, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { users } from '../accounts/schema.js';
import { organisations } from '../directory/schema.js';
import { readScope, seesEveryRegister } from './access.js';
import { addMonths } from './engine/dates.js';
import { MAX_GRACE_MONTHS } from './engine/deadline.js';
import type { Jurisdiction, RightKind } from './engine/types.js';
import {
  ipDeadlineMarks,
  ipDeadlines,
  ipRightResponsibles,
  ipRights,
  type RightRow,
  type RightStatus,
} from './schema.js';

export interface OrganisationRef {
  id: string;
  name: Bilingual;
}

/** The organisation, if the viewer may see its register. */
export async function registerOrganisation(
  db: Db,
  viewer: Actor | null,
  organisationId: string,
): Promise<OrganisationRef | null> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), readScope(viewer, organisations.id)));
  return row ?? null;
}

/** The registers a viewer may open, with how many rights each holds (most first, then by name). */
export async function visibleRegisters(db: Db, viewer: Actor | null, limit = 200) {
  const rights = db
    .select({ organisationId: ipRights.organisationId, n: count().as('n') })
    .from(ipRights)
    .groupBy(ipRights.organisationId)
    .as('rights');
  return (
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        rights: sql<number>`coalesce(${rights.n}, 0)`,
      })
      .from(organisations)
      .leftJoin(rights, eq(rights.organisationId, organisations.id))
      // Those who see every register are shown the ones with entries; others see theirs even when empty.
      .where(
        and(
          readScope(viewer, organisations.id),
          seesEveryRegister(viewer) ? sql`${rights.n} > 0` : undefined,
        ),
      )
      .orderBy(desc(sql`coalesce(${rights.n}, 0)`), asc(sql`${organisations.name}->>'en'`))
      .limit(limit)
  );
}

export type RightView = RightRow & { organisationName: Bilingual };

export async function getRight(db: Db, viewer: Actor | null, id: string): Promise<RightView | null> {
  const [row] = await db
    .select({ right: ipRights, organisationName: organisations.name })
    .from(ipRights)
    .innerJoin(organisations, eq(organisations.id, ipRights.organisationId))
    .where(and(eq(ipRights.id, id), readScope(viewer, ipRights.organisationId)));
  return row ? { ...row.right, organisationName: row.organisationName } : null;
}

export interface RightFilter {
  jurisdiction?: Jurisdiction;
  kind?: RightKind;
  status?: RightStatus;
  page: number;
  pageSize: number;
}

export async function listRights(db: Db, viewer: Actor | null, organisationId: string, f: RightFilter) {
  const where = and(
    eq(ipRights.organisationId, organisationId),
    readScope(viewer, ipRights.organisationId),
    f.jurisdiction ? eq(ipRights.jurisdiction, f.jurisdiction) : undefined,
    f.kind ? eq(ipRights.rightKind, f.kind) : undefined,
    f.status ? eq(ipRights.status, f.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(ipRights)
      .where(where)
      .orderBy(desc(ipRights.createdAt), asc(ipRights.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(ipRights).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export interface DeadlineFilter {
  jurisdiction?: Jurisdiction;
  kind?: RightKind;
}

/** Deadlines still to meet: of live rights, not marked done, and not past their last day (grace included). */
export function openDeadlines(
  viewer: Actor | null,
  organisationId: string,
  f: DeadlineFilter,
  today: string,
): SQL {
  return and(
    eq(ipDeadlines.organisationId, organisationId),
    readScope(viewer, ipDeadlines.organisationId),
    // Written as a literal condition so the planner matches the partial index on live deadlines.
    sql`${ipDeadlines.live}`,
    // A bound the index can use: a deadline due longer ago than any grace period is over.
    gte(ipDeadlines.due, addMonths(today, -MAX_GRACE_MONTHS)),
    gte(sql`coalesce(${ipDeadlines.graceEnds}, ${ipDeadlines.due})`, today),
    sql`not exists (select 1 from ${ipDeadlineMarks} where ${ipDeadlineMarks.rightId} = ${ipDeadlines.rightId} and ${ipDeadlineMarks.key} = ${ipDeadlines.key})`,
    f.jurisdiction ? eq(ipDeadlines.jurisdiction, f.jurisdiction) : undefined,
    f.kind ? eq(ipDeadlines.rightKind, f.kind) : undefined,
  )!;
}

export async function upcomingDeadlines(
  db: Db,
  viewer: Actor | null,
  organisationId: string,
  f: DeadlineFilter & { page: number; pageSize: number },
  today: string,
) {
  return db
    .select({
      deadline: ipDeadlines,
      title: ipRights.title,
      applicationNumber: ipRights.applicationNumber,
      registrationNumber: ipRights.registrationNumber,
    })
    .from(ipDeadlines)
    .innerJoin(ipRights, eq(ipRights.id, ipDeadlines.rightId))
    .where(openDeadlines(viewer, organisationId, f, today))
    .orderBy(asc(ipDeadlines.due), asc(ipDeadlines.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
}

export type UpcomingItem = Awaited<ReturnType<typeof upcomingDeadlines>>[number];

/** The active users of an organisation: who may be made responsible for its rights. */
export async function organisationPeople(db: Db, organisationId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.email))
    .limit(500);
}

/** The responsible people of some rights, by right. */
export async function responsiblesByRight(db: Db, rightIds: string[]) {
  const out = new Map<string, { id: string; name: string; email: string }[]>();
  if (!rightIds.length) return out;
  const rows = await db
    .select({ rightId: ipRightResponsibles.rightId, id: users.id, name: users.name, email: users.email })
    .from(ipRightResponsibles)
    .innerJoin(users, eq(users.id, ipRightResponsibles.userId))
    .where(inArray(ipRightResponsibles.rightId, rightIds))
    .orderBy(asc(users.name));
  for (const r of rows) {
    if (!out.has(r.rightId)) out.set(r.rightId, []);
    out.get(r.rightId)!.push({ id: r.id, name: r.name, email: r.email });
  }
  return out;
}

/** The marks (deadline dealt with) of one right, by deadline key. */
export async function marksOf(db: Db, rightId: string) {
  const rows = await db.select().from(ipDeadlineMarks).where(eq(ipDeadlineMarks.rightId, rightId));
  return new Map(rows.map((m) => [m.key, m]));
}
