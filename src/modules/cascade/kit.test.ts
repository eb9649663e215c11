import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { pdfText, qrOnFirstPage } from '../documents/test-support.js';
import { feedbackQuestions } from '../feedback/schema.js';
import { files } from '../files/schema.js';
import { libraryItemEvents, libraryItemFiles } from '../library/schema.js';
import { addItem } from '../library/test-fixtures.js';
import { person, signInWorld } from './attendees-test-support.js';

const SLIDES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(DATABASE_KINDS)('the trainer’s kit on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;
  let kit: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://cascade.example.cn' });
    world = await signInWorld(t);
    const db = t.database.db;
    const item = await addItem(db, { title: { en: 'Trade marks for SMEs', zh: '中小企业商标指南' } });
    await db.insert(libraryItemEvents).values({ itemId: item.id, eventId: world.w.training.id });
    const [f] = await db
      .insert(files)
      .values({
        name: 'slides.pdf',
        kind: 'pdf',
        contentType: 'application/pdf',
        size: SLIDES.length,
        sha256: 'x',
        data: Buffer.from(SLIDES),
      })
      .returning();
    await db.insert(libraryItemFiles).values({ itemId: item.id, fileId: f!.id, textStatus: 'none' });
    await db.insert(feedbackQuestions).values(
      Array.from({ length: 12 }, (_, i) => ({
        eventId: world.w.training.id,
        instrument: 'test' as const,
        position: i,
        kind: 'single' as const,
        prompt: { en: `Question ${i + 1} about patents`, zh: `关于专利的第${i + 1}题` },
        options: [
          { value: 'a', label: { en: 'Ten years', zh: '十年' }, correct: false },
          { value: 'b', label: { en: 'Twenty years', zh: '二十年' }, correct: true },
        ],
      })),
    );
    kit = `/events/${world.w.training.id}/kit`;
  });
  afterAll(() => t.close());

  it('shows the training’s trainer the materials, the short test and their sessions’ sheets', async () => {
    const res = await world.trainerUser.browser.get(`/zh${kit}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('中小企业商标指南');
    expect(html).toContain('slides.pdf');
    expect(html).toContain('取自培训知识测试的 10 道题');
    expect(html).toContain(`/zh/events/${world.session.id}/sign-in-sheet.pdf`);
    expect(html).not.toContain('编辑宣讲方案');
  });

  it('lets a manager write the plan, rendered safely as Markdown and audited', async () => {
    const save = await world.manager.browser.post(`/en${kit}/plan`, {
      'plan.en': '## Opening\n\nAsk who owns a **trade mark**. <script>alert(1)</script>',
      'plan.zh': '## 开场\n\n请问谁拥有**商标**？',
    });
    expect(save.status).toBe(303);
    const html = await (await world.trainerUser.browser.get(`/en${kit}`)).text();
    expect(html).toContain('<h3>Opening</h3>');
    expect(html).toContain('<strong>trade mark</strong>');
    expect(html).not.toContain('<script>alert(1)');
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'session_plan'));
    expect(audits).toHaveLength(1);
    const trainerSave = await world.trainerUser.browser.post(`/en${kit}/plan`, {
      'plan.en': 'mine',
      'plan.zh': '',
    });
    expect(trainerSave.status).toBe(403);
  });

  it('prints the short test with ten questions and no answers marked, and zips the whole kit', async () => {
    const pdf = new Uint8Array(
      await (await world.trainerUser.browser.get(`/en${kit}/short-test.pdf`)).arrayBuffer(),
    );
    const text = pdfText(pdf);
    expect(text).toContain('关于专利的第10题');
    expect(text).not.toContain('第11题');
    expect(text).toContain('Twenty years');
    const zip = unzipSync(
      new Uint8Array(await (await world.trainerUser.browser.get(`/en${kit}.zip`)).arrayBuffer()),
    );
    expect(Object.keys(zip).sort()).toEqual(
      [
        expect.stringMatching(/^materials\/.+\/slides\.pdf$/),
        'session-plan.en.md',
        'session-plan.zh.md',
        'short-test.pdf',
        'sign-in-sheets/2010-07-10-1.pdf',
      ].sort(),
    );
    expect(qrOnFirstPage(zip['sign-in-sheets/2010-07-10-1.pdf']!)).toBe(
      `https://cascade.example.cn/zh/join/${world.key}`,
    );
  });

  it('is not found for a trainer of another training', async () => {
    const stranger = await person(t, 'trainer');
    expect((await stranger.browser.get(`/en${kit}`)).status).toBe(404);
    expect((await stranger.browser.get(`/en${kit}.zip`)).status).toBe(404);
  });
});
