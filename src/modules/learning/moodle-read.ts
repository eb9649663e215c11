import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import type { OptionDraft, QuestionDraft } from './bank-input.js';
import { htmlToMarkdown, htmlToPlain, plainToMarkdown } from './moodle-html.js';
import { bilingualOf, splitMultilang } from './moodle-text.js';
import type { QuestionType } from './schema.js';

/** One question read from a Moodle XML file, with what was left out of it or why it cannot be taken. */
export interface ReadQuestion {
  /** 1-based place among the file's questions (categories not counted). */
  position: number;
  name: string;
  draft: QuestionDraft | null;
  /** Why the question cannot be imported (an unsupported type). */
  refusal?: { key: MessageKey; params?: Record<string, string> };
  /** What was left out (images and other media). */
  notes: MessageKey[];
}

export const MAX_IMPORT_QUESTIONS = 1000;

type Node = Record<string, unknown>;
const ARRAYS = new Set(['question', 'answer', 'subquestion', 'tag']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const notMoodle = () =>
  new AppError(
    'validation',
    'not Moodle XML',
    { fields: { file: 'learning.moodle.error.notMoodle' } },
    {
      key: 'learning.moodle.error.notMoodle',
    },
  );

/** A file with more questions than one import takes: refused whole. */
export const tooMany = () => {
  const problem = { key: 'learning.moodle.error.tooMany' as const, params: { max: MAX_IMPORT_QUESTIONS } };
  return new AppError('validation', 'too many questions', { fields: { file: problem } }, problem);
};

const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number'
      ? String(v)
      : v && typeof v === 'object' && '#text' in v
        ? str((v as Node)['#text'])
        : '';
const textOf = (n: unknown): string => (n && typeof n === 'object' ? str((n as Node).text) : str(n));
const formatOf = (n: unknown): string =>
  (n && typeof n === 'object' ? str((n as Node)['@_format']) : '') || 'html';
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const yes = (v: unknown) => ['1', 'true', 'yes'].includes(str(v).trim().toLowerCase());

/** Rich text (question text, feedback) in both languages, as the bank's Markdown. */
function rich(n: unknown, notes: Set<MessageKey>): Bilingual {
  const raw = textOf(n);
  const format = formatOf(n);
  const split = splitMultilang(raw) ?? bilingualOf(raw);
  const one = (s: string): string => {
    if (!s) return '';
    if (format === 'markdown') return s.trim();
    if (format === 'plain_text' || (format === 'moodle_auto_format' && !/<[a-z]/i.test(s)))
      return plainToMarkdown(s);
    const c = htmlToMarkdown(s);
    if (c.droppedMedia) notes.add('learning.moodle.note.media');
    return c.text;
  };
  return { en: one(split.en), zh: one(split.zh) };
}

/** Short text (an option, a matching item or answer) in both languages, as plain text. */
function plain(raw: string, notes: Set<MessageKey>): Bilingual {
  const split = splitMultilang(raw) ?? bilingualOf(raw);
  const one = (s: string) => {
    const c = htmlToPlain(s);
    if (c.droppedMedia) notes.add('learning.moodle.note.media');
    return c.text;
  };
  return { en: one(split.en), zh: one(split.zh) };
}

const TYPES: Record<string, true> = { multichoice: true, truefalse: true, matching: true, numerical: true };

/** The category path the bank keeps: Moodle's context prefix and its `top` level taken off. */
export function categoryOf(path: string): string {
  return path
    .replace(/^\$[a-z0-9]+\$\/?/i, '')
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean)
    .filter((p, i) => !(i === 0 && p.toLowerCase() === 'top'))
    .join('/');
}

function answersOf(q: Node, type: QuestionType, notes: Set<MessageKey>): OptionDraft[] {
  if (type === 'matching')
    return list(q.subquestion).map((s) => ({
      text: plain(textOf(s), notes),
      match: plain(textOf(list(s.answer)[0]), notes),
    }));
  return list(q.answer).map((a): OptionDraft => {
    const fraction = str(a['@_fraction']) || '0';
    const feedback = rich(a.feedback, notes);
    if (type === 'numeric') {
      const v = textOf(a).trim();
      return { value: v === '*' ? null : v, tolerance: str(a.tolerance) || '0', fraction, feedback };
    }
    if (type === 'truefalse')
      return { value: textOf(a).trim().toLowerCase() === 'true' ? 1 : 0, fraction, feedback };
    return { text: plain(textOf(a), notes), fraction, feedback };
  });
}

/**
 * Reads a Moodle XML question file (as Moodle 3.x and 4.x export it). A file that is not Moodle
 * XML — checked by its content, not its name — is refused whole.
 */
export function readMoodleXml(xml: string): ReadQuestion[] {
  const source = xml.replace(/^\uFEFF/, '');
  // Moodle never writes a document type; one could only be there to define entities.
  if (/<!DOCTYPE|<!ENTITY/i.test(source) || XMLValidator.validate(source) !== true) throw notMoodle();
  let doc: Node;
  try {
    doc = parser.parse(source) as Node;
  } catch {
    throw notMoodle();
  }
  const quiz = doc.quiz;
  if (quiz === undefined || (quiz !== '' && typeof quiz !== 'object')) throw notMoodle();
  const all = list((quiz as Node).question);
  if (all.filter((q) => str(q['@_type']) !== 'category').length > MAX_IMPORT_QUESTIONS) throw tooMany();
  let category = '';
  let position = 0;
  const out: ReadQuestion[] = [];
  for (const q of all) {
    const mtype = str(q['@_type']);
    if (mtype === 'category') {
      category = categoryOf(textOf(q.category));
      continue;
    }
    position++;
    const notes = new Set<MessageKey>();
    const name = plain(textOf(q.name), notes);
    const shown = name.en || name.zh;
    if (!TYPES[mtype]) {
      out.push({
        position,
        name: shown,
        draft: null,
        refusal: { key: 'learning.moodle.error.type', params: { type: mtype || '?' } },
        notes: [],
      });
      continue;
    }
    const type: QuestionType =
      mtype === 'multichoice'
        ? yes(q.single)
          ? 'single'
          : 'multiple'
        : mtype === 'numerical'
          ? 'numeric'
          : (mtype as QuestionType);
    const draft: QuestionDraft = {
      type,
      name: shown,
      idNumber: str(q.idnumber).trim() || null,
      category,
      text: rich(q.questiontext, notes),
      generalFeedback: rich(q.generalfeedback, notes),
      tags: list((q.tags as Node | undefined)?.tag).map((t) => textOf(t)),
      defaultMark: str(q.defaultgrade) || '1',
      shuffle: q.shuffleanswers === undefined ? true : yes(q.shuffleanswers),
      options: answersOf(q, type, notes),
    };
    out.push({ position, name: shown, draft, notes: [...notes] });
  }
  return out;
}
