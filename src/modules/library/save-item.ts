import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { assertLibraryEditor } from './editors.js';
import type { ItemInput } from './input.js';
import { type ItemRow, itemColumns } from './queries.js';
import { relatedKind } from './related.js';
import { libraryItems, libraryItemVersions } from './schema.js';
import { fileTextsOf, itemSearchVector, itemTitleText } from './search-doc.js';
import { baseSlug, uniqueSlug } from './slug.js';
import { type ItemSnapshot, snapshotOf } from './snapshot.js';

const events = relatedKind('event');

/** A published item without a date is dated the day it is published. */
const publicationDate = (input: ItemInput, now: Date) =>
  input.publishedOn ?? (input.status === 'published' ? todayIso(now) : null);

function snapshotOfInput(input: ItemInput, publishedOn: string | null, eventIds: string[]): ItemSnapshot {
  return snapshotOf({ ...input, publishedOn }, eventIds);
}

async function addVersion(
  tx: Db,
  itemId: string,
  version: number,
  content: ItemSnapshot,
  editor: Actor,
  now: Date,
) {
  await tx.insert(libraryItemVersions).values({
    itemId,
    version,
    content,
    editedBy: editor.id,
    editorName: editor.name || editor.email,
    editedAt: now,
  });
}

export async function createItem(db: Db, actor: Actor | null, input: ItemInput, now: Date): Promise<ItemRow> {
  const editor = assertLibraryEditor(actor);
  return db.transaction(async (tx) => {
    const eventIds = await events.check(tx, editor, input.eventIds);
    const publishedOn = publicationDate(input, now);
    const state = nextTranslationState(null, [input.title, input.summary, input.body], now, input.inStep);
    const base = baseSlug(input.title.en, input.title.zh);
    let row: ItemRow | undefined;
    // Another editor may take the same slug between the check and the insert; then try the next one.
    for (let attempt = 0; !row; attempt++) {
      if (attempt === 5) throw new AppError('conflict', 'slug taken');
      [row] = await tx
        .insert(libraryItems)
        .values({
          slug: await uniqueSlug(tx, libraryItems, base),
          type: input.type,
          title: input.title,
          summary: input.summary,
          body: input.body,
          source: input.source,
          url: input.url,
          ipRights: input.ipRights,
          topics: input.topics,
          jurisdictions: input.jurisdictions,
          sectors: input.sectors,
          audiences: input.audiences,
          status: input.status,
          publishedOn,
          version: 1,
          titleText: itemTitleText(input.title),
          searchVector: sql`${itemSearchVector(input, [])}::tsvector`,
          ...state,
          createdBy: editor.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: libraryItems.slug })
        .returning(itemColumns);
    }
    await events.replace(tx, row.id, eventIds);
    const content = snapshotOfInput(input, publishedOn, eventIds);
    await addVersion(tx, row.id, 1, content, editor, now);
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'library_item',
      entityId: row.id,
      after: { id: row.id, slug: row.slug, ...content },
    });
    return row;
  });
}

const same = (a: ItemSnapshot, b: ItemSnapshot) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves an edit as a new version (the previous ones stay), in one transaction with its audit
 * record. Saving without any change makes no version.
 */
export async function updateItem(
  db: Db,
  actor: Actor | null,
  id: string,
  input: ItemInput,
  now: Date,
): Promise<ItemRow> {
  const editor = assertLibraryEditor(actor);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select(itemColumns)
      .from(libraryItems)
      .where(eq(libraryItems.id, id))
      .for('update');
    if (!before) throw new AppError('not_found', 'library item');
    const beforeContent = snapshotOf(before, await events.idsOf(tx, id));
    const eventIds = await events.check(tx, editor, input.eventIds, id);
    const publishedOn = publicationDate(input, now);
    const content = snapshotOfInput(input, publishedOn, eventIds);
    const fields = [input.title, input.summary, input.body];
    const changed = !same(beforeContent, content);
    if (!changed && !input.inStep) return before;
    const state = nextTranslationState(
      {
        fields: [before.title, before.summary, before.body],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      fields,
      now,
      input.inStep,
    );
    const version = changed ? before.version + 1 : before.version;
    const [row] = await tx
      .update(libraryItems)
      .set({
        type: input.type,
        title: input.title,
        summary: input.summary,
        body: input.body,
        source: input.source,
        url: input.url,
        ipRights: input.ipRights,
        topics: input.topics,
        jurisdictions: input.jurisdictions,
        sectors: input.sectors,
        audiences: input.audiences,
        status: input.status,
        publishedOn,
        version,
        titleText: itemTitleText(input.title),
        searchVector: sql`${itemSearchVector(input, await fileTextsOf(tx, id))}::tsvector`,
        ...state,
        updatedAt: now,
      })
      .where(eq(libraryItems.id, id))
      .returning(itemColumns);
    await events.replace(tx, id, eventIds);
    if (changed) await addVersion(tx, id, version, content, editor, now);
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'library_item',
      entityId: id,
      before: beforeContent,
      after: content,
    });
    return row!;
  });
}

/** The input that reproduces a stored item, so a partial change can be merged onto it. */
export function itemToInput(row: ItemRow, eventIds: string[]): ItemInput {
  return {
    type: row.type,
    title: row.title,
    summary: row.summary,
    body: row.body,
    source: row.source,
    url: row.url,
    ipRights: row.ipRights as ItemInput['ipRights'],
    topics: row.topics as ItemInput['topics'],
    jurisdictions: row.jurisdictions as ItemInput['jurisdictions'],
    sectors: row.sectors as ItemInput['sectors'],
    audiences: row.audiences as ItemInput['audiences'],
    status: row.status,
    publishedOn: row.publishedOn ?? undefined,
    eventIds,
    inStep: false,
  };
}
