import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import type { Actor } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { auditLog } from '../audit/schema.js';
import { organisations } from '../directory/schema.js';
import { pdfText } from '../documents/test-support.js';
import { cities } from '../places/schema.js';
import { createDiagnostic } from './save.js';
import { diagnostics } from './schema.js';

// One world on PGlite: the SQL here (a jsonb lateral join, counts cast to int) reads the same on both.
let t: TestApp;
let qingdao: string;
let xiamen: string;
let org: string;

const LEVEL_ONE = {
  'answers.sector': 'consumer_goods',
  'answers.size': 'small',
  'answers.offer': 'products',
  'answers.exports': 'yes',
  'answers.brands': 'yes',
  'answers.designs': 'no',
  'answers.inventions': 'no',
  'answers.software': 'no',
  'answers.knowhow': 'no',
  'answers.partners': 'no',
  'answers.disputes': 'no',
};
const plain = Object.fromEntries(Object.entries(LEVEL_ONE).map(([k, v]) => [k.slice(8), v]));
const location = (res: Response) => res.headers.get('location') ?? '';

beforeAll(async () => {
  t = await testApp('pglite');
  const db = t.database.db;
  [{ id: qingdao }, { id: xiamen }] = (await db
    .insert(cities)
    .values([
      { slug: 'qingdao-test', province: 'Shandong', name: { en: 'Qingdao', zh: '青岛' } },
      { slug: 'xiamen-test', province: 'Fujian', name: { en: 'Xiamen', zh: '厦门' } },
    ])
    .returning({ id: cities.id })) as [{ id: string }, { id: string }];
  [{ id: org }] = (await db
    .insert(organisations)
    .values({
      name: { en: 'Haiyang Toys', zh: '海洋玩具' },
      kind: 'enterprise',
      province: 'Shandong',
      cityId: qingdao,
    })
    .returning({ id: organisations.id })) as [{ id: string }];
});
afterAll(() => t.close());

describe('the self-diagnostic', () => {
  let reportPath = '';

  it('is taken without an account: level one, then each called-for section, once', async () => {
    const b = t.anonymous();
    expect((await b.get('/zh/diagnostic')).status).toBe(200);
    const bad = await b.post('/zh/diagnostic', {
      ...LEVEL_ONE,
      'answers.size': 'huge',
      'answers.brands': '',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('请从给出的答案中选择一项。');
    expect(html).toContain('请回答此问题。');

    const one = await b.post('/zh/diagnostic', LEVEL_ONE);
    expect(one.status).toBe(303);
    const stepOne = location(one);
    expect(stepOne).toMatch(/^\/zh\/diagnostic\/[0-9a-f-]{36}\/step\/1$/);
    expect(await (await b.get(stepOne)).text()).toContain('品牌');

    const two = await b.post(stepOne, { 'answers.brandRegistered': 'no', 'answers.brandAbroad': 'no' });
    expect(location(two)).toBe(stepOne.replace(/1$/, '2'));
    // A question of another section sent with this one is refused.
    const foreign = await b.post(location(two), { 'answers.secretNda': 'no' });
    expect(foreign.status).toBe(422);

    const page = await (await b.get(location(two))).text();
    const token = page.match(/name="_form" value="([^"]+)"/)![1]!;
    const last = await b.post(location(two), { 'answers.exportRights': 'no', _form: token });
    reportPath = location(last);
    const id = reportPath.split('/')[3]!;
    expect(reportPath).toBe(`/zh/diagnostic/${id}`);
    // The same final form sent twice gives the same report.
    expect(location(await b.post(location(two), { 'answers.exportRights': 'no', _form: token }))).toBe(
      reportPath,
    );

    const report = await (await b.get(reportPath)).text();
    expect(report).toContain('立即为您的品牌提交中国商标注册申请。');
    expect(report).toContain(`/zh/helpdesk/new?from=diagnostic&amp;ref=${id}&amp;topic=trademarks`);
    expect(report).toContain('/zh/library?ipRight=trademark&amp;topic=protect');
    expect(report).toContain('/zh/learn?topic=protect');
    expect(report).toContain('/zh/events?kind=local');
    expect(report.indexOf('高优先级')).toBeLessThan(report.indexOf('低优先级'));
  });

  it('prints the report as a PDF with the Chinese actions', async () => {
    const res = await t.anonymous().get(`${reportPath}/report.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('立即为您的品牌提交中国商标注册申请。');
    expect(text).toContain('File a Chinese trade mark application for your brand now.');
  });

  it('is saved to a signed-in owner’s organisation, with the register form and their city', async () => {
    const owner = await t.signIn('sme');
    await t.database.db.update(users).set({ organisationId: org }).where(eq(users.id, owner.userId!));
    const res = await owner.post('/en/diagnostic', {
      ...LEVEL_ONE,
      'answers.brands': 'no',
      'answers.exports': 'no',
      _form: 'x'.repeat(20),
    });
    const id = location(res).split('/')[3]!;
    const [row] = await t.database.db.select().from(diagnostics).where(eq(diagnostics.id, id));
    expect(row).toMatchObject({
      status: 'complete',
      organisationId: org,
      cityId: qingdao,
      province: 'Shandong',
    });
    const report = await (await owner.get(`/en/diagnostic/${id}`)).text();
    expect(report).toContain('/en/events?kind=local&amp;city=qingdao-test');
    expect(await (await owner.get('/en/diagnostic/mine')).text()).toContain(`/en/diagnostic/${id}`);
    expect(await (await t.anonymous().get('/en/toolkit')).text()).toContain('href="/en/diagnostic"');
  });

  it('answers the API: questions with conditions, 201 with recommendations, 422 for bad answers', async () => {
    const qs = (await (await t.app.request('/api/v1/diagnostics/questions')).json()) as {
      sections: { id: string; when: unknown[] }[];
    };
    expect(qs.sections.find((s) => s.id === 'export')!.when).toEqual([
      { question: 'exports', op: 'in', value: ['yes', 'planning'] },
    ]);
    const post = (answers: unknown, q = '') =>
      t.app.request(`/api/v1/diagnostics${q}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
    const res = await post({ ...plain, brandRegistered: 'no' }, '?lang=zh');
    expect(res.status).toBe(201);
    const d = (await res.json()) as {
      id: string;
      sections: string[];
      recommendations: {
        priority: string;
        action: { zh: string };
        links: { kind: string; href: string }[];
      }[];
    };
    expect(d.sections).toEqual(['brands', 'export']);
    expect(d.recommendations[0]).toMatchObject({
      priority: 'high',
      action: { zh: '立即为您的品牌提交中国商标注册申请。' },
    });
    expect(d.recommendations[0]!.links).toContainEqual({
      kind: 'expert',
      href: `/zh/helpdesk/new?from=diagnostic&ref=${d.id}&topic=trademarks`,
    });
    expect((await t.app.request(`/api/v1/diagnostics/${d.id}`)).status).toBe(200);

    const bad = await post({ ...plain, size: 3, nope: 'yes', sector: undefined });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { error: { details: { fields: Record<string, string> } } }).error
      .details.fields;
    expect(Object.keys(fields).sort()).toEqual(['answers.size']);
    const bad2 = await post({ ...plain, nope: 'yes', sector: undefined });
    const f2 = ((await bad2.json()) as { error: { details: { fields: Record<string, string> } } }).error
      .details.fields;
    expect(f2).toMatchObject({
      'answers.nope': 'This question does not exist.',
      'answers.sector': 'Answer this question.',
    });
  });

  it('shows officials anonymous totals of their city, never under 5 respondents', async () => {
    const db = t.database.db;
    const coordinator = await t.signIn('coordinator', {
      scopes: [{ province: 'Shandong', cityId: qingdao }],
    });
    const fujian = await t.signIn('coordinator', { scopes: [{ province: 'Fujian', cityId: xiamen }] });
    const manager = await t.signIn('manager');
    // One complete diagnostic of the organisation so far, plus the anonymous ones without a city.
    expect(await (await coordinator.get('/en/diagnostic/totals')).text()).toContain(
      'Fewer than 5 respondents match',
    );
    const actor = { id: null, organisationId: org } as unknown as Actor;
    for (let i = 0; i < 4; i++)
      await createDiagnostic(db, actor, { ...plain, brandRegistered: i < 3 ? 'no' : 'yes' });
    const page = await (await coordinator.get('/zh/diagnostic/totals')).text();
    expect(page).toContain('仅在答卷人数不少于5人时显示合计');
    expect(page).toContain('5名答卷人');
    expect(page).toContain('知识产权管理对许多小企业来说还很陌生。');
    // Three businesses lack a registered brand: a cell under 5 is left out.
    expect(page).not.toContain('您的品牌尚未在中国注册');
    expect(await (await fujian.get('/en/diagnostic/totals')).text()).toContain(
      'Fewer than 5 respondents match',
    );
    const all = await (
      await manager.get(`/en/diagnostic/totals?city=${qingdao}&sector=consumer_goods`)
    ).text();
    expect(all).toContain('5 respondents');
    expect((await (await t.signIn('sme')).get('/en/diagnostic/totals')).status).toBe(403);
  });

  it('lets a manager change a rule’s text, priority, conditions and switch it off, in the audit log', async () => {
    const manager = await t.signIn('manager');
    expect((await (await t.signIn('sme')).get('/en/diagnostic/rules')).status).toBe(403);
    expect((await manager.get('/zh/diagnostic/rules')).status).toBe(200);
    const form = {
      'finding.en': 'Small firms often skip IP.',
      'finding.zh': '小企业常常忽视知识产权。',
      'action.en': 'Join a local briefing.',
      'action.zh': '参加本地宣讲会。',
      priority: 'medium',
      conditions: '[{"question":"size","op":"eq","value":"micro"}]',
    };
    const bad = await manager.post('/zh/diagnostic/rules/general-session', {
      ...form,
      conditions: '[{"question":"nope","op":"eq","value":"x"}]',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('条件中的问题不存在。');
    expect(
      (await manager.post('/zh/diagnostic/rules/general-session', { ...form, conditions: '{' })).status,
    ).toBe(422);

    expect((await manager.post('/en/diagnostic/rules/general-session', form)).status).toBe(303);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'diagnostic_rule'), eq(auditLog.entityId, 'general-session')));
    expect(entry?.after).toMatchObject({ priority: 'medium', enabled: false });
    // Switched off: a new diagnostic no longer gets it.
    const res = await t.app.request('/api/v1/diagnostics', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { ...plain, brands: 'no', exports: 'no', size: 'micro' } }),
    });
    expect(((await res.json()) as { recommendations: unknown[] }).recommendations).toEqual([]);
  });
});
