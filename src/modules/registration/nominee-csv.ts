import type { Lang } from '../../lib/bilingual.js';
import type { Translator } from '../../web/i18n/index.js';
import type { RowError } from '../directory/index.js';
import { CsvError, readCsvRecords } from '../directory/index.js';
import { cleanNominee, MAX_INVITATIONS, type Nominee, nomineeErrors } from './invitations.js';

/** Column names accepted for each field, in English and Chinese. */
const COLUMNS = {
  name: ['name', 'full name', '姓名', '名字'],
  email: ['email', 'e-mail', 'email address', '电子邮件', '电子邮箱', '邮箱'],
  organisation: ['organisation', 'organization', 'agency', '单位', '工作单位', '机构'],
  lang: ['lang', 'language', '语言'],
} as const;

const LANG_WORDS: Record<string, Lang> = {
  en: 'en',
  english: 'en',
  英文: 'en',
  英语: 'en',
  zh: 'zh',
  chinese: 'zh',
  中文: 'zh',
};

/**
 * Reads a nomination list (a CSV with name, e-mail and organisation columns; an optional language
 * column) into nominees, or the problems of each row, numbered as a spreadsheet numbers them.
 */
export function readNominees(
  csv: string,
  fallbackLang: Lang,
  t: Translator,
): { nominees: (Nominee & { row: number })[]; errors: RowError[] } {
  let parsed: ReturnType<typeof readCsvRecords>;
  try {
    parsed = readCsvRecords(csv.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof CsvError)
      return {
        nominees: [],
        errors: [{ row: e.record, column: '', message: t('directory.import.badCsv', { row: e.record }) }],
      };
    throw e;
  }
  const column = (field: keyof typeof COLUMNS) =>
    parsed.headers.find((h) => (COLUMNS[field] as readonly string[]).includes(h));
  const cols = {
    name: column('name'),
    email: column('email'),
    organisation: column('organisation'),
    lang: column('lang'),
  };
  const missing = (['name', 'email'] as const).filter((f) => !cols[f]);
  if (missing.length)
    return {
      nominees: [],
      errors: [
        {
          row: 1,
          column: '',
          message: t('directory.import.missingColumns', { columns: missing.join(', ') }),
        },
      ],
    };
  if (!parsed.records.length)
    return { nominees: [], errors: [{ row: 1, column: '', message: t('directory.import.empty') }] };
  if (parsed.records.length > MAX_INVITATIONS)
    return {
      nominees: [],
      errors: [{ row: 1, column: '', message: t('registration.invite.error.tooMany') }],
    };
  const nominees: (Nominee & { row: number })[] = [];
  const errors: RowError[] = [];
  for (const r of parsed.records) {
    const get = (c: string | undefined) => (c ? (r.values[c] ?? '') : '');
    const lang = LANG_WORDS[get(cols.lang).trim().toLowerCase()] ?? fallbackLang;
    const n = cleanNominee({
      name: get(cols.name),
      email: get(cols.email),
      organisation: get(cols.organisation),
      lang,
    });
    const problems = nomineeErrors(n);
    for (const [field, key] of Object.entries(problems)) {
      errors.push({ row: r.row, column: cols[field as 'name'] ?? field, message: t(key as 'form.required') });
    }
    if (!Object.keys(problems).length) nominees.push({ ...n, row: r.row });
  }
  return { nominees, errors };
}
