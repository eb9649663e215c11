import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../../tests/helpers/db.js';
import { newFormToken } from '../../../web/once.js';
import { auditLog } from '../../audit/schema.js';
import { contacts } from '../schema.js';
import { seedPerson } from '../test-support/fixtures.js';

describe.each(DATABASE_KINDS)('contacts (%s)', (kind) => {
  let t: TestApp;
  let wang: string;
  let li: string;
  beforeAll(async () => {
    t = await testApp(kind);
    wang = await seedPerson(t.database.db, {
      name: 'Wang Lei',
      honorific: 'Mr',
      email: 'wang.lei@miit.example.cn',
      organisation: { en: 'MIIT SME Department', zh: '工业和信息化部中小企业司' },
    });
    li = await seedPerson(t.database.db, { name: 'Li Na', honorific: 'Ms', email: 'li.na@ipr2.example.org' });
  });
  afterAll(() => t.close());

  it('lets an editor add topics that the public page shows in order, with a mailto link', async () => {
    const editor = await t.signIn('manager');
    const add = (topic: Record<string, string>, personId: string) =>
      editor.post('/en/contacts/edit', { ...topic, personId, _form: newFormToken() });
    expect((await add({ 'topic.en': 'IP management', 'topic.zh': '知识产权管理' }, wang)).status).toBe(303);
    expect((await add({ 'topic.en': 'The IPR2 project', 'topic.zh': '' }, li)).status).toBe(303);

    const en = await (await t.anonymous().get('/en/contacts')).text();
    expect(en.indexOf('IP management')).toBeLessThan(en.indexOf('The IPR2 project'));
    expect(en).toContain('Mr Wang Lei');
    expect(en).toContain('MIIT SME Department');
    expect(en).toContain('<a href="mailto:wang.lei@miit.example.cn">wang.lei@miit.example.cn</a>');
    const zh = await (await t.anonymous().get('/zh/contacts')).text();
    expect(zh).toContain('知识产权管理');
    expect(zh).toContain('工业和信息化部中小企业司');
    expect(zh).toContain('<span lang="en" class="fallback">The IPR2 project</span>');

    const editPage = await (await editor.get('/en/contacts/edit')).text();
    expect(editPage).toContain('tr-needs_translation');
    expect(editPage).toContain('Wang Lei — MIIT SME Department');
  });

  it('reorders, edits and removes topics, each change audited', async () => {
    const editor = await t.signIn('admin');
    const rows = await t.database.db.select().from(contacts).orderBy(contacts.sortOrder);
    const second = rows[1]!;
    expect((await editor.post(`/en/contacts/${second.id}/move`, { direction: 'up' })).status).toBe(303);
    let page = await (await t.anonymous().get('/en/contacts')).text();
    expect(page.indexOf('The IPR2 project')).toBeLessThan(page.indexOf('IP management'));

    const edited = await editor.post(`/en/contacts/${second.id}/edit`, {
      'topic.en': 'The IPR2 project',
      'topic.zh': '中欧知识产权保护项目',
      personId: wang,
    });
    expect(edited.status).toBe(303);
    const [after] = await t.database.db.select().from(contacts).where(eq(contacts.id, second.id));
    expect(after!.translationStatus).toBe('complete');
    expect(after!.personId).toBe(wang);

    expect((await editor.post(`/en/contacts/${rows[0]!.id}/delete`, {})).status).toBe(303);
    page = await (await t.anonymous().get('/en/contacts')).text();
    expect(page).not.toContain('IP management');

    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'contact'));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'create', 'delete', 'update', 'update']);
  });

  it('refuses an unknown person and a missing topic with the form shown again', async () => {
    const editor = await t.signIn('manager');
    const res = await editor.post('/en/contacts/edit', {
      'topic.en': 'Kept topic',
      personId: '8f1c2d7e-1111-4222-8333-944455556666',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Choose a person from the directory.');
    expect(html).toContain('value="Kept topic"');
    const noTopic = await editor.post('/en/contacts/edit', { personId: wang });
    expect(noTopic.status).toBe(422);
    const badId = await editor.post('/en/contacts/edit', { 'topic.en': 'x', personId: "1' OR '1'='1" });
    expect(badId.status).toBe(422);
    expect((await editor.post('/en/contacts/not-an-id/delete', {})).status).toBe(404);
  });

  it('keeps the editor page to editors', async () => {
    const trainer = await t.signIn('trainer');
    expect((await trainer.get('/en/contacts/edit')).status).toBe(403);
    const post = await trainer.post('/en/contacts/edit', { 'topic.en': 'Sneaky', personId: wang });
    expect(post.status).toBe(403);
    const rows = await t.database.db.select().from(contacts);
    expect(rows.some((r) => r.topic.en === 'Sneaky')).toBe(false);
  });
});
