import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tinyDocx, tinyPdf, tinyPptx } from '../../files/test-fixtures.js';
import { chromiumPdf, cmapPdf, encryptedPdf } from '../test-pdfs.js';
import { extractText, tidy } from './index.js';
import { MAX_INFLATED_BYTES, xmlText } from './office.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('text extraction', () => {
  it('reads Chinese and English from a PDF with an embedded CJK font, repairing Kangxi radicals', async () => {
    const r = await extractText('pdf', chromiumPdf());
    if (typeof r === 'string') throw new Error(r);
    expect(r.status).toBe('ok');
    expect(r.pages).toBe(1);
    // The font maps 用 to the look-alike radical ⽤ (U+2F64); the text says 使用.
    expect(r.text).toContain('并使用公证购买固定证据');
    expect(r.text).not.toMatch(/[\u2F00-\u2FDF]/);
    expect(r.text).toContain('Customs recordation lasts ten years');
  });

  it('reads Chinese set in a predefined Adobe CMap with a font that is not embedded', async () => {
    const r = await extractText('pdf', cmapPdf('专利申请与商标注册'));
    expect(r).toMatchObject({ status: 'ok', text: '专利申请与商标注册' });
  });

  it('calls a PDF that needs a password encrypted, and one pdf.js cannot parse broken', async () => {
    expect(await extractText('pdf', encryptedPdf())).toBe('encrypted');
    expect(await extractText('pdf', enc('%PDF-1.4\nthis is not a PDF at all\n%%EOF\n'))).toBe('broken');
  });

  it('keeps a PDF without text (a scan) as having none', async () => {
    const r = await extractText('pdf', tinyPdf(''));
    expect(r).toMatchObject({ status: 'none', text: '' });
  });

  it('gives up on a PDF that cannot be opened within the time limit', async () => {
    const r = await extractText('pdf', tinyPdf('Hello world'), {
      timeoutMs: 1,
      maxChars: 1000,
      maxPages: 10,
      memoryMb: 256,
    });
    // Not even opened within a millisecond: treated as a file that cannot be read.
    expect(r).toBe('broken');
  });

  it('reads Word paragraphs, tabs and entities, headers included', async () => {
    const r = await extractText('docx', tinyDocx(['专利申请 &amp; 商标', 'Patent &lt;application&gt;']));
    expect(r).toMatchObject({ status: 'ok', text: '专利申请 & 商标\nPatent <application>' });
  });

  it('reads slides in their order', async () => {
    const body = (t: string) =>
      enc(`<p:sld xmlns:a="a" xmlns:p="p"><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:sld>`);
    const pptx = zipSync({
      '[Content_Types].xml': enc('<Types/>'),
      'ppt/presentation.xml': enc('<p:presentation/>'),
      'ppt/slides/slide10.xml': body('third'),
      'ppt/slides/slide2.xml': body('second'),
      'ppt/slides/slide1.xml': body('第一张'),
    });
    const r = await extractText('pptx', pptx);
    expect(r).toMatchObject({ status: 'ok', pages: 3, text: '第一张\nsecond\nthird' });
    expect(await extractText('pptx', tinyPptx('Slide 商标'))).toMatchObject({ text: 'Slide 商标' });
  });

  it('stops inflating at the limit however small the archive claims its contents are', async () => {
    const xml = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${'x'.repeat(1000)}</w:t></w:r></w:p></w:body></w:document>`;
    const huge = enc(xml.repeat(Math.ceil((MAX_INFLATED_BYTES + 1024 * 1024) / xml.length)));
    const docx = zipSync({ '[Content_Types].xml': enc('<Types/>'), 'word/document.xml': huge }, { level: 9 });
    const r = await extractText('docx', docx);
    if (typeof r === 'string') throw new Error(r);
    expect(r.status).toBe('partial');
  });

  it('tidies extracted text for display and search', () => {
    expect(tidy('使\u2F64  公证\u0000\n\n\n  second')).toBe('使用 公证\nsecond');
    expect(xmlText('<a:p><a:r><a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t></a:r></a:p>', 'a')).toBe('a\nb');
  });
});
