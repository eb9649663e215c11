/**
 * Importing rights from CSV (the directory's RFC 4180 reader; a leading BOM, English or Chinese headers).
 * Every row is checked first, with the same rules as the form; if any row is wrong, nothing is written and
 * every problem is listed by row and column. Otherwise all rows are written in one transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../web/i18n/index.js';
import { users } from '../accounts/schema.js';
import {
  CsvError,
  type ImportLanguage,
  importRejected,
  type RowError,
  readCsvRecords,
} from '../directory/index.js';
import { organisations } from '../directory/schema.js';
import { editScope } from './access.js';
import { factsFor, problemsOf } from './compute.js';
import { columnOf } from './csv-columns.js';
import { csvValue } from './csv-values.js';
import { writePlanned } from './csv-write.js';
import { type RightInput, rightInput } from './input.js';
import { rightType } from './kinds.js';
import { ipRights } from './schema.js';

export const MAX_IMPORT_ROWS = 10_000;

export interface PlannedRight {
  row: number;
  id: string | null;
  input: RightInput;
  label: string;
}

export interface RightsPlan {
  rows: PlannedRight[];
  errors: RowError[];
}

export type ImportLang = ImportLanguage & { lang: Lang };

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) target[head] = value;
  else target[head] = { ...((target[head] as object) ?? {}), [tail]: value };
}

function records(text: string, lang: ImportLang) {
  let parsed: ReturnType<typeof readCsvRecords>;
  try {
    parsed = readCsvRecords(text);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    throw importRejected([
      { row: e.record, column: '', message: lang.t('directory.import.badCsv', { row: e.record }) },
    ]);
  }
  const known = parsed.headers.filter((h) => columnOf(h));
  const needs = ['jurisdiction', 'right', 'title.en'].filter(
    (p) => !known.some((h) => columnOf(h)!.path === p),
  );
  if (needs.includes('title.en') && known.some((h) => columnOf(h)!.path === 'title.zh'))
    needs.splice(needs.indexOf('title.en'), 1);
  if (needs.length) {
    throw importRejected([{ row: 1, column: '', message: lang.t('ip.import.missingColumns') }]);
  }
  if (!parsed.records.length)
    throw importRejected([{ row: 1, column: '', message: lang.t('directory.import.empty') }]);
  if (parsed.records.length > MAX_IMPORT_ROWS) {
    throw importRejected([
      { row: 1, column: '', message: lang.t('directory.import.tooMany', { max: MAX_IMPORT_ROWS }) },
    ]);
  }
  return parsed.records;
}

/** Checks every row and says what importing would do. Writes nothing. */
export async function planRightsImport(
  db: Db,
  organisationId: string,
  text: string,
  lang: ImportLang,
  today: string,
): Promise<RightsPlan> {
  const rows = records(text, lang);
  const [existing, people] = await Promise.all([
    db
      .select({
        id: ipRights.id,
        jurisdiction: ipRights.jurisdiction,
        right: ipRights.rightKind,
        number: ipRights.applicationNumber,
      })
      .from(ipRights)
      .where(eq(ipRights.organisationId, organisationId)),
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.active, true))),
  ]);
  const ids = new Set(existing.map((r) => r.id));
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));
  const numbers = new Map(
    existing
      .filter((r) => r.number)
      .map((r) => [`${r.jurisdiction}|${r.right}|${r.number.toLowerCase()}`, { id: r.id, row: 0 }]),
  );
  const seenIds = new Set<string>();
  const plan: RightsPlan = { rows: [], errors: [] };
  for (const { row, values } of rows) {
    const errors: RowError[] = [];
    const headerFor = new Map<string, string>();
    const raw: Record<string, unknown> = {};
    let id: string | null = null;
    for (const [header, cell] of Object.entries(values)) {
      const col = columnOf(header);
      if (!col || col.exportOnly) continue;
      headerFor.set(col.path, header);
      const v = csvValue(col.path, cell, { byEmail });
      if ('error' in v) errors.push({ row, column: header, message: lang.t(v.error as MessageKey) });
      else if (col.path === 'id') id = (v.value as string) || null;
      else if (v.value !== undefined) setPath(raw, col.path, v.value);
    }
    const column = (path: string) => headerFor.get(path) ?? headerFor.get(path.split('.')[0]!) ?? path;
    if (id && !ids.has(id))
      errors.push({ row, column: column('id'), message: lang.t('ip.import.unknownId') });
    if (id && seenIds.has(id))
      errors.push({ row, column: column('id'), message: lang.t('directory.error.repeatedRow') });
    if (id) seenIds.add(id);
    const parsed = rightInput.safeParse(raw, { error: lang.errorMap });
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const col = column(issue.path.join('.'));
        if (seen.has(col)) continue;
        seen.add(col);
        errors.push({ row, column: col, message: lang.t(issue.message as MessageKey) });
      }
    } else {
      const input = parsed.data;
      const type = rightType(input.jurisdiction, input.right);
      if (!type) errors.push({ row, column: column('right'), message: lang.t('ip.error.unsupported') });
      else {
        const facts = factsFor(type, input);
        for (const p of problemsOf(type, { ...facts, status: input.status }, today)) {
          errors.push({
            row,
            column: column(p.field),
            message: p.reason?.[lang.lang] ?? lang.t(p.key as MessageKey),
          });
        }
        const numberKey = input.applicationNumber
          ? `${type.jurisdiction}|${type.right}|${input.applicationNumber.toLowerCase()}`
          : '';
        const clash = numberKey ? numbers.get(numberKey) : undefined;
        if (clash && clash.id !== id) {
          const message = clash.row
            ? lang.t('ip.import.repeatedNumber', { row: clash.row })
            : lang.t('ip.import.existingNumber');
          errors.push({ row, column: column('applicationNumber'), message });
        } else if (numberKey) numbers.set(numberKey, { id: id ?? `row-${row}`, row });
        if (!errors.length)
          plan.rows.push({
            row,
            id,
            input: { ...input, jurisdiction: type.jurisdiction, right: type.right },
            label: input.title.en || input.title.zh,
          });
      }
    }
    plan.errors.push(...errors);
  }
  return plan;
}

/** The plan written in one transaction: every row, or none. */
export async function importRights(
  db: Db,
  actor: Actor,
  organisationId: string,
  text: string,
  lang: ImportLang,
  now: Date,
  today: string,
): Promise<{ added: number; updated: number }> {
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), editScope(actor, organisations.id)));
    if (!org) throw new AppError('forbidden', 'register');
    const plan = await planRightsImport(tx, organisationId, text, lang, today);
    if (plan.errors.length) throw importRejected(plan.errors);
    return writePlanned(tx, actor, organisationId, plan.rows, now, today);
  });
}
