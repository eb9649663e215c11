import { XMLBuilder } from 'fast-xml-parser';
import type { Bilingual } from '../../lib/bilingual.js';
import { renderMarkdown } from '../library/index.js';
import type { CleanOption, CleanQuestion } from './bank-input.js';
import { escapeHtml } from './moodle-html.js';
import { multilangSpans } from './moodle-text.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '#cdata',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
});

/** Markdown of both languages as Moodle HTML in multilang spans. */
const richHtml = (b: Bilingual) =>
  multilangSpans({
    en: b.en ? renderMarkdown(b.en).html.trim() : '',
    zh: b.zh ? renderMarkdown(b.zh).html.trim() : '',
  });
const plainHtml = (b: Bilingual) => multilangSpans({ en: escapeHtml(b.en), zh: escapeHtml(b.zh) });

const cdata = (s: string) => (s ? { '#cdata': s } : '');
const htmlText = (html: string) => ({ '@_format': 'html', text: cdata(html) });
const number = (n: number) => String(Math.round(n * 1e5) / 1e5);

const MOODLE_TYPE = {
  single: 'multichoice',
  multiple: 'multichoice',
  truefalse: 'truefalse',
  matching: 'matching',
  numeric: 'numerical',
} as const;

function answers(q: CleanQuestion) {
  const feedback = (o: CleanOption) => htmlText(richHtml(o.feedback));
  switch (q.type) {
    case 'matching':
      return {
        subquestion: q.options.map((o) => ({
          '@_format': 'html',
          text: cdata(plainHtml(o.text)),
          answer: { text: cdata(plainHtml(o.match)) },
        })),
      };
    case 'numeric':
      return {
        answer: q.options.map((o) => ({
          '@_fraction': number(o.fraction),
          '@_format': 'moodle_auto_format',
          text: o.value === null ? '*' : String(o.value),
          feedback: feedback(o),
          tolerance: number(o.tolerance ?? 0),
        })),
      };
    case 'truefalse':
      return {
        answer: [...q.options]
          .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
          .map((o) => ({
            '@_fraction': number(o.fraction),
            '@_format': 'moodle_auto_format',
            text: o.value === 1 ? 'true' : 'false',
            feedback: feedback(o),
          })),
      };
    default:
      return {
        answer: q.options.map((o) => ({
          '@_fraction': number(o.fraction),
          '@_format': 'html',
          text: cdata(plainHtml(o.text)),
          feedback: feedback(o),
        })),
      };
  }
}

function question(q: CleanQuestion) {
  const choice = q.type === 'single' || q.type === 'multiple';
  return {
    '@_type': MOODLE_TYPE[q.type],
    name: { text: q.name },
    questiontext: htmlText(richHtml(q.text)),
    generalfeedback: htmlText(richHtml(q.generalFeedback)),
    defaultgrade: q.defaultMark.toFixed(7),
    penalty: q.type === 'truefalse' ? '1.0000000' : '0.3333333',
    hidden: '0',
    idnumber: q.idNumber ?? '',
    ...(choice
      ? {
          single: q.type === 'single' ? 'true' : 'false',
          shuffleanswers: String(q.shuffle),
          answernumbering: 'abc',
        }
      : {}),
    ...(q.type === 'matching' ? { shuffleanswers: String(q.shuffle) } : {}),
    ...answers(q),
    ...(q.tags.length ? { tags: { tag: q.tags.map((t) => ({ text: t })) } } : {}),
  };
}

/**
 * Writes questions as Moodle XML, as Moodle 4.x exports them: a category question before each
 * category's questions, HTML in CDATA, both languages in multilang spans.
 */
export function writeMoodleXml(questions: CleanQuestion[]): string {
  const out: Record<string, unknown>[] = [];
  let category: string | null = null;
  for (const q of questions) {
    if (q.category !== category) {
      category = q.category;
      out.push({
        '@_type': 'category',
        category: { text: `$course$/top${category ? `/${category}` : ''}` },
        info: { '@_format': 'moodle_auto_format', text: '' },
        idnumber: '',
      });
    }
    out.push(question(q));
  }
  // The builder puts CDATA on lines of its own; Moodle writes it inside the element, as here.
  const xml = (builder.build({ quiz: { question: out } }) as string)
    .replace(/>\n\s*<!\[CDATA\[/g, '><![CDATA[')
    .replace(/\]\]>\n\s*</g, ']]><');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
