import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { assertBankEditor } from './bank-access.js';
import { type CleanQuestion, cleanQuestion, type QuestionDraft } from './bank-input.js';
import { getQuestion, questionInUse } from './bank-queries.js';
import { questionOptions, questions } from './schema.js';

export interface SavedQuestion {
  id: string;
  version: number;
}

const columnsOf = (q: CleanQuestion) => ({
  type: q.type,
  name: q.name,
  idNumber: q.idNumber,
  category: q.category,
  text: q.text,
  generalFeedback: q.generalFeedback,
  tags: q.tags,
  defaultMark: q.defaultMark,
  shuffle: q.shuffle,
});

async function idNumberTaken(tx: Db, idNumber: string | null, except: string | null): Promise<boolean> {
  if (!idNumber) return false;
  const [row] = await tx
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.idNumber, idNumber), except ? ne(questions.id, except) : undefined));
  return !!row;
}

/**
 * Writes a checked question: a new one, or a new version of `id` (its options replaced, its
 * version raised). Attempts keep the question as it was put to them, so an edit never changes a
 * mark or a review. Runs in the caller's transaction when given one.
 */
export async function writeQuestion(
  tx: Db,
  actor: Actor,
  id: string | null,
  q: CleanQuestion,
  now: Date,
): Promise<SavedQuestion> {
  if (await idNumberTaken(tx, q.idNumber, id))
    throw invalidFields({ idNumber: 'learning.bank.error.idNumberTaken' });
  let saved: SavedQuestion;
  let before: unknown;
  if (id) {
    const old = await getQuestion(tx, id);
    if (!old) throw new AppError('not_found');
    before = old;
    const [row] = await tx
      .update(questions)
      .set({ ...columnsOf(q), version: sql`${questions.version} + 1`, updatedAt: now })
      .where(eq(questions.id, id))
      .returning({ id: questions.id, version: questions.version });
    saved = row!;
    await tx.delete(questionOptions).where(eq(questionOptions.questionId, id));
  } else {
    const [row] = await tx
      .insert(questions)
      .values({ ...columnsOf(q), createdBy: actor.id, createdAt: now, updatedAt: now })
      .returning({ id: questions.id, version: questions.version });
    saved = row!;
  }
  if (q.options.length) {
    await tx
      .insert(questionOptions)
      .values(q.options.map((o, position) => ({ ...o, questionId: saved.id, position })));
  }
  await recordAudit(tx, actor, {
    action: id ? 'update' : 'create',
    entity: 'question',
    entityId: saved.id,
    before,
    after: { ...q, version: saved.version },
  });
  return saved;
}

/** Creates (id null) or edits a question of the bank, as a manager. */
export async function saveQuestion(
  db: Db,
  actor: Actor | null,
  id: string | null,
  draft: QuestionDraft,
  now: Date,
): Promise<SavedQuestion> {
  const editor = assertBankEditor(actor);
  const { question, errors } = cleanQuestion(draft);
  if (Object.keys(errors).length) throw invalidFields(errors);
  return db.transaction(async (tx) => {
    if (id) {
      // Two editors saving at once each get their own version.
      const [row] = await tx
        .select({ id: questions.id })
        .from(questions)
        .where(eq(questions.id, id))
        .for('update');
      if (!row) throw new AppError('not_found');
    }
    return writeQuestion(tx, editor, id, question, now);
  });
}

/**
 * Removes a question from the bank: deleted when nothing uses it, hidden when an attempt or a quiz
 * does (its attempts keep their reviews; new attempts no longer draw it).
 */
export async function removeQuestion(db: Db, actor: Actor | null, id: string): Promise<'deleted' | 'hidden'> {
  const editor = assertBankEditor(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(questions).where(eq(questions.id, id)).for('update');
    if (!row) throw new AppError('not_found');
    if (await questionInUse(tx, id)) {
      await tx.update(questions).set({ hidden: true }).where(eq(questions.id, id));
      await recordAudit(tx, editor, { action: 'hide', entity: 'question', entityId: id });
      return 'hidden';
    }
    await tx.delete(questions).where(eq(questions.id, id));
    await recordAudit(tx, editor, { action: 'delete', entity: 'question', entityId: id, before: row });
    return 'deleted';
  });
}

/** Puts a hidden question back in the bank. */
export async function unhideQuestion(db: Db, actor: Actor | null, id: string): Promise<void> {
  const editor = assertBankEditor(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(questions)
      .set({ hidden: false })
      .where(eq(questions.id, id))
      .returning({ id: questions.id });
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, editor, { action: 'unhide', entity: 'question', entityId: id });
  });
}
