import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { CsvError, parseCsv, restoreCell } from '../directory/index.js';

/** A sign-in sheet of more rows than this is not a sheet of one event. */
export const MAX_SHEET_ROWS = 5_000;
/** About 40 times a full sheet of names, e-mails and ten day columns. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;

const EMAIL = new Set([
  'email',
  'e-mail',
  'e mail',
  'mail',
  '邮箱',
  '电子邮箱',
  '电子邮件',
  '邮件',
  '邮箱地址',
]);
const NAME = new Set(['name', 'full name', 'participant', '姓名', '名字', '学员', '参会人']);
const DAY = new Set(['day', 'date', '日期', '签到日期']);
const MARK = new Set([
  'present',
  'attended',
  'signed',
  'signed in',
  'check-in',
  '签到',
  '出席',
  '到场',
  '已签到',
]);

const PRESENT = new Set([
  '✓',
  '✔',
  '√',
  '☑',
  'x',
  '✗',
  '✘',
  '1',
  'yes',
  'y',
  'true',
  '是',
  '有',
  '到',
  '已到',
  '出席',
  '签到',
]);
const ABSENT = new Set(['', '0', 'no', 'n', 'false', '否', '无', '缺', '缺席', '未到', '-', '—', '–']);

export type Mark = 'present' | 'absent' | 'unreadable';

export function readMark(raw: string): Mark {
  const v = raw.normalize('NFKC').trim().toLowerCase();
  if (PRESENT.has(v)) return 'present';
  if (ABSENT.has(v)) return 'absent';
  return 'unreadable';
}

const norm = (h: string) => h.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A day written in a header or a cell: 2010-06-24, 2010/6/24, 2010年6月24日, 6月24日, 24/6 is not
 * guessed (day and month order differ between readers), "Day 2" / "第2天" is the event's second day.
 * Null when it is not a day at all; the string 'invalid' when it looks like one but is no date.
 */
export function readDay(raw: string, eventDays: string[]): string | null | 'invalid' {
  const v = raw.normalize('NFKC').trim().toLowerCase();
  const year = eventDays[0]?.slice(0, 4) ?? '';
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  const short = full ? null : /^(\d{1,2})月(\d{1,2})日?$/.exec(v);
  const nth = full || short ? null : /^(?:day ?(\d{1,3})|第(\d{1,3})天)$/.exec(v);
  if (nth) return eventDays[Number(nth[1] ?? nth[2]) - 1] ?? 'invalid';
  const parts = full ? [full[1]!, full[2]!, full[3]!] : short ? [year, short[1]!, short[2]!] : null;
  if (!parts) return null;
  const [y, m, d] = parts as [string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? 'invalid' : iso;
}

export interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  email: string;
  name: string;
  /** Days marked present (or the row's day, in a sheet with a day column). */
  days: string[];
  /** Days the sheet names that are not days of the event. */
  otherDays: string[];
  /** A cell that is neither a mark, nor empty, nor a date. */
  unreadable: string | null;
}

const sheetError = (key: MessageKey, params?: Record<string, string | number>) =>
  new AppError('validation', key, { sheet: key }, { key, ...(params ? { params } : {}) });

/** Reads a sign-in sheet: columns found by their header in English or Chinese, one row per person (or per person and day). */
export function readSignInSheet(text: string, eventDays: string[]): SheetRow[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw sheetError('reports.import.error.badCsv', { row: e.record });
    throw e;
  }
  const [header = [], ...body] = records;
  const heads = header.map(norm);
  const emailCol = heads.findIndex((h) => EMAIL.has(h));
  const nameCol = heads.findIndex((h) => NAME.has(h));
  const dayCol = heads.findIndex((h) => DAY.has(h));
  const markCol = heads.findIndex((h) => MARK.has(h));
  const dayCols: { col: number; day: string | 'invalid' }[] = [];
  heads.forEach((h, col) => {
    if (col === dayCol) return;
    const day = readDay(h, eventDays);
    if (day) dayCols.push({ col, day });
  });
  if (emailCol < 0 && nameCol < 0) throw sheetError('reports.import.error.noPerson');
  if (dayCol < 0 && !dayCols.length && eventDays.length > 1) throw sheetError('reports.import.error.noDay');
  const rows = body.filter((r) => r.some((f) => f.trim() !== ''));
  if (!rows.length) throw sheetError('reports.import.error.empty');
  if (rows.length > MAX_SHEET_ROWS) throw sheetError('reports.import.error.tooMany', { max: MAX_SHEET_ROWS });
  const cell = (r: string[], col: number) => (col < 0 ? '' : restoreCell(r[col] ?? '').trim());
  const out: SheetRow[] = [];
  body.forEach((r, i) => {
    if (!r.some((f) => f.trim() !== '')) return;
    const row: SheetRow = {
      row: i + 2,
      email: cell(r, emailCol).slice(0, 320),
      name: cell(r, nameCol).slice(0, 300),
      days: [],
      otherDays: [],
      unreadable: null,
    };
    const take = (day: string | 'invalid' | null, raw: string) => {
      if (day === null || day === 'invalid') row.unreadable ??= raw.slice(0, 100);
      else if (eventDays.includes(day)) row.days.push(day);
      else row.otherDays.push(day);
    };
    const mark = (raw: string) => {
      const m = readMark(raw);
      if (m === 'unreadable') row.unreadable ??= raw.slice(0, 100);
      return m === 'present';
    };
    if (dayCol >= 0) {
      const raw = cell(r, dayCol);
      const present = markCol < 0 || mark(cell(r, markCol));
      if (present && raw) take(readDay(raw, eventDays), raw);
      if (present && !raw && eventDays.length === 1) take(eventDays[0]!, raw);
    } else if (dayCols.length) {
      for (const { col, day } of dayCols) if (mark(cell(r, col))) take(day, heads[col] ?? '');
    } else if (markCol < 0 || mark(cell(r, markCol))) {
      take(eventDays[0]!, '');
    }
    out.push(row);
  });
  return out;
}
