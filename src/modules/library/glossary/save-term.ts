import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/errors.js';
import { nextTranslationState } from '../../../lib/translation.js';
import { recordAudit } from '../../audit/index.js';
import { assertLibraryEditor } from '../editors.js';
import { glossaryTerms } from '../schema.js';
import { baseSlug, uniqueSlug } from '../slug.js';
import type { TermInput } from './input.js';
import type { TermRow } from './queries.js';

export async function createTerm(db: Db, actor: Actor | null, input: TermInput, now: Date): Promise<TermRow> {
  const editor = assertLibraryEditor(actor);
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, glossaryTerms, baseSlug(input.term.en, input.term.zh));
    const [row] = await tx
      .insert(glossaryTerms)
      .values({
        slug,
        term: input.term,
        definition: input.definition,
        aliases: input.aliases,
        source: input.source,
        ...nextTranslationState(null, [input.term, input.definition], now, input.inStep),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'glossary_term',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

export async function updateTerm(
  db: Db,
  actor: Actor | null,
  id: string,
  input: TermInput,
  now: Date,
): Promise<TermRow> {
  const editor = assertLibraryEditor(actor);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(glossaryTerms).where(eq(glossaryTerms.id, id)).for('update');
    if (!before) throw new AppError('not_found', 'glossary term');
    const state = nextTranslationState(
      {
        fields: [before.term, before.definition],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [input.term, input.definition],
      now,
      input.inStep,
    );
    const [row] = await tx
      .update(glossaryTerms)
      .set({
        term: input.term,
        definition: input.definition,
        aliases: input.aliases,
        source: input.source,
        ...state,
        updatedAt: now,
      })
      .where(eq(glossaryTerms.id, id))
      .returning();
    await recordAudit(tx, editor, {
      action: 'update',
      entity: 'glossary_term',
      entityId: id,
      before,
      after: row,
    });
    return row!;
  });
}
