/** Writes a checked import: new rights in batches, changed ones one by one, all audited. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { auditLog } from '../audit/schema.js';
import { factsFor, storedSchedule } from './compute.js';
import type { PlannedRight } from './csv-import.js';
import { rightType } from './kinds.js';
import { auditSnapshot } from './save-right.js';
import { ipDeadlines, ipRightResponsibles, ipRights, type RightRow } from './schema.js';
import { replaceDeadlines } from './store.js';

const CHUNK = 500;
const ANALYZE_FROM = 1000;

function values(p: PlannedRight, today: string) {
  const facts = factsFor(rightType(p.input.jurisdiction, p.input.right)!, p.input);
  return {
    jurisdiction: facts.jurisdiction,
    rightKind: facts.rightKind,
    title: p.input.title,
    applicationNumber: p.input.applicationNumber,
    registrationNumber: p.input.registrationNumber,
    owner: p.input.owner,
    status: p.input.status,
    dates: facts.dates,
    options: facts.options,
    notes: p.input.notes,
    ...storedSchedule(facts, today),
  };
}

export async function writePlanned(
  tx: Db,
  actor: Actor,
  organisationId: string,
  rows: PlannedRight[],
  now: Date,
  today: string,
): Promise<{ added: number; updated: number }> {
  const written: { row: RightRow; before?: RightRow; responsibleIds: string[] }[] = [];
  const added = rows.filter((r) => !r.id);
  for (let i = 0; i < added.length; i += CHUNK) {
    const part = added.slice(i, i + CHUNK);
    const inserted = await tx
      .insert(ipRights)
      .values(
        part.map((p) => ({
          organisationId,
          ...values(p, today),
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    for (const [j, row] of inserted.entries())
      written.push({ row, responsibleIds: part[j]!.input.responsibleIds });
  }
  for (const p of rows.filter((r) => r.id)) {
    const [before] = await tx.select().from(ipRights).where(eq(ipRights.id, p.id!)).for('update');
    const [row] = await tx
      .update(ipRights)
      .set({ ...values(p, today), updatedAt: now })
      .where(eq(ipRights.id, p.id!))
      .returning();
    written.push({ row: row!, before, responsibleIds: p.input.responsibleIds });
  }
  const changedIds = written.filter((w) => w.before).map((w) => w.row.id);
  if (changedIds.length)
    await tx.delete(ipRightResponsibles).where(inArray(ipRightResponsibles.rightId, changedIds));
  const links = written.flatMap((w) =>
    [...new Set(w.responsibleIds)].map((userId) => ({ rightId: w.row.id, userId })),
  );
  for (let i = 0; i < links.length; i += CHUNK)
    await tx.insert(ipRightResponsibles).values(links.slice(i, i + CHUNK));
  await replaceDeadlines(
    tx,
    written.map((w) => w.row),
    today,
  );
  // One audit entry per right, written in batches (the same fields recordAudit writes).
  const entries = written.map((w) => ({
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'import',
    entity: 'ip_right',
    entityId: w.row.id,
    before: w.before ? auditSnapshot(w.before, []) : null,
    after: auditSnapshot(w.row, w.responsibleIds),
    reason: null,
  }));
  for (let i = 0; i < entries.length; i += CHUNK)
    await tx.insert(auditLog).values(entries.slice(i, i + CHUNK));
  // A large import changes the tables' make-up at once; fresh statistics keep the planner on the indexes
  // (PGlite has no autovacuum to do it later).
  if (rows.length >= ANALYZE_FROM) await tx.execute(sql`analyze ${ipRights}, ${ipDeadlines}`);
  return { added: added.length, updated: rows.length - added.length };
}
