/** Adding, changing and removing a register entry: validation, the write, its deadlines and the audit, in one transaction. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { users } from '../accounts/schema.js';
import { recordAudit } from '../audit/index.js';
import { organisations } from '../directory/schema.js';
import { files } from '../files/schema.js';
import { editScope } from './access.js';
import { factsFor, problemsOf, storedSchedule } from './compute.js';
import type { RightInput } from './input.js';
import { rightType } from './kinds.js';
import { ipRightDocuments, ipRightResponsibles, ipRights, type RightRow } from './schema.js';
import { replaceDeadlines } from './store.js';

/** A field-level problem: a message key per field, or the engine's own words where it gave them. */
export function invalidRight(fields: Record<string, MessageKey>, reasons: Record<string, Bilingual> = {}) {
  return invalidFields({ ...fields, ...reasons }, 'invalid right');
}

/** What the audit log keeps of a right: its facts, not the computed schedule. */
export const auditSnapshot = (r: RightRow, responsibleIds: string[]) => {
  const { schedule: _s, scheduleValidUntil: _v, engineVersion: _e, ...rest } = r;
  return { ...rest, responsibleIds };
};

function checked(input: RightInput, today: string) {
  const type = rightType(input.jurisdiction, input.right);
  if (!type) throw invalidRight({ right: 'ip.error.unsupported' });
  const facts = factsFor(type, input);
  const problems = problemsOf(type, { ...facts, status: input.status }, today);
  if (problems.length) {
    throw invalidRight(
      Object.fromEntries(problems.map((p) => [p.field, p.key])),
      Object.fromEntries(problems.filter((p) => p.reason).map((p) => [p.field, p.reason!])),
    );
  }
  return facts;
}

async function checkResponsibles(tx: Db, organisationId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.organisationId, organisationId), eq(users.active, true)));
  if (found.length !== unique.length) throw invalidRight({ responsibleIds: 'ip.error.responsible' });
  return unique;
}

const rowValues = (input: RightInput, facts: ReturnType<typeof checked>, today: string) => ({
  jurisdiction: facts.jurisdiction,
  rightKind: facts.rightKind,
  title: input.title,
  applicationNumber: input.applicationNumber,
  registrationNumber: input.registrationNumber,
  owner: input.owner,
  status: input.status,
  dates: facts.dates,
  options: facts.options,
  notes: input.notes,
  ...storedSchedule(facts, today),
});

export async function createRight(
  db: Db,
  actor: Actor,
  organisationId: string,
  input: RightInput,
  now: Date,
): Promise<RightRow> {
  const today = todayIso(now);
  const facts = checked(input, today);
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), editScope(actor, organisations.id)));
    if (!org) throw new AppError('forbidden', 'register');
    const responsibleIds = await checkResponsibles(tx, organisationId, input.responsibleIds);
    const [row] = await tx
      .insert(ipRights)
      .values({ organisationId, ...rowValues(input, facts, today), createdBy: actor.id, updatedAt: now })
      .returning();
    if (responsibleIds.length) {
      await tx
        .insert(ipRightResponsibles)
        .values(responsibleIds.map((userId) => ({ rightId: row!.id, userId })));
    }
    await replaceDeadlines(tx, [row!], today);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'ip_right',
      entityId: row!.id,
      after: auditSnapshot(row!, responsibleIds),
    });
    return row!;
  });
}

export async function responsiblesOf(db: Db, rightId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: ipRightResponsibles.userId })
    .from(ipRightResponsibles)
    .where(eq(ipRightResponsibles.rightId, rightId));
  return rows.map((r) => r.userId);
}

/** The right, locked for a change, if the actor may change it; otherwise not found (nothing is disclosed). */
async function editable(tx: Db, actor: Actor, id: string): Promise<RightRow> {
  const [row] = await tx
    .select()
    .from(ipRights)
    .where(and(eq(ipRights.id, id), editScope(actor, ipRights.organisationId)))
    .for('update');
  if (!row) throw new AppError('not_found', 'right');
  return row;
}

export async function updateRight(
  db: Db,
  actor: Actor,
  id: string,
  input: RightInput,
  now: Date,
): Promise<RightRow> {
  const today = todayIso(now);
  const facts = checked(input, today);
  return db.transaction(async (tx) => {
    const before = await editable(tx, actor, id);
    const beforeResponsibles = await responsiblesOf(tx, id);
    const responsibleIds = await checkResponsibles(tx, before.organisationId, input.responsibleIds);
    const [row] = await tx
      .update(ipRights)
      .set({ ...rowValues(input, facts, today), updatedAt: now })
      .where(eq(ipRights.id, id))
      .returning();
    await tx.delete(ipRightResponsibles).where(eq(ipRightResponsibles.rightId, id));
    if (responsibleIds.length) {
      await tx.insert(ipRightResponsibles).values(responsibleIds.map((userId) => ({ rightId: id, userId })));
    }
    await replaceDeadlines(tx, [row!], today);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'ip_right',
      entityId: id,
      before: auditSnapshot(before, beforeResponsibles),
      after: auditSnapshot(row!, responsibleIds),
    });
    return row!;
  });
}

/** Removes a right with its deadlines, marks, reminders and documents (the stored files too). */
export async function deleteRight(db: Db, actor: Actor, id: string): Promise<RightRow> {
  return db.transaction(async (tx) => {
    const before = await editable(tx, actor, id);
    const responsibleIds = await responsiblesOf(tx, id);
    const docs = await tx
      .select({ fileId: ipRightDocuments.fileId })
      .from(ipRightDocuments)
      .where(eq(ipRightDocuments.rightId, id));
    await tx.delete(ipRights).where(eq(ipRights.id, id));
    if (docs.length) {
      await tx.delete(files).where(
        inArray(
          files.id,
          docs.map((d) => d.fileId),
        ),
      );
    }
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'ip_right',
      entityId: id,
      before: auditSnapshot(before, responsibleIds),
    });
    return before;
  });
}
