import { count } from 'drizzle-orm';
import { PDFDocument, PDFName, type PDFPage, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { pdfActiveContent } from '../files/pdf-active.js';
import { files } from '../files/schema.js';
import { apiToken } from '../news/test-support/fixtures.js';
import { addItem } from './test-fixtures.js';

/** A one-page PDF with some text, changed by `add` before it is saved. */
async function pdfWith(
  add: (doc: PDFDocument, page: PDFPage) => void | Promise<void> = () => undefined,
  objectStreams = true,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 300]);
  page.drawText('Customs recordation checklist for exhibitors', { x: 20, y: 200, size: 12 });
  await add(doc, page);
  return doc.save({ useObjectStreams: objectStreams });
}

const js = (doc: PDFDocument) => doc.context.obj({ S: 'JavaScript', JS: PDFString.of("app.alert('hi')") });

/** Crafted files, each with one kind of active content, hidden in a different place. */
const HOSTILE: [string, () => Promise<Uint8Array>][] = [
  // The case as reported: a script run when the document opens, in a compressed object stream.
  ['OpenAction JavaScript', () => pdfWith((doc) => doc.catalog.set(PDFName.of('OpenAction'), js(doc)))],
  [
    'page additional action',
    () => pdfWith((doc, page) => page.node.set(PDFName.of('AA'), doc.context.obj({ O: js(doc) }))),
  ],
  [
    'link that launches a program',
    () =>
      pdfWith((doc, page) => {
        const link = doc.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [0, 0, 100, 20],
          A: { S: 'Launch', F: PDFString.of('cmd.exe') },
        });
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
      }),
  ],
  [
    'embedded file',
    () => pdfWith((doc) => doc.attach(new TextEncoder().encode('MZ payload'), 'payload.exe', {})),
  ],
  [
    'XFA form',
    () =>
      pdfWith((doc) =>
        doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [], XFA: PDFString.of('<xdp/>') })),
      ),
  ],
  // A script that nothing points to, and names spelt with an escape (#4a is "J").
  ['unreferenced script', () => pdfWith((doc) => void doc.context.register(js(doc)))],
  [
    'escaped name',
    async () => {
      const bytes = await pdfWith((doc) => doc.catalog.set(PDFName.of('OpenAction'), js(doc)), false);
      const text = Buffer.from(bytes)
        .toString('latin1')
        .replaceAll('/JavaScript', '/#4aavaScript')
        .replaceAll('/JS ', '/#4aS ');
      return new Uint8Array(Buffer.from(text, 'latin1'));
    },
  ],
];

describe('active content in PDFs', () => {
  it.each(HOSTILE)('finds it: %s', async (_, make) => {
    const found = await pdfActiveContent(await make());
    expect(Array.isArray(found) && found.length > 0, String(found)).toBe(true);
  });

  it('finds none in a plain document, even one that opens on its first page', async () => {
    const plain = await pdfWith((doc, page) =>
      doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([page.ref, PDFName.of('Fit')])),
    );
    expect(await pdfActiveContent(plain)).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)('library uploads with active content (%s)', (kind) => {
  let t: TestApp;
  let editor: Browser;
  let slug: string;
  let itemId: string;

  const upload = (lang: 'en' | 'zh', bytes: Uint8Array) => {
    const form = new FormData();
    form.append('_csrf', editor.csrf);
    form.append('file', new File([new Uint8Array(bytes)], 'notice.pdf', { type: 'application/pdf' }));
    return t.app.request(`/${lang}/library/items/${slug}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: editor.cookie },
    });
  };
  const stored = async () => Number((await t.database.db.select({ n: count() }).from(files))[0]!.n);

  beforeAll(async () => {
    t = await testApp(kind);
    editor = await t.signIn('manager');
    const item = await addItem(t.database.db, { title: { en: 'Exhibitor checklist', zh: '参展清单' } });
    slug = item.slug;
    itemId = item.id;
  });
  afterAll(() => t.close());

  it('refuses a PDF that runs a script when opened, with a translated message, and stores nothing', async () => {
    const hostile = await HOSTILE[0]![1]();
    const before = await stored();
    const en = await upload('en', hostile);
    expect(en.status).toBe(422);
    expect(await en.text()).toContain('This PDF contains active content');
    const zh = await upload('zh', hostile);
    expect(zh.status).toBe(422);
    expect(await zh.text()).toContain('此 PDF 含有活动内容');
    const token = await apiToken(t.database.db, editor.userId!);
    const form = new FormData();
    form.append('file', new File([new Uint8Array(hostile)], 'notice.pdf'));
    const api = await t.app.request(`/api/v1/library/items/${itemId}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' },
    });
    expect(api.status).toBe(422);
    const body = await api.json();
    expect(body.error.details).toEqual({ problem: 'active' });
    expect(body.error.message).toContain('活动内容');
    expect(await stored()).toBe(before);
  });

  it('accepts the same document without the script', async () => {
    expect((await upload('en', await pdfWith())).status).toBe(303);
  });
});
