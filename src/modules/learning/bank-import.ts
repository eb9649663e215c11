import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { FieldProblem } from '../../lib/field-errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { recordAudit } from '../audit/index.js';
import { assertBankEditor } from './bank-access.js';
import { cleanQuestion } from './bank-input.js';
import { writeQuestion } from './bank-save.js';
import type { ReadQuestion } from './moodle-read.js';
import { questions } from './schema.js';

export interface ImportProblem {
  /** The question's place in the file (1-based) and its name. */
  position: number;
  name: string;
  /** The field at fault ('' for the question as a whole) and what is wrong with it. */
  problems: { field: string; problem: FieldProblem }[];
}

export interface ImportReport {
  created: number;
  updated: number;
  /** Questions left out, each with its reasons. */
  skipped: ImportProblem[];
  /** Questions imported with something left out (images and other media). */
  notes: { position: number; name: string; notes: MessageKey[] }[];
}

/**
 * Imports questions read from a file. Each is checked as an editor's would be; one with problems
 * is left out and reported, the others are saved. A question whose ID number is already in the bank
 * replaces it as a new version (a corrected file can be imported again), others are added.
 */
export async function importQuestions(
  db: Db,
  actor: Actor | null,
  read: ReadQuestion[],
  format: 'moodle' | 'csv',
  now: Date,
): Promise<ImportReport> {
  const editor = assertBankEditor(actor);
  const report: ImportReport = { created: 0, updated: 0, skipped: [], notes: [] };
  await db.transaction(async (tx) => {
    for (const r of read) {
      if (!r.draft) {
        report.skipped.push({
          position: r.position,
          name: r.name,
          problems: [{ field: '', problem: r.refusal ?? 'form.invalid' }],
        });
        continue;
      }
      const { question, errors } = cleanQuestion(r.draft);
      let existing: string | null = null;
      if (question.idNumber) {
        const [row] = await tx
          .select({ id: questions.id })
          .from(questions)
          .where(eq(questions.idNumber, question.idNumber))
          .for('update');
        existing = row?.id ?? null;
      }
      if (Object.keys(errors).length) {
        report.skipped.push({
          position: r.position,
          name: r.name || question.name,
          problems: Object.entries(errors).map(([field, problem]) => ({ field, problem })),
        });
        continue;
      }
      await writeQuestion(tx, editor, existing, question, now);
      if (existing) report.updated++;
      else report.created++;
      if (r.notes.length) report.notes.push({ position: r.position, name: question.name, notes: r.notes });
    }
    await recordAudit(tx, editor, {
      action: 'import',
      entity: 'question_bank',
      after: { format, created: report.created, updated: report.updated, skipped: report.skipped.length },
    });
  });
  return report;
}
