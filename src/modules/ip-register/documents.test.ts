import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { files } from '../files/schema.js';
import { tinyPdf } from '../files/test-fixtures.js';
import { createRight } from './save-right.js';
import { ipDeadlineMarks, ipDeadlines, ipRightDocuments, ipShares } from './schema.js';
import { addOrganisation, cnTrademark, member, noonOn, textOf } from './test-fixtures.js';

function attach(t: TestApp, b: Browser, path: string, bytes: Uint8Array<ArrayBuffer>, name: string) {
  const body = new FormData();
  body.append('_csrf', b.csrf);
  body.append('description', 'Registration certificate');
  body.append('file', new File([bytes], name));
  return t.app.request(path, { method: 'POST', body, headers: { cookie: b.cookie } });
}

describe.each(DATABASE_KINDS)('documents and deadline marks (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let sme: Awaited<ReturnType<typeof member>>;
  let rightId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    sme = await member(t, 'sme', org.id);
    rightId = (await createRight(t.database.db, sme.user, org.id, cnTrademark(), t.ctx.now())).id;
  });
  afterAll(() => t.close());

  it('attaches a PDF checked by its content; downloads only for those who see the register', async () => {
    const res = await attach(
      t,
      sme.browser,
      `/en/toolkit/register/rights/${rightId}/documents`,
      tinyPdf('Certificate') as Uint8Array<ArrayBuffer>,
      '注册证 2015.pdf',
    );
    expect(res.status).toBe(303);
    const [doc] = await t.database.db
      .select()
      .from(ipRightDocuments)
      .where(eq(ipRightDocuments.rightId, rightId));
    const url = `/en/toolkit/register/rights/${rightId}/documents/${doc!.id}`;
    const page = await (await sme.browser.get(`/en/toolkit/register/rights/${rightId}`)).text();
    expect(page).toContain(`href="${url}"`);
    expect(textOf(page)).toContain('注册证 2015.pdf');
    const file = await sme.browser.get(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%B3%A8%E5%86%8C%E8%AF%81");
    const stranger = await member(t, 'sme', (await addOrganisation(t.database.db)).id);
    expect((await stranger.browser.get(url)).status).toBe(404);
    const expert = await member(t, 'expert', null);
    expect((await expert.browser.get(url)).status).toBe(404);
    await t.database.db
      .insert(ipShares)
      .values({ organisationId: org.id, granteeUserId: expert.user.id, granteeEmail: expert.user.email });
    expect((await expert.browser.get(url)).status).toBe(200);
    // Read-only: the expert cannot attach or remove.
    const tried = await attach(
      t,
      expert.browser,
      `/en/toolkit/register/rights/${rightId}/documents`,
      tinyPdf() as Uint8Array<ArrayBuffer>,
      'x.pdf',
    );
    expect(tried.status).toBe(403);
  });

  it('refuses what is not a PDF, Word document or image, and anything over 10 MB, saying why', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const res = await attach(
      t,
      sme.browser,
      `/zh/toolkit/register/rights/${rightId}/documents`,
      exe,
      'certificate.pdf',
    );
    expect(res.status).toBe(422);
    expect(textOf(await res.text())).toContain(
      '此处不能上传这种类型的文件。可接受：PDF, Word (DOCX), PNG, JPEG。',
    );
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(tinyPdf());
    const tooBig = await attach(
      t,
      sme.browser,
      `/en/toolkit/register/rights/${rightId}/documents`,
      big,
      'big.pdf',
    );
    expect(tooBig.status).toBe(422);
    expect(textOf(await tooBig.text())).toContain('The file is larger than 10 MB.');
    expect(
      await t.database.db.select().from(ipRightDocuments).where(eq(ipRightDocuments.rightId, rightId)),
    ).toHaveLength(1);
  });

  it('removes a document with its stored file', async () => {
    const [doc] = await t.database.db
      .select()
      .from(ipRightDocuments)
      .where(eq(ipRightDocuments.rightId, rightId));
    const res = await sme.browser.post(
      `/en/toolkit/register/rights/${rightId}/documents/${doc!.id}/delete`,
      {},
    );
    expect(res.status).toBe(303);
    expect(await t.database.db.select().from(files).where(eq(files.id, doc!.fileId))).toHaveLength(0);
  });

  it('marks a deadline as done, which takes it off the portfolio, and takes the mark back', async () => {
    const key = 'cn-tm-renewal:10:CNIPA';
    const before = textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}`)).text());
    expect(before).toContain('Trade mark renewal application');
    const done = await sme.browser.post(`/en/toolkit/register/rights/${rightId}/marks`, {
      key,
      action: 'done',
    });
    expect(done.status).toBe(303);
    const [mark] = await t.database.db
      .select()
      .from(ipDeadlineMarks)
      .where(eq(ipDeadlineMarks.rightId, rightId));
    expect(mark).toMatchObject({ key, doneOn: '2024-11-20' });
    const after = textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}`)).text());
    expect(after).toContain('0 open deadlines');
    // The mark survives a recomputation of the schedule.
    await sme.browser.post(`/en/toolkit/register/rights/${rightId}/edit`, {
      jurisdiction: 'CN',
      right: 'trademark',
      'title.en': 'Lotus renamed',
      status: 'in-force',
      'dates.registration': '2015-03-07',
    });
    expect(
      await t.database.db.select().from(ipDeadlines).where(eq(ipDeadlines.rightId, rightId)),
    ).toHaveLength(1);
    expect(textOf(await (await sme.browser.get(`/en/toolkit/register/${org.id}`)).text())).toContain(
      '0 open deadlines',
    );
    await sme.browser.post(`/en/toolkit/register/rights/${rightId}/marks`, { key, action: 'undo' });
    expect(
      await t.database.db.select().from(ipDeadlineMarks).where(eq(ipDeadlineMarks.rightId, rightId)),
    ).toHaveLength(0);
    const unknown = await sme.browser.post(`/en/toolkit/register/rights/${rightId}/marks`, {
      key: 'nope',
      action: 'done',
    });
    expect(unknown.status).toBe(404);
  });
});
