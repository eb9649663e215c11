import { eq, max } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import { invalidFields } from '../../../lib/field-errors.js';
import { nextTranslationState as nextState } from '../../../lib/translation.js';
import { recordAudit } from '../../audit/index.js';
import { assertEditor } from '../editors.js';
import { moveInList } from '../reorder.js';
import { contacts } from '../schema.js';
import type { ContactInput } from './input.js';
import { type ContactRow, personExists } from './queries.js';

async function checkPerson(tx: Db, personId: string) {
  if (!(await personExists(tx, personId))) {
    throw invalidFields({ personId: 'news.contacts.unknownPerson' }, 'unknown person');
  }
}

async function lockedContact(tx: Db, id: string): Promise<ContactRow> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'contact');
  return row;
}

export async function createContact(db: Db, actor: Actor | null, input: ContactInput, now: Date) {
  const editor = assertEditor(actor);
  return db.transaction(async (tx) => {
    await checkPerson(tx, input.personId);
    const [last] = await tx.select({ n: max(contacts.sortOrder) }).from(contacts);
    const [row] = await tx
      .insert(contacts)
      .values({
        topic: input.topic,
        personId: input.personId,
        sortOrder: (last?.n ?? -1) + 1,
        ...nextState(null, [input.topic], now, input.inStep),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'contact',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

export async function updateContact(
  db: Db,
  actor: Actor | null,
  id: string,
  input: ContactInput & { sortOrder?: number },
  now: Date,
) {
  const editor = assertEditor(actor);
  return db.transaction(async (tx) => {
    const before = await lockedContact(tx, id);
    await checkPerson(tx, input.personId);
    const state = nextState(
      { fields: [before.topic], enEditedAt: before.enEditedAt, zhEditedAt: before.zhEditedAt },
      [input.topic],
      now,
      input.inStep,
    );
    const [row] = await tx
      .update(contacts)
      .set({
        topic: input.topic,
        personId: input.personId,
        sortOrder: input.sortOrder ?? before.sortOrder,
        ...state,
        updatedAt: now,
      })
      .where(eq(contacts.id, id))
      .returning();
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'contact',
      entityId: id,
      before,
      after: row,
    });
    return row!;
  });
}

export async function deleteContact(db: Db, actor: Actor | null, id: string) {
  const editor = assertEditor(actor);
  await db.transaction(async (tx) => {
    const before = await lockedContact(tx, id);
    await tx.delete(contacts).where(eq(contacts.id, id));
    await recordAudit(tx, editor, { action: 'delete', entity: 'contact', entityId: id, before });
  });
}

/** Moves a topic one place up or down and renumbers the list 0, 1, 2… */
export async function moveContact(db: Db, actor: Actor | null, id: string, direction: 'up' | 'down') {
  const editor = assertEditor(actor);
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: contacts.id, sortOrder: contacts.sortOrder })
      .from(contacts)
      .orderBy(contacts.sortOrder, contacts.createdAt, contacts.id)
      .for('update');
    const ids = rows.map((r) => r.id);
    if (!ids.includes(id)) throw new AppError('not_found', 'contact');
    const order = moveInList(ids, id, direction);
    for (const [i, rowId] of order.entries()) {
      if (rows.find((r) => r.id === rowId)?.sortOrder !== i) {
        await tx.update(contacts).set({ sortOrder: i }).where(eq(contacts.id, rowId));
      }
    }
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'contact',
      entityId: id,
      before: { order: ids },
      after: { order },
      reason: `move ${direction}`,
    });
  });
}
