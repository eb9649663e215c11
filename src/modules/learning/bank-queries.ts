import { and, asc, count, desc, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { CleanOption, CleanQuestion } from './bank-input.js';
import { attemptQuestions, type QuestionType, questionOptions, questions, quizQuestions } from './schema.js';

export interface BankOption extends CleanOption {
  id: string;
  position: number;
}

/** A question of the bank with its options in order. */
export interface BankQuestion extends Omit<CleanQuestion, 'options'> {
  id: string;
  version: number;
  hidden: boolean;
  updatedAt: Date;
  options: BankOption[];
}

const questionColumns = {
  id: questions.id,
  type: questions.type,
  name: questions.name,
  idNumber: questions.idNumber,
  category: questions.category,
  text: questions.text,
  generalFeedback: questions.generalFeedback,
  tags: questions.tags,
  defaultMark: questions.defaultMark,
  shuffle: questions.shuffle,
  version: questions.version,
  hidden: questions.hidden,
  updatedAt: questions.updatedAt,
};

/** Questions with their options, in the order of `ids` (ids that name nothing are left out). */
export async function questionsWithOptions(db: Db, ids: string[]): Promise<BankQuestion[]> {
  if (!ids.length) return [];
  const rows = await db.select(questionColumns).from(questions).where(inArray(questions.id, ids));
  const opts = await db
    .select()
    .from(questionOptions)
    .where(inArray(questionOptions.questionId, ids))
    .orderBy(asc(questionOptions.position));
  const byId = new Map(rows.map((r) => [r.id, { ...r, options: [] as BankOption[] }]));
  for (const o of opts) {
    byId.get(o.questionId)?.options.push({
      id: o.id,
      position: o.position,
      text: o.text,
      match: o.match,
      value: o.value,
      tolerance: o.tolerance,
      fraction: o.fraction,
      feedback: o.feedback,
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getQuestion(db: Db, id: string): Promise<BankQuestion | null> {
  return (await questionsWithOptions(db, [id]))[0] ?? null;
}

export interface BankFilter {
  type?: QuestionType;
  tag?: string;
  category?: string;
  /** Words of the text, name or ID number, in either language. */
  q?: string;
  /** Hidden questions are listed only when asked for. */
  hidden?: boolean;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function where(f: BankFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(questions.hidden, f.hidden === true)];
  if (f.type) parts.push(eq(questions.type, f.type));
  if (f.tag) parts.push(sql`${questions.tags} @> array[${f.tag}]::text[]`);
  if (f.category)
    parts.push(
      or(
        eq(questions.category, f.category),
        sql`${questions.category} like ${`${escapeLike(f.category)}/%`}`,
      ),
    );
  if (f.q) {
    const p = `%${escapeLike(f.q)}%`;
    parts.push(
      or(
        sql`${questions.text}->>'en' ilike ${p}`,
        sql`${questions.text}->>'zh' ilike ${p}`,
        sql`${questions.name} ilike ${p}`,
        sql`${questions.idNumber} ilike ${p}`,
      ),
    );
  }
  return and(...parts);
}

export interface BankRow {
  id: string;
  type: QuestionType;
  name: string;
  idNumber: string | null;
  category: string;
  tags: string[];
  version: number;
  hidden: boolean;
  /** Whether an attempt has used it: it can then be hidden, never deleted. */
  used: boolean;
}

export async function listBank(
  db: Db,
  f: BankFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: BankRow[]; total: number }> {
  const used = exists(
    db.select({ one: sql`1` }).from(attemptQuestions).where(eq(attemptQuestions.questionId, questions.id)),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: questions.id,
        type: questions.type,
        name: questions.name,
        idNumber: questions.idNumber,
        category: questions.category,
        tags: questions.tags,
        version: questions.version,
        hidden: questions.hidden,
        used: sql<boolean>`${used}`,
      })
      .from(questions)
      .where(where(f))
      .orderBy(asc(questions.category), desc(questions.updatedAt), asc(questions.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(questions).where(where(f)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Every question matching the filter, with options, in the bank's order (for an export). */
export async function bankForExport(db: Db, f: BankFilter): Promise<BankQuestion[]> {
  const ids = await db
    .select({ id: questions.id })
    .from(questions)
    .where(where(f))
    .orderBy(asc(questions.category), asc(questions.createdAt), asc(questions.id));
  return questionsWithOptions(
    db,
    ids.map((r) => r.id),
  );
}

/** The tags in use, with how many visible questions carry each, most used first. */
export async function bankTags(db: Db): Promise<{ tag: string; count: number }[]> {
  const result = await db.execute(
    sql`select tag, count(*)::int as n from ${questions}, unnest(${questions.tags}) as tag where not ${questions.hidden} group by tag order by count(*) desc, tag`,
  );
  return (result as unknown as { rows: { tag: string; n: number }[] }).rows.map((r) => ({
    tag: r.tag,
    count: Number(r.n),
  }));
}

export async function bankCategories(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ category: questions.category })
    .from(questions)
    .orderBy(asc(questions.category));
  return rows.map((r) => r.category).filter(Boolean);
}

/** Whether any attempt or quiz uses the question (then it is hidden rather than deleted). */
export async function questionInUse(db: Db, id: string): Promise<boolean> {
  const [a] = await db
    .select({ n: count() })
    .from(attemptQuestions)
    .where(eq(attemptQuestions.questionId, id));
  const [q] = await db.select({ n: count() }).from(quizQuestions).where(eq(quizQuestions.questionId, id));
  return (a?.n ?? 0) > 0 || (q?.n ?? 0) > 0;
}
