import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { checkUpload, refuseActiveContent, storeFile, type UploadPolicy } from '../files/index.js';
import { files } from '../files/schema.js';
import { type EventRow, managedEvent } from './access.js';
import { agendaItems, agendaMaterials } from './schema.js';

export const AGENDA_LIMITS = {
  title: 300,
  speaker: 200,
  room: 200,
  itemsPerEvent: 200,
  materialsPerItem: 20,
} as const;
/** Slides, handouts and papers: what a session hands out. */
export const MATERIAL_POLICY: UploadPolicy = {
  kinds: ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpeg', 'txt'],
  maxBytes: 25 * 1024 * 1024,
};

export type AgendaItem = typeof agendaItems.$inferSelect;
export type AgendaMaterial = typeof agendaMaterials.$inferSelect & {
  fileName: string | null;
  fileSize: number | null;
};

export interface AgendaInput {
  day: string;
  startsAt: string | null;
  endsAt: string | null;
  title: Bilingual;
  speaker: string;
  room: Bilingual;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const fail = (fields: FieldProblems) => invalidFields(fields, 'agenda item');
const hhmm = (v: string | null) => (v ? v.slice(0, 5) : null);

function clean(input: AgendaInput): AgendaInput {
  return {
    day: (input.day ?? '').trim(),
    startsAt: input.startsAt ? input.startsAt.trim() : null,
    endsAt: input.endsAt ? input.endsAt.trim() : null,
    title: { en: cleanText(input.title?.en ?? ''), zh: cleanText(input.title?.zh ?? '') },
    speaker: cleanText(input.speaker ?? ''),
    room: { en: cleanText(input.room?.en ?? ''), zh: cleanText(input.room?.zh ?? '') },
  };
}

/**
 * Field errors of an agenda item; its day must be one of the event's days, or the day it already
 * has (left outside by a change of the event's dates), so that its other fields can still be edited.
 */
function validate(a: AgendaInput, event: EventRow, currentDay?: string) {
  const e: FieldProblems = {};
  const onEventDay = a.day >= event.startDate && a.day <= event.endDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.day) || (!onEventDay && a.day !== currentDay))
    e.day = 'registration.agenda.error.day';
  if (a.startsAt && !TIME.test(a.startsAt)) e.startsAt = 'registration.agenda.error.time';
  if (a.endsAt && !TIME.test(a.endsAt)) e.endsAt = 'registration.agenda.error.time';
  if (!e.startsAt && !e.endsAt && a.endsAt && (!a.startsAt || a.endsAt <= a.startsAt))
    e.endsAt = 'registration.agenda.error.endBeforeStart';
  if (!a.title.en && !a.title.zh) e['title.en'] = 'form.oneLanguage';
  for (const l of ['en', 'zh'] as const) {
    if (a.title[l].length > AGENDA_LIMITS.title) e[`title.${l}`] = 'registration.error.textLength';
    if (a.room[l].length > AGENDA_LIMITS.room) e[`room.${l}`] = 'registration.error.textLength';
  }
  if (a.speaker.length > AGENDA_LIMITS.speaker) e.speaker = 'registration.error.textLength';
  if (Object.keys(e).length) throw fail(e);
}

export function agendaOf(db: Db, eventId: string): Promise<AgendaItem[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(agendaItems.day), sql`${agendaItems.startsAt} asc nulls first`, asc(agendaItems.createdAt));
}

export async function materialsOf(db: Db, itemIds: string[]): Promise<AgendaMaterial[]> {
  if (!itemIds.length) return [];
  const rows = await db
    .select({ m: agendaMaterials, fileName: files.name, fileSize: files.size })
    .from(agendaMaterials)
    .leftJoin(files, eq(files.id, agendaMaterials.fileId))
    .where(inArray(agendaMaterials.agendaItemId, itemIds))
    .orderBy(asc(agendaMaterials.position), asc(agendaMaterials.createdAt));
  return rows.map((r) => ({ ...r.m, fileName: r.fileName, fileSize: r.fileSize }));
}

export async function createAgendaItem(db: Db, actor: Actor, eventId: string, raw: AgendaInput, now: Date) {
  return db.transaction(async (tx) => {
    const event = await managedEvent(tx, actor, eventId);
    const input = clean(raw);
    validate(input, event);
    const existing = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.eventId, eventId));
    if (Number(existing[0]?.n ?? 0) >= AGENDA_LIMITS.itemsPerEvent)
      throw fail({ 'title.en': 'registration.agenda.error.tooMany' });
    const tr = nextTranslationState(null, [input.title, input.room], now);
    const [row] = await tx
      .insert(agendaItems)
      .values({ eventId, ...input, ...tr })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'agenda_item', entityId: row!.id, after: row });
    return row!;
  });
}

async function editable(tx: Db, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, id)).for('update');
  if (!item) throw new AppError('not_found');
  const event = await managedEvent(tx, actor, item.eventId);
  return { item, event };
}

export async function updateAgendaItem(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<AgendaInput>,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { item, event } = await editable(tx, actor, id);
    const merged: AgendaInput = {
      day: item.day,
      startsAt: hhmm(item.startsAt),
      endsAt: hhmm(item.endsAt),
      title: item.title,
      speaker: item.speaker,
      room: item.room,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    const input = clean(merged);
    validate(input, event, item.day);
    const tr = nextTranslationState(
      { fields: [item.title, item.room], enEditedAt: item.enEditedAt, zhEditedAt: item.zhEditedAt },
      [input.title, input.room],
      now,
    );
    const [after] = await tx
      .update(agendaItems)
      .set({ ...input, ...tr, updatedAt: now })
      .where(eq(agendaItems.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'agenda_item',
      entityId: id,
      before: item,
      after,
    });
    return after!;
  });
}

/** Deletes a session with its materials (and the files uploaded for them). */
export async function deleteAgendaItem(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const { item } = await editable(tx, actor, id);
    const mats = await tx
      .select({ fileId: agendaMaterials.fileId })
      .from(agendaMaterials)
      .where(eq(agendaMaterials.agendaItemId, id));
    await tx.delete(agendaItems).where(eq(agendaItems.id, id));
    const fileIds = mats.map((m) => m.fileId).filter((f): f is string => !!f);
    if (fileIds.length) await tx.delete(files).where(inArray(files.id, fileIds));
    await recordAudit(tx, actor, { action: 'delete', entity: 'agenda_item', entityId: id, before: item });
    return item;
  });
}

/** Attaches an uploaded file to a session; the file is checked by its content first. */
export async function addMaterial(
  db: Db,
  actor: Actor,
  itemId: string,
  upload: { name: string; bytes: Uint8Array; title: Bilingual },
) {
  const found = checkUpload(upload.bytes, MATERIAL_POLICY);
  await refuseActiveContent(found.kind, upload.bytes, MATERIAL_POLICY);
  return db.transaction(async (tx) => {
    const { item } = await editable(tx, actor, itemId);
    const count = await tx
      .select({ n: max(agendaMaterials.position) })
      .from(agendaMaterials)
      .where(eq(agendaMaterials.agendaItemId, itemId));
    const have = await tx
      .select({ id: agendaMaterials.id })
      .from(agendaMaterials)
      .where(eq(agendaMaterials.agendaItemId, itemId));
    if (have.length >= AGENDA_LIMITS.materialsPerItem)
      throw fail({ file: 'registration.agenda.error.tooManyMaterials' });
    const title = { en: cleanText(upload.title.en ?? ''), zh: cleanText(upload.title.zh ?? '') };
    if (title.en.length > 200 || title.zh.length > 200)
      throw fail({ materialTitle: 'registration.error.textLength' });
    const stored = await storeFile(
      tx,
      { name: upload.name, bytes: upload.bytes, createdBy: actor.id },
      MATERIAL_POLICY,
    );
    const [row] = await tx
      .insert(agendaMaterials)
      .values({
        agendaItemId: item.id,
        fileId: stored.id,
        title: title.en || title.zh ? title : { en: stored.name, zh: stored.name },
        position: (count[0]?.n ?? 0) + 1,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'agenda_material',
      entityId: row!.id,
      after: { ...row, file: stored },
    });
    return row!;
  });
}

export async function removeMaterial(db: Db, actor: Actor, itemId: string, materialId: string) {
  return db.transaction(async (tx) => {
    await editable(tx, actor, itemId);
    if (!UUID.test(materialId)) throw new AppError('not_found');
    const [m] = await tx
      .delete(agendaMaterials)
      .where(and(eq(agendaMaterials.id, materialId), eq(agendaMaterials.agendaItemId, itemId)))
      .returning();
    if (!m) throw new AppError('not_found');
    if (m.fileId) await tx.delete(files).where(eq(files.id, m.fileId));
    await recordAudit(tx, actor, { action: 'delete', entity: 'agenda_material', entityId: m.id, before: m });
  });
}

/** A material's file for download, when it belongs to this event. */
export async function materialFile(db: Db, eventId: string, materialId: string) {
  if (!UUID.test(materialId)) return null;
  const [row] = await db
    .select({ fileId: agendaMaterials.fileId })
    .from(agendaMaterials)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaMaterials.agendaItemId))
    .where(and(eq(agendaMaterials.id, materialId), eq(agendaItems.eventId, eventId)));
  return row?.fileId ?? null;
}
