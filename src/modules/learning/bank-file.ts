import { readBankCsv } from './bank-csv.js';
import { type ReadQuestion, readMoodleXml } from './moodle-read.js';

/**
 * Reads an uploaded question file by what it holds, not its name: markup is read as Moodle XML
 * (and refused whole if it is not), anything else as the bank's CSV layout.
 */
export function readQuestionFile(text: string): { read: ReadQuestion[]; format: 'moodle' | 'csv' } {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return { read: readMoodleXml(body), format: 'moodle' };
  return { read: readBankCsv(body), format: 'csv' };
}
