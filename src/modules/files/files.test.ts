import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import type { AppEnv } from '../../web/context.js';
import { handleError } from '../../web/errors.js';
import { fileResponse } from './respond.js';
import { files } from './schema.js';
import { sniff } from './sniff.js';
import { cleanFileName, FileRejected, readFileForDownload, storeFile, type UploadPolicy } from './store.js';
import { tinyDocx, tinyPdf, tinyPng, tinyPptx, zipBomb } from './test-fixtures.js';

const DOCUMENTS: UploadPolicy = { kinds: ['pdf', 'docx', 'pptx'], maxBytes: 1024 * 1024 };
const enc = (s: string) => new TextEncoder().encode(s);

describe('reading what a file is from its bytes', () => {
  it('knows PDF, Word, PowerPoint, PNG and text by their content', () => {
    expect(sniff(tinyPdf(), DOCUMENTS.kinds)).toMatchObject({ kind: 'pdf', contentType: 'application/pdf' });
    expect(sniff(tinyDocx(), DOCUMENTS.kinds)).toMatchObject({ kind: 'docx' });
    expect(sniff(tinyPptx(), DOCUMENTS.kinds)).toMatchObject({ kind: 'pptx' });
    expect(sniff(tinyPng(), ['png', 'jpeg'])).toMatchObject({ kind: 'png' });
    expect(sniff(enc('name,email\nZhang,z@example.org\n'), ['csv'])).toMatchObject({ kind: 'csv' });
  });

  it('refuses what is not what it claims, whatever its name', () => {
    // An executable, an HTML page and a PNG offered where documents are wanted.
    expect(sniff(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), DOCUMENTS.kinds)).toEqual({
      problem: 'type',
    });
    expect(sniff(enc('<html><script>alert(1)</script></html>'), DOCUMENTS.kinds)).toEqual({
      problem: 'type',
    });
    expect(sniff(tinyPng(), DOCUMENTS.kinds)).toEqual({ problem: 'type' });
    // A ZIP archive that is no Office document.
    expect(sniff(zipSync({ 'evil.exe': enc('MZ') }), DOCUMENTS.kinds)).toEqual({ problem: 'type' });
  });

  it('calls a cut-off PDF or archive broken, and an archive that inflates enormously a bomb', () => {
    const pdf = tinyPdf();
    expect(sniff(pdf.subarray(0, pdf.length - 30), DOCUMENTS.kinds)).toEqual({ problem: 'broken' });
    const docx = tinyDocx();
    expect(sniff(docx.subarray(0, docx.length - 40), DOCUMENTS.kinds)).toEqual({ problem: 'broken' });
    const bomb = zipBomb(50);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(sniff(bomb, DOCUMENTS.kinds)).toEqual({ problem: 'bomb' });
    expect(sniff(new Uint8Array(0), DOCUMENTS.kinds)).toEqual({ problem: 'empty' });
  });

  it('makes a safe file name that keeps Chinese and the real extension', () => {
    expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\a\\商标注册指南.PDF', 'pdf')).toBe('商标注册指南.pdf');
    expect(cleanFileName('report\u202Efdp.exe', 'pdf')).toBe('reportfdp.pdf');
    expect(cleanFileName('"<evil>".docx', 'docx')).toBe('__evil__.docx');
    expect(cleanFileName('', 'pdf')).toBe('file.pdf');
    expect(cleanFileName('a'.repeat(500), 'pdf').length).toBeLessThanOrEqual(200);
  });
});

describe.each(DATABASE_KINDS)('stored files (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('keeps the exact bytes with their sniffed type and counts downloads', async () => {
    const bytes = tinyDocx(['专利申请', 'Patent application']);
    const stored = await storeFile(t.database.db, { name: '指南.pdf', bytes }, DOCUMENTS);
    expect(stored).toMatchObject({ kind: 'docx', name: '指南.docx', size: bytes.length, downloads: 0 });
    const got = await readFileForDownload(t.database.db, stored.id);
    expect(Buffer.compare(got!.data, Buffer.from(bytes))).toBe(0);
    expect(got!.downloads).toBe(1);
    await readFileForDownload(t.database.db, stored.id);
    const [row] = await t.database.db
      .select({ n: files.downloads })
      .from(files)
      .where(eq(files.id, stored.id));
    expect(row!.n).toBe(2);
  });

  it('refuses a file over the limit, empty or of the wrong kind, and stores nothing', async () => {
    const before = (await t.database.db.select({ id: files.id }).from(files)).length;
    const attempts: [Uint8Array, string][] = [
      [new Uint8Array(0), 'empty'],
      [Uint8Array.from([...tinyPdf(), ...new Uint8Array(DOCUMENTS.maxBytes)]), 'too_large'],
      [enc('MZ not a pdf at all'), 'type'],
      [zipBomb(50), 'bomb'],
    ];
    for (const [bytes, problem] of attempts) {
      const err = await storeFile(t.database.db, { name: 'x.pdf', bytes }, DOCUMENTS).catch((e) => e);
      expect(err).toBeInstanceOf(FileRejected);
      expect(err.problem).toBe(problem);
    }
    expect((await t.database.db.select({ id: files.id }).from(files)).length).toBe(before);
  });

  it('sends a file as an attachment that a browser will not run, with its UTF-8 name', async () => {
    const stored = await storeFile(t.database.db, { name: '商标 guide.pdf', bytes: tinyPdf() }, DOCUMENTS);
    const app = new Hono().get('/f', async (c) =>
      fileResponse(c, (await readFileForDownload(t.database.db, stored.id))!),
    );
    const res = await app.request('/f');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="__ guide.pdf"; filename*=UTF-8''${encodeURIComponent('商标 guide.pdf')}`,
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe('a refused upload, as the API reports it', () => {
  it('says in the reader language what was wrong', async () => {
    const app = new Hono<AppEnv>().onError(handleError);
    app.post('/api/v1/upload', () => {
      throw new FileRejected('too_large', DOCUMENTS);
    });
    const zh = await app.request('/api/v1/upload', {
      method: 'POST',
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.status).toBe(422);
    expect(await zh.json()).toEqual({
      error: { code: 'validation', message: '文件超过 1 MB。', details: { problem: 'too_large' } },
    });
    const en = await app.request('/api/v1/upload', { method: 'POST', headers: { 'accept-language': 'en' } });
    expect((await en.json()).error.message).toBe('The file is larger than 1 MB.');
  });
});
