import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBankCsv, writeBankCsv } from './bank-csv.js';
import { type CleanQuestion, cleanQuestion } from './bank-input.js';
import { htmlToMarkdown } from './moodle-html.js';
import { type ReadQuestion, readMoodleXml } from './moodle-read.js';
import { splitMultilang } from './moodle-text.js';
import { writeMoodleXml } from './moodle-write.js';

const FIXTURE = readFileSync(join(import.meta.dirname, 'test-files/moodle-export.xml'), 'utf8');

const clean = (read: ReadQuestion[]): CleanQuestion[] =>
  read.flatMap((r) => {
    if (!r.draft) return [];
    const { question, errors } = cleanQuestion(r.draft);
    expect(errors, `question ${r.position}`).toEqual({});
    return [question];
  });

describe('Moodle XML', () => {
  const first = readMoodleXml(FIXTURE);
  const questions = clean(first);

  it('reads every supported type of a Moodle 4.x export, with categories, both languages and feedback', () => {
    expect(first).toHaveLength(7);
    expect(questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'numeric',
      'matching',
      'single',
    ]);
    const [term, docs, tf, numeric, matching, zhOnly] = questions as [
      CleanQuestion,
      CleanQuestion,
      CleanQuestion,
      CleanQuestion,
      CleanQuestion,
      CleanQuestion,
    ];
    expect(term).toMatchObject({
      name: 'Invention patent term',
      idNumber: 'PAT-TERM-01',
      category: 'Default for IPM101/Patents',
      tags: ['patent', 'protect'],
      shuffle: true,
      defaultMark: 1,
      text: {
        en: 'How long does a Chinese **invention patent** last, counted from the filing date?',
        zh: '中国**发明专利**的保护期限自申请日起计算为多少年？',
      },
    });
    expect(term.options[0]).toMatchObject({
      text: { en: '20 years', zh: '20年' },
      fraction: 100,
      feedback: { en: 'Right: twenty years from filing.', zh: '正确：自申请日起二十年。' },
    });
    // {mlang} blocks inside a paragraph: the paragraph belongs to both languages.
    expect(docs.text).toEqual({
      en: 'Which documents must an invention patent application include? Choose *all* that apply.',
      zh: '发明专利申请必须包含哪些文件？请选出*所有*正确答案。',
    });
    expect(docs.options.map((o) => o.fraction)).toEqual([33.33333, 33.33333, 33.33334, -100]);
    expect(docs.options[1]!.text.en).toBe('A description & its abstract');
    expect(docs.defaultMark).toBe(2);
    expect(tf.options.map((o) => [o.value, o.fraction])).toEqual([
      [1, 0],
      [0, 100],
    ]);
    expect(tf.generalFeedback.en).toContain('see [CNIPA](https://www.cnipa.gov.cn/)');
    expect(numeric.options.map((o) => [o.value, o.tolerance, o.fraction])).toEqual([
      [6, 0, 100],
      [6, 1, 50],
      [null, 0, 0],
    ]);
    expect(matching.category).toBe('Default for IPM101/Trade marks');
    expect(matching.options.map((o) => [o.text.en, o.match.en])).toEqual([
      ['Registered trade mark', '10 years, renewable'],
      ['Invention patent', '20 years'],
      ['Utility model', '10 years'],
      ['', '50 years'],
    ]);
    // A question written in Chinese only is Chinese; its image is left out, and said so.
    expect(zhOnly.text).toEqual({ en: '', zh: '商标注册申请应当向哪个机关提出？' });
    expect(zhOnly.shuffle).toBe(false);
    expect(first[5]!.notes).toEqual(['learning.moodle.note.media']);
    expect(first[6]).toMatchObject({
      draft: null,
      refusal: { key: 'learning.moodle.error.type', params: { type: 'essay' } },
    });
  });

  it('gives the same questions back after export and import', () => {
    const xml = writeMoodleXml(questions);
    expect(xml).toContain('<span lang="zh_cn" class="multilang">');
    expect(xml).toContain('<![CDATA[');
    expect(clean(readMoodleXml(xml))).toEqual(questions);
  });

  it('gives the same questions back through the bank’s CSV', () => {
    expect(clean(readBankCsv(writeBankCsv(questions)))).toEqual(questions);
  });

  it('refuses, by their content, files that are not Moodle XML', () => {
    for (const bad of [
      '%PDF-1.7 not xml',
      '<?xml version="1.0"?><rss><channel/></rss>',
      '<quiz><question type="multichoice">',
      '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x "boom">]><quiz>&x;</quiz>',
    ]) {
      expect(() => readMoodleXml(bad), bad).toThrowError(expect.objectContaining({ code: 'validation' }));
    }
  });

  it('keeps only safe text from HTML: no scripts, no attributes, links to http(s) only', () => {
    const { text, droppedMedia } = htmlToMarkdown(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a> <a href="https://a.org/x_y">site</a><script>alert(1)</script></p><ul><li>one</li><li>two *</li></ul>',
    );
    expect(text).toBe('Hi there [site](https://a.org/x_y)\n\n- one\n- two \\*');
    expect(droppedMedia).toBe(false);
  });

  it('reads both multilang syntaxes and leaves other languages out', () => {
    expect(
      splitMultilang(
        '<span class="multilang" lang="en_us">Hi</span><span lang="fr" class="multilang">Salut</span><span lang="zh_cn" class="multilang">你好</span>',
      ),
    ).toEqual({ en: 'Hi', zh: '你好' });
    expect(splitMultilang('{mlang en}Hi{mlang}{mlang zh}你好{mlang}!')).toEqual({ en: 'Hi!', zh: '你好!' });
    expect(splitMultilang('<span style="x">plain</span>')).toBeNull();
  });
});

describe('a question’s checks', () => {
  it('refuses a list name longer than the bank keeps, instead of cutting it short', () => {
    const draft = readMoodleXml(FIXTURE)[0]!.draft!;
    const { errors } = cleanQuestion({ ...draft, name: 'n'.repeat(256) });
    expect(errors.name).toEqual({ key: 'form.tooLong', params: { max: 255 } });
    expect(cleanQuestion({ ...draft, name: 'n'.repeat(255) }).errors).toEqual({});
  });
});
