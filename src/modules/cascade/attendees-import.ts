import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { fieldProblemsOf } from '../../lib/field-errors.js';
import type { MessageKey, Params } from '../../lib/messages.js';
import { recordAudit } from '../audit/index.js';
import { MIIT_SECTORS } from '../directory/index.js';
import { readSheetTable, type SheetTable } from '../reports/index.js';
import { managedSession } from './attendees-access.js';
import { attendeeInput, attendeeRecord } from './attendees-input.js';
import { insertAttendee, listAttendees } from './attendees-save.js';
import { checkEvidence, type EvidenceUpload, storeEvidence } from './evidence-save.js';

/** Header words, in English and Chinese, by the attendee field they fill. */
const HEADERS: Record<string, string[]> = {
  name: ['name', 'full name', '姓名', '名字'],
  organisation: [
    'organisation',
    'organization',
    'company',
    'unit',
    '单位',
    '工作单位',
    '单位名称',
    '企业',
    '企业名称',
    '机构',
  ],
  organisationCode: ['credit code', 'unified social credit code', 'uscc', '统一社会信用代码', '信用代码'],
  sector: ['sector', 'industry', '行业', '所属行业'],
  phone: [
    'phone',
    'mobile',
    'mobile phone',
    'telephone',
    'tel',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
  ],
  email: ['email', 'e-mail', 'mail', '邮箱', '电子邮箱', '电子邮件'],
  contact: ['phone or e-mail', 'phone/e-mail', 'contact', '电话或邮箱', '联系方式', '电话/邮箱'],
  sex: ['sex', 'gender', '性别'],
};

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** A header cell's field; a bilingual header ("Name / 姓名", as the printed sheet has) counts by either half. */
function fieldOf(header: string): string | null {
  const parts = [norm(header), ...norm(header).split(/\s*[/|\n]\s*/)];
  for (const [field, words] of Object.entries(HEADERS))
    if (parts.some((p) => words.includes(p))) return field;
  return null;
}

const SECTOR_BY_WORD = new Map<string, string>(
  MIIT_SECTORS.flatMap((s) =>
    [s.code, s.label.en, s.label.zh].map((w) => [norm(w), s.code] as [string, string]),
  ),
);
const sexOf = (v: string) =>
  /^(f|female|woman|女)$/.test(norm(v)) ? 'female' : /^(m|male|man|男)$/.test(norm(v)) ? 'male' : '';

export type RowOutcome = 'added' | 'duplicate' | 'repeated' | 'invalid';
export interface ImportedRow {
  row: number;
  name: string;
  outcome: RowOutcome;
  /** Why the row was not added, in the importer's language. */
  problems: string[];
}

/** How refusals reach the importer's language without the domain knowing the web layer. */
export interface ImportLanguage {
  t: (key: MessageKey, params?: Params) => string;
  errorMap: (issue: z.core.$ZodRawIssue) => string;
}

function rowInput(table: SheetTable, cells: string[]) {
  const out: Record<string, string> = {};
  table.header.forEach((h, i) => {
    const field = fieldOf(h);
    const v = cells[i] ?? '';
    if (!field || !v) return;
    if (field === 'contact') out[v.includes('@') ? 'email' : 'phone'] ??= v;
    else if (field === 'sector') out.sector = SECTOR_BY_WORD.get(norm(v)) ?? v;
    else if (field === 'sex') out.sex = sexOf(v);
    else out[field] ??= v;
  });
  return out;
}

/**
 * Adds a typed-up sign-in sheet's people to a session's attendees, row by row: a row with a
 * problem is reported (in the importer's language) and skipped, a person already in the session
 * or earlier in the sheet is reported and not added again. The scan of the paper sheet, when
 * given, is checked first and kept as evidence (kind `sheet`); a refused scan or sheet writes nothing.
 */
export async function importAttendees(
  db: Db,
  actor: Actor,
  eventId: string,
  sheet: Uint8Array,
  scan: EvidenceUpload | null,
  lang: ImportLanguage,
): Promise<ImportedRow[]> {
  await managedSession(db, actor, eventId);
  const table = readSheetTable(sheet);
  const fields = new Set(table.header.map(fieldOf));
  if (!fields.has('name') || !(fields.has('phone') || fields.has('email') || fields.has('contact')))
    throw new AppError('validation', 'no columns', undefined, { key: 'cascade.import.noColumns' });
  if (scan) await checkEvidence(scan);
  return db.transaction(async (tx) => {
    const session = await managedSession(tx, actor, eventId);
    const seen = new Map((await listAttendees(tx, session.id)).map((a) => [a.personKey, 0]));
    const report: ImportedRow[] = [];
    for (const { row, cells } of table.rows) {
      const raw = rowInput(table, cells);
      const out: ImportedRow = { row, name: raw.name ?? '', outcome: 'invalid', problems: [] };
      report.push(out);
      const parsed = attendeeInput.safeParse(raw, { error: lang.errorMap });
      if (!parsed.success) {
        out.problems = parsed.error.issues.map((i) => i.message);
        continue;
      }
      let key: string;
      try {
        key = attendeeRecord(parsed.data, session.cityId).personKey;
      } catch (e) {
        const problems = fieldProblemsOf(e);
        if (!problems) throw e;
        out.problems = Object.values(problems).map((p) => (typeof p === 'string' ? lang.t(p) : ''));
        continue;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        out.outcome = earlier ? 'repeated' : 'duplicate';
        out.problems = [
          earlier ? lang.t('cascade.import.repeated', { row: earlier }) : lang.t('cascade.import.duplicate'),
        ];
        continue;
      }
      seen.set(key, row);
      const added = await insertAttendee(tx, session, parsed.data, {
        source: 'import',
        lang: session.lang,
        by: actor.id,
      });
      out.outcome = added ? 'added' : 'duplicate';
      if (!added) out.problems = [lang.t('cascade.import.duplicate')];
    }
    if (scan) await storeEvidence(tx, actor, session.id, { ...scan, kind: 'sheet' });
    const counts: Record<string, number> = {};
    for (const r of report) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'session_attendee',
      entityId: session.id,
      after: { rows: report.length, outcomes: counts },
    });
    return report;
  });
}
