import { eq, max } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import { invalidFields } from '../../../lib/field-errors.js';
import { nextTranslationState as nextState } from '../../../lib/translation.js';
import { recordAudit } from '../../audit/index.js';
import { assertEditor } from '../editors.js';
import { moveInList } from '../reorder.js';
import { links } from '../schema.js';
import { isWebUrl } from '../web-url.js';
import type { LinkInput } from './input.js';
import type { LinkRow } from './queries.js';

// The form and the API both check this; the use case checks again so no caller can store a script URL.
function checkUrl(url: string) {
  if (!isWebUrl(url)) throw invalidFields({ url: 'news.links.badUrl' }, 'bad url');
}

async function lockedLink(tx: Db, id: string): Promise<LinkRow> {
  const [row] = await tx.select().from(links).where(eq(links.id, id)).for('update');
  if (!row) throw new AppError('not_found', 'link');
  return row;
}

export async function createLink(db: Db, actor: Actor | null, input: LinkInput, now: Date) {
  const editor = assertEditor(actor);
  checkUrl(input.url);
  return db.transaction(async (tx) => {
    const [last] = await tx.select({ n: max(links.sortOrder) }).from(links);
    const [row] = await tx
      .insert(links)
      .values({
        title: input.title,
        description: input.description,
        url: input.url,
        sortOrder: (last?.n ?? -1) + 1,
        ...nextState(null, [input.title, input.description], now, input.inStep),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, editor, { action: 'create', entity: 'link', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateLink(
  db: Db,
  actor: Actor | null,
  id: string,
  input: LinkInput & { sortOrder?: number },
  now: Date,
) {
  const editor = assertEditor(actor);
  checkUrl(input.url);
  return db.transaction(async (tx) => {
    const before = await lockedLink(tx, id);
    const state = nextState(
      {
        fields: [before.title, before.description],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [input.title, input.description],
      now,
      input.inStep,
    );
    const [row] = await tx
      .update(links)
      .set({
        title: input.title,
        description: input.description,
        url: input.url,
        sortOrder: input.sortOrder ?? before.sortOrder,
        ...state,
        updatedAt: now,
      })
      .where(eq(links.id, id))
      .returning();
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'link',
      entityId: id,
      before,
      after: row,
    });
    return row!;
  });
}

export async function deleteLink(db: Db, actor: Actor | null, id: string) {
  const editor = assertEditor(actor);
  await db.transaction(async (tx) => {
    const before = await lockedLink(tx, id);
    await tx.delete(links).where(eq(links.id, id));
    await recordAudit(tx, editor, { action: 'delete', entity: 'link', entityId: id, before });
  });
}

/** Moves a link one place up or down and renumbers the list 0, 1, 2… */
export async function moveLink(db: Db, actor: Actor | null, id: string, direction: 'up' | 'down') {
  const editor = assertEditor(actor);
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: links.id, sortOrder: links.sortOrder })
      .from(links)
      .orderBy(links.sortOrder, links.createdAt, links.id)
      .for('update');
    const ids = rows.map((r) => r.id);
    if (!ids.includes(id)) throw new AppError('not_found', 'link');
    const order = moveInList(ids, id, direction);
    for (const [i, rowId] of order.entries()) {
      if (rows.find((r) => r.id === rowId)?.sortOrder !== i) {
        await tx.update(links).set({ sortOrder: i }).where(eq(links.id, rowId));
      }
    }
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'link',
      entityId: id,
      before: { order: ids },
      after: { order },
      reason: `move ${direction}`,
    });
  });
}
