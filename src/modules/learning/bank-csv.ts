import { AppError } from '../../lib/errors.js';
import { CsvError, type CsvValue, readCsvRecords, writeCsv } from '../directory/index.js';
import type { CleanQuestion, OptionDraft, QuestionDraft } from './bank-input.js';
import { MAX_IMPORT_QUESTIONS, type ReadQuestion, tooMany } from './moodle-read.js';

/**
 * The bank's CSV layout, one row per question followed by one row per option (README, "Question
 * bank CSV"). Rows with the same `question` key belong together; the row that names a `type` is
 * the question, the others its options in order.
 */
export const CSV_COLUMNS = [
  'question',
  'type',
  'name',
  'idnumber',
  'category',
  'tags',
  'mark',
  'shuffle',
  'text_en',
  'text_zh',
  'match_en',
  'match_zh',
  'value',
  'tolerance',
  'fraction',
  'feedback_en',
  'feedback_zh',
] as const;

const notCsv = () =>
  new AppError(
    'validation',
    'not bank CSV',
    { fields: { file: 'learning.csv.error.notCsv' } },
    {
      key: 'learning.csv.error.notCsv',
    },
  );

export function writeBankCsv(questions: CleanQuestion[]): string {
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  questions.forEach((q, i) => {
    const key = `Q${i + 1}`;
    rows.push([
      key,
      q.type,
      q.name,
      q.idNumber ?? '',
      q.category,
      q.tags.join('; '),
      q.defaultMark,
      q.shuffle ? 'yes' : 'no',
      q.text.en,
      q.text.zh,
      '',
      '',
      '',
      '',
      '',
      q.generalFeedback.en,
      q.generalFeedback.zh,
    ]);
    for (const o of q.options)
      rows.push([
        key,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        o.text.en,
        o.text.zh,
        o.match.en,
        o.match.zh,
        o.value ?? (q.type === 'numeric' ? '*' : ''),
        o.tolerance ?? '',
        o.fraction,
        o.feedback.en,
        o.feedback.zh,
      ]);
  });
  return writeCsv(rows);
}

const YES = new Set(['yes', 'y', 'true', '1', '是']);

/** Reads the bank's CSV layout; a file without its columns is refused whole. */
export function readBankCsv(csv: string): ReadQuestion[] {
  let parsed: ReturnType<typeof readCsvRecords>;
  try {
    parsed = readCsvRecords(csv);
  } catch (e) {
    if (e instanceof CsvError) throw notCsv();
    throw e;
  }
  if (!['question', 'type', 'text_en', 'text_zh'].every((c) => parsed.headers.includes(c))) throw notCsv();
  const out: ReadQuestion[] = [];
  const byKey = new Map<string, QuestionDraft>();
  for (const { values: v } of parsed.records) {
    const key = (v.question ?? '').trim();
    if (v.type?.trim()) {
      if (out.length >= MAX_IMPORT_QUESTIONS) throw tooMany();
      const draft: QuestionDraft = {
        type: v.type.trim().toLowerCase(),
        name: v.name ?? '',
        idNumber: v.idnumber ?? '',
        category: v.category ?? '',
        tags: (v.tags ?? '').split(/[;；]/),
        defaultMark: v.mark ?? '',
        shuffle:
          v.shuffle === undefined || v.shuffle.trim() === '' || YES.has(v.shuffle.trim().toLowerCase()),
        text: { en: v.text_en ?? '', zh: v.text_zh ?? '' },
        generalFeedback: { en: v.feedback_en ?? '', zh: v.feedback_zh ?? '' },
        options: [],
      };
      byKey.set(key, draft);
      out.push({ position: out.length + 1, name: draft.name || key, draft, notes: [] });
      continue;
    }
    const q = byKey.get(key);
    if (!q) continue;
    const value = (v.value ?? '').trim();
    const option: OptionDraft = {
      text: { en: v.text_en ?? '', zh: v.text_zh ?? '' },
      match: { en: v.match_en ?? '', zh: v.match_zh ?? '' },
      value: value === '*' ? null : value,
      tolerance: v.tolerance ?? '',
      fraction: v.fraction ?? '',
      feedback: { en: v.feedback_en ?? '', zh: v.feedback_zh ?? '' },
    };
    q.options!.push(option);
  }
  if (!out.length && parsed.records.length) throw notCsv();
  return out;
}
