import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { organisations } from '../directory/schema.js';
import { answersSchema } from './answers.js';
import type { Answers } from './conditions.js';
import { evaluate } from './evaluate.js';
import { loadRules } from './rules-store.js';
import { diagnostics } from './schema.js';

/** Answers checked against the question table; refused fields come back as a validation error. */
export function checkAnswers(answers: Answers, scope: 'levelOne' | 'all'): Answers {
  const r = answersSchema(scope).safeParse(answers);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const i of r.error.issues) fields[`answers.${String(i.path[0] ?? '')}`] ??= i.message;
  throw invalidFields(fields as never);
}

/** Where a signed-in user's diagnostic is counted: their organisation, its province and city. */
async function placeOf(db: Db, actor: Actor | null) {
  if (!actor?.organisationId)
    return { organisationId: null, userId: actor?.id ?? null, province: '', cityId: null };
  const [org] = await db
    .select({ province: organisations.province, cityId: organisations.cityId })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId));
  return {
    organisationId: actor.organisationId,
    userId: actor.id,
    province: org?.province ?? '',
    cityId: org?.cityId ?? null,
  };
}

/** Level one answered: a draft keyed by a random id, carrying the answers to the sections. */
export async function startDraft(db: Db, answers: Answers): Promise<string> {
  const checked = checkAnswers(answers, 'levelOne');
  const [row] = await db
    .insert(diagnostics)
    .values({ answers: checked, sector: checked.sector ?? '' })
    .returning({ id: diagnostics.id });
  return row!.id;
}

/** A section's answers join the draft's. */
export async function saveSection(db: Db, id: string, answers: Answers): Promise<void> {
  const [draft] = await db
    .select()
    .from(diagnostics)
    .where(and(eq(diagnostics.id, id), eq(diagnostics.status, 'draft')));
  if (!draft) throw new AppError('not_found');
  const merged = checkAnswers({ ...draft.answers, ...answers }, 'all');
  await db.update(diagnostics).set({ answers: merged }).where(eq(diagnostics.id, id));
}

/** Completes a draft: its findings from the rules of the day, saved to the user's organisation when signed in. */
export async function completeDraft(db: Db, actor: Actor | null, id: string): Promise<void> {
  const [draft] = await db.select().from(diagnostics).where(eq(diagnostics.id, id));
  if (!draft) throw new AppError('not_found');
  if (draft.status === 'complete') return;
  const { findings } = evaluate(draft.answers, await loadRules(db));
  await db
    .update(diagnostics)
    .set({ status: 'complete', findings, completedAt: new Date(), ...(await placeOf(db, actor)) })
    .where(eq(diagnostics.id, id));
}

/** The API's one call: all answers at once, completed at once. */
export async function createDiagnostic(db: Db, actor: Actor | null, answers: Answers): Promise<string> {
  const checked = checkAnswers(answers, 'all');
  const { findings } = evaluate(checked, await loadRules(db));
  const [row] = await db
    .insert(diagnostics)
    .values({
      answers: checked,
      sector: checked.sector ?? '',
      status: 'complete',
      findings,
      completedAt: new Date(),
      ...(await placeOf(db, actor)),
    })
    .returning({ id: diagnostics.id });
  return row!.id;
}
