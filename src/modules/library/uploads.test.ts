import { count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { files } from '../files/schema.js';
import { tinyDocx, tinyPdf, zipBomb } from '../files/test-fixtures.js';
import { apiToken } from '../news/test-support/fixtures.js';
import { libraryItemFiles } from './schema.js';
import { searchLibrary } from './search-library.js';
import { addItem } from './test-fixtures.js';
import { chromiumPdf, encryptedPdf } from './test-pdfs.js';

const enc = (s: string) => new TextEncoder().encode(s);
/**
 * A real PDF followed by 25 MB of zeros. Allocated and copied: spreading 25 million bytes through
 * an array takes seconds, and under load ran the test past its time limit.
 */
const overLimit = (pdf: Uint8Array) => {
  const bytes = new Uint8Array(pdf.length + 25 * 1024 * 1024);
  bytes.set(pdf);
  return bytes;
};

describe.each(DATABASE_KINDS)('library uploads (%s)', (kind) => {
  let t: TestApp;
  let editor: Browser;
  let slug: string;
  let itemId: string;

  const upload = (who: Browser, name: string, bytes: Uint8Array, lang = '', formToken?: string) => {
    const form = new FormData();
    form.append('_csrf', who.csrf);
    if (formToken) form.append('_form', formToken);
    form.append('lang', lang);
    form.append('file', new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
    return t.app.request(`/en/library/items/${slug}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: who.cookie },
    });
  };
  const stored = async () => {
    const [f] = await t.database.db.select({ n: count() }).from(files);
    const [l] = await t.database.db.select({ n: count() }).from(libraryItemFiles);
    const [a] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'attach_file'));
    return { files: Number(f!.n), links: Number(l!.n), audits: Number(a!.n) };
  };
  const found = async (q: string) =>
    (await searchLibrary(t.database.db, { q, lang: 'en', filters: {}, page: 1, pageSize: 10 })).items.map(
      (i) => i.slug,
    );

  beforeAll(async () => {
    t = await testApp(kind);
    editor = await t.signIn('manager');
    const item = await addItem(t.database.db, {
      title: { en: 'Trade fair guide', zh: '展会指南' },
      body: { en: 'What to bring to a fair.' },
    });
    slug = item.slug;
    itemId = item.id;
  });
  afterAll(() => t.close());

  it('refuses hostile and broken files with a clear message and stores nothing', async () => {
    const before = await stored();
    const cases: [string, Uint8Array, RegExp][] = [
      [
        'report.pdf',
        enc('MZ\x90\x00 an executable with a PDF name'),
        /cannot be uploaded here. Accepted: PDF/,
      ],
      ['page.pdf', enc('<html><script>alert(1)</script></html>'), /cannot be uploaded here/],
      ['bomb.docx', zipBomb(50), /expands to an unreasonable size/],
      ['empty.pdf', new Uint8Array(0), /The file is empty/],
      ['big.pdf', overLimit(tinyPdf()), /larger than 25 MB/],
      ['cut.pdf', tinyPdf().subarray(0, 120), /damaged or incomplete/],
      ['garbled.pdf', enc('%PDF-1.7\n1 0 obj garbage\n%%EOF\n'), /damaged or incomplete/],
      ['locked.pdf', encryptedPdf(), /protected by a password/],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await upload(editor, name, bytes);
      expect(res.status, name).toBe(422);
      const html = await res.text();
      expect(html, name).toMatch(message);
      expect(html, name).toContain('aria-invalid="true"');
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses a request body over the upload limit before reading it', async () => {
    const res = await upload(editor, 'huge.pdf', new Uint8Array(27 * 1024 * 1024));
    expect(res.status).toBe(413);
  });

  it('keeps a document, makes its text searchable and counts its downloads', async () => {
    expect(await found('公证购买')).not.toContain(slug);
    const res = await upload(editor, '展会 guide.pdf', chromiumPdf(), 'zh');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/library/items/${slug}?done=added#item-files-h`);
    // Words found only inside the PDF now find the item, in Chinese and in English.
    expect(await found('公证购买')).toContain(slug);
    expect(await found('recordation lasts')).toContain(slug);
    const page = await (await editor.get(`/en/library/items/${slug}?done=added`)).text();
    expect(page).toContain('The document was attached.');
    expect(page).toContain('展会 guide.pdf');
    const [link] = await t.database.db
      .select()
      .from(libraryItemFiles)
      .where(eq(libraryItemFiles.itemId, itemId));
    expect(link).toMatchObject({ textStatus: 'ok', pages: 1, lang: 'zh' });
    const anonymous = t.anonymous();
    const download = await anonymous.get(`/en/library/items/${slug}/files/${link!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('attachment;');
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(chromiumPdf()))).toBe(true);
    await anonymous.get(`/en/library/items/${slug}/files/${link!.id}`);
    const [f] = await t.database.db
      .select({ n: files.downloads })
      .from(files)
      .where(eq(files.id, link!.fileId));
    expect(f!.n).toBe(2);
    expect((await stored()).audits).toBe(1);
  });

  it('makes every upload an attachment of its own, so removing one keeps the other', async () => {
    const before = await stored();
    const docx = tinyDocx(['Customs recordation checklist 海关备案清单']);
    expect((await upload(editor, 'list.docx', docx)).status).toBe(303);
    expect((await upload(editor, 'list.docx', docx)).status).toBe(303);
    expect(await stored()).toMatchObject({ links: before.links + 2, files: before.files + 2 });
    const links = await t.database.db
      .select()
      .from(libraryItemFiles)
      .where(eq(libraryItemFiles.itemId, itemId))
      .orderBy(desc(libraryItemFiles.createdAt), desc(libraryItemFiles.id));
    const [second, first] = links.filter((l) => l.text.includes('海关备案清单'));
    expect(second!.fileId).not.toBe(first!.fileId);
    expect((await editor.post(`/en/library/items/${slug}/files/${second!.id}/delete`, {})).status).toBe(303);
    const kept = await t.anonymous().get(`/en/library/items/${slug}/files/${first!.id}`);
    expect(kept.status).toBe(200);
    expect(Buffer.from(await kept.arrayBuffer()).equals(Buffer.from(docx))).toBe(true);
    expect(await found('海关备案清单')).toContain(slug);
  });

  it('attaches a double-clicked upload once (the form token)', async () => {
    const page = await (await editor.get(`/en/library/items/${slug}`)).text();
    const token = /name="_form" value="([^"]+)"/.exec(page)?.[1];
    expect(token).toBeDefined();
    const before = await stored();
    const docx = tinyDocx(['Booth inventory 展位清单']);
    expect((await upload(editor, 'booth.docx', docx, '', token)).status).toBe(303);
    expect((await upload(editor, 'booth.docx', docx, '', token)).status).toBe(303);
    expect((await stored()).links).toBe(before.links + 1);
  });

  it('keeps a readable document without text, and says it cannot be searched', async () => {
    const res = await upload(editor, 'scan.pdf', tinyPdf(''));
    expect(res.headers.get('location')).toContain('?done=none');
    const page = await (await editor.get(`/en/library/items/${slug}?done=none`)).text();
    expect(page).toContain('it has no text to search');
    expect(page).toContain('No searchable text (a scanned document?)');
  });

  it('lets editors remove a file, which takes its text out of search', async () => {
    const [link] = await t.database.db.select().from(libraryItemFiles).where(eq(libraryItemFiles.lang, 'zh'));
    const res = await editor.post(`/en/library/items/${slug}/files/${link!.id}/delete`, {});
    expect(res.status).toBe(303);
    expect(await found('公证购买')).not.toContain(slug);
    const [gone] = await t.database.db.select().from(files).where(eq(files.id, link!.fileId));
    expect(gone).toBeUndefined();
  });

  it('lets only library editors upload', async () => {
    const sme = await t.signIn('sme');
    expect((await upload(sme, 'a.pdf', tinyPdf('x'))).status).toBe(403);
    const anonymous = t.anonymous();
    expect((await upload(anonymous, 'a.pdf', tinyPdf('x'))).status).toBe(401);
  });

  const sendApi = async (name: string, bytes: Uint8Array, key?: string) => {
    const token = await apiToken(t.database.db, (await t.signIn('trainer')).userId!);
    const form = new FormData();
    form.append('file', new File([new Uint8Array(bytes)], name));
    form.append('lang', 'en');
    return t.app.request(`/api/v1/library/items/${itemId}/files`, {
      method: 'POST',
      body: form,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': 'zh-CN',
        ...(key ? { 'idempotency-key': key } : {}),
      },
    });
  };

  it('takes uploads through the API, refusing bad files with a JSON error', async () => {
    const ok = await sendApi('guide.pdf', tinyPdf('Registration certificate'));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      name: 'guide.pdf',
      kind: 'pdf',
      textStatus: 'ok',
      repeated: false,
    });
    const bad = await sendApi('guide.pdf', zipBomb(50));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      error: { code: 'validation', message: '文件解压后大小异常，已拒绝。', details: { problem: 'bomb' } },
    });
    const locked = await sendApi('locked.pdf', encryptedPdf());
    expect((await locked.json()).error.details).toEqual({ problem: 'encrypted' });
  });

  it('makes each API upload a new attachment, except a retry with the same Idempotency-Key', async () => {
    const pdf = tinyPdf('Certificate of registration');
    const first = await (await sendApi('cert.pdf', pdf)).json();
    const again = await (await sendApi('cert.pdf', pdf)).json();
    expect(again.id).not.toBe(first.id);
    const keyed = await (await sendApi('cert.pdf', pdf, 'upload-retry-key-0001')).json();
    const retried = await sendApi('cert.pdf', pdf, 'upload-retry-key-0001');
    expect(retried.status).toBe(201);
    expect(keyed.repeated).toBe(false);
    expect(await retried.json()).toMatchObject({ id: keyed.id, repeated: true });
  });
});
