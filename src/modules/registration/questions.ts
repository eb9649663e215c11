import { and, asc, count, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { managedEvent } from './access.js';
import type { Question } from './answers.js';
import {
  QUESTION_KINDS,
  type QuestionKind,
  type QuestionOption,
  registrationAnswers,
  registrationQuestions,
} from './schema.js';

export const QUESTION_LIMITS = { label: 300, help: 1_000, option: 200, options: 50, perEvent: 50 } as const;
const CHOICE: QuestionKind[] = ['single_choice', 'multiple_choice'];

export interface QuestionInput {
  kind: QuestionKind;
  label: Bilingual;
  help: Bilingual;
  /** For choices: the labels, and the value of an option that exists already (kept for its answers). */
  options: { label: Bilingual; value?: string }[];
  required: boolean;
  showIfQuestionId: string | null;
  showIfValue: string;
  hidden: boolean;
  position?: number;
}

export const questionsOf = (db: Db, eventId: string): Promise<Question[]> =>
  db
    .select()
    .from(registrationQuestions)
    .where(eq(registrationQuestions.eventId, eventId))
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.createdAt));

export async function getQuestion(db: Db, id: string): Promise<Question | null> {
  if (!UUID.test(id)) return null;
  const [q] = await db.select().from(registrationQuestions).where(eq(registrationQuestions.id, id));
  return q ?? null;
}

const fail = (fields: FieldProblems) => invalidFields(fields, 'question');
const bi = (b: Partial<Bilingual> | undefined, multiline = false): Bilingual => ({
  en: cleanText(b?.en ?? '', { multiline }),
  zh: cleanText(b?.zh ?? '', { multiline }),
});

/** Options with stable values: an option keeps its value, a new one gets the next free `oN`. */
function withValues(input: QuestionInput['options'], before: QuestionOption[]): QuestionOption[] {
  const used = new Set(before.map((o) => o.value));
  let n = before.reduce((m, o) => Math.max(m, Number(/^o(\d+)$/.exec(o.value)?.[1] ?? 0)), 0);
  return input.map((o) => {
    const label = bi(o.label);
    const same = before.find(
      (b) =>
        (o.value && b.value === o.value) ||
        (label.en && b.label.en === label.en) ||
        (label.zh && b.label.zh === label.zh),
    );
    if (same) return { value: same.value, label };
    do n++;
    while (used.has(`o${n}`));
    used.add(`o${n}`);
    return { value: `o${n}`, label };
  });
}

function validate(input: QuestionInput, others: Question[], selfId: string | null, position: number) {
  const e: FieldProblems = {};
  if (!QUESTION_KINDS.includes(input.kind)) e.kind = 'form.choose';
  if (!input.label.en && !input.label.zh) e['label.en'] = 'form.oneLanguage';
  for (const l of ['en', 'zh'] as const) {
    if (input.label[l].length > QUESTION_LIMITS.label) e[`label.${l}`] = 'registration.error.textLength';
    if (input.help[l].length > QUESTION_LIMITS.help) e[`help.${l}`] = 'registration.error.textLength';
  }
  if (CHOICE.includes(input.kind)) {
    const labels = input.options.map((o) => `${o.label.en}|${o.label.zh}`);
    if (input.options.length < 2) e.options = 'registration.question.error.twoOptions';
    else if (input.options.length > QUESTION_LIMITS.options)
      e.options = 'registration.question.error.tooManyOptions';
    else if (input.options.some((o) => !o.label.en && !o.label.zh))
      e.options = 'registration.question.error.emptyOption';
    else if (
      input.options.some(
        (o) => o.label.en.length > QUESTION_LIMITS.option || o.label.zh.length > QUESTION_LIMITS.option,
      )
    )
      e.options = 'registration.error.textLength';
    else if (new Set(labels).size !== labels.length) e.options = 'registration.question.error.sameOption';
  }
  if (input.showIfQuestionId) {
    const cond = others.find((q) => q.id === input.showIfQuestionId);
    if (!cond || cond.id === selfId || cond.position >= position)
      e.showIfQuestionId = 'registration.question.error.condition';
    else if (input.showIfValue) {
      const allowed = cond.kind === 'yes_no' ? ['yes', 'no'] : cond.options.map((o) => o.value);
      if (!allowed.includes(input.showIfValue)) e.showIfValue = 'form.choose';
    }
  } else if (input.showIfValue) e.showIfValue = 'registration.question.error.valueWithoutQuestion';
  if (Object.keys(e).length) throw fail(e);
}

function clean(input: QuestionInput): QuestionInput {
  return {
    ...input,
    label: bi(input.label),
    help: bi(input.help, true),
    options: CHOICE.includes(input.kind)
      ? input.options.map((o) => ({ value: o.value, label: bi(o.label) }))
      : [],
    showIfQuestionId:
      input.showIfQuestionId && UUID.test(input.showIfQuestionId)
        ? input.showIfQuestionId
        : input.showIfQuestionId
          ? 'invalid'
          : null,
    showIfValue: cleanText(input.showIfValue ?? ''),
  };
}

export async function createQuestion(db: Db, actor: Actor, eventId: string, raw: QuestionInput, now: Date) {
  return db.transaction(async (tx) => {
    await managedEvent(tx, actor, eventId);
    const others = await questionsOf(tx, eventId);
    if (others.length >= QUESTION_LIMITS.perEvent)
      throw fail({ label: 'registration.question.error.tooMany' });
    const [top] = await tx
      .select({ n: max(registrationQuestions.position) })
      .from(registrationQuestions)
      .where(eq(registrationQuestions.eventId, eventId));
    const position = raw.position ?? (top?.n ?? 0) + 1;
    const input = clean(raw);
    validate(input, others, null, position);
    const tr = nextTranslationState(
      null,
      [input.label, input.help, ...input.options.map((o) => o.label)],
      now,
    );
    const [row] = await tx
      .insert(registrationQuestions)
      .values({
        eventId,
        position,
        kind: input.kind,
        label: input.label,
        help: input.help,
        options: withValues(input.options, []),
        required: input.required,
        showIfQuestionId: input.showIfQuestionId,
        showIfValue: input.showIfValue,
        hidden: input.hidden,
        ...tr,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'registration_question',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

async function editable(tx: Db, actor: Actor, id: string): Promise<Question> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const [q] = await tx
    .select()
    .from(registrationQuestions)
    .where(eq(registrationQuestions.id, id))
    .for('update');
  if (!q) throw new AppError('not_found');
  await managedEvent(tx, actor, q.eventId);
  return q;
}

export const answerCount = async (db: Db, questionId: string) =>
  (
    await db
      .select({ n: count() })
      .from(registrationAnswers)
      .where(eq(registrationAnswers.questionId, questionId))
  )[0]?.n ?? 0;

export async function updateQuestion(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<QuestionInput>,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await editable(tx, actor, id);
    const merged: QuestionInput = {
      kind: before.kind,
      label: before.label,
      help: before.help,
      options: before.options,
      required: before.required,
      showIfQuestionId: before.showIfQuestionId,
      showIfValue: before.showIfValue,
      hidden: before.hidden,
      position: before.position,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    if (merged.kind !== before.kind && (await answerCount(tx, id)) > 0)
      throw fail({ kind: 'registration.question.error.kindAnswered' });
    const input = clean(merged);
    const others = (await questionsOf(tx, before.eventId)).filter((q) => q.id !== id);
    validate(input, others, id, input.position ?? before.position);
    // A later question asked only after this one must still come after it.
    if (others.some((q) => q.showIfQuestionId === id && q.position <= (input.position ?? before.position)))
      throw fail({ position: 'registration.question.error.dependentBefore' });
    const tr = nextTranslationState(
      {
        fields: [before.label, before.help, ...before.options.map((o) => o.label)],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [input.label, input.help, ...input.options.map((o) => o.label)],
      now,
    );
    const [after] = await tx
      .update(registrationQuestions)
      .set({
        kind: input.kind,
        label: input.label,
        help: input.help,
        options: withValues(input.options, before.options),
        required: input.required,
        showIfQuestionId: input.showIfQuestionId,
        showIfValue: input.showIfValue,
        hidden: input.hidden,
        position: input.position ?? before.position,
        ...tr,
        updatedAt: now,
      })
      .where(eq(registrationQuestions.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'registration_question',
      entityId: id,
      before,
      after,
    });
    return after!;
  });
}

/** Deletes a question nobody has answered; one with answers is hidden instead, keeping them. */
export async function deleteQuestion(db: Db, actor: Actor, id: string): Promise<{ eventId: string }> {
  return db.transaction(async (tx) => {
    const before = await editable(tx, actor, id);
    if ((await answerCount(tx, id)) > 0)
      throw new AppError('conflict', 'answered', undefined, { key: 'registration.question.error.answered' });
    const dependents = await tx
      .select({ id: registrationQuestions.id })
      .from(registrationQuestions)
      .where(and(eq(registrationQuestions.showIfQuestionId, id)));
    if (dependents.length)
      throw new AppError('conflict', 'dependents', undefined, {
        key: 'registration.question.error.hasDependents',
      });
    await tx.delete(registrationQuestions).where(eq(registrationQuestions.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'registration_question', entityId: id, before });
    return { eventId: before.eventId };
  });
}
