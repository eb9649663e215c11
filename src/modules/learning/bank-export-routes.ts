import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { writeBankCsv } from './bank-csv.js';
import { cleanQuestion } from './bank-input.js';
import { bankForExport } from './bank-queries.js';
import { bankFilterOf } from './bank-routes.js';
import { writeMoodleXml } from './moodle-write.js';
import { bankPath } from './views/bank-parts.js';

/** The questions a filter selects, as stored (each cleaned again, as an import would). */
export async function exportedQuestions(c: Context<AppEnv>) {
  const bank = await bankForExport(c.get('app').database.db, bankFilterOf(c));
  return bank.map((q) => cleanQuestion(q).question);
}

const download = (c: Context<AppEnv>, body: string, type: string, name: string) =>
  c.body(body, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
  });

/** The bank (or the part the list's filter shows) as Moodle XML or the bank's CSV layout. */
export function registerBankExportPages(pages: Hono<AppEnv>) {
  pages.get(bankPath.exportXml, async (c) =>
    download(
      c,
      writeMoodleXml(await exportedQuestions(c)),
      'application/xml; charset=utf-8',
      'question-bank.xml',
    ),
  );
  pages.get(bankPath.exportCsv, async (c) =>
    download(c, writeBankCsv(await exportedQuestions(c)), 'text/csv; charset=utf-8', 'question-bank.csv'),
  );
}
