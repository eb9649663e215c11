import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { readWorkbook } from '../../../tests/helpers/xlsx.js';
import { auditLog } from '../audit/schema.js';
import { pdfText } from '../documents/test-support.js';
import { apiToken } from '../events/test-fixtures.js';
import { apiCall } from '../registration/test-support.js';
import { seedLogframeWorld } from './test-support/logframe-world.js';

type Json = {
  indicators: {
    code: string;
    label: { en: string; zh: string };
    baseline: number | null;
    target: number | null;
    actual: number | null;
    source: { en: string; zh: string };
  }[];
};

describe.each(DATABASE_KINDS)('the funder’s log-frame (%s)', (kind) => {
  let t: TestApp;
  let managerToken: string;
  const PERIOD = 'programme=ipr2-miit&from=2010-01-01&to=2010-12-31';

  beforeAll(async () => {
    t = await testApp(kind);
    ({ managerToken } = await seedLogframeWorld(t));
  });
  afterAll(() => t?.close());

  const actuals = (body: Json) => Object.fromEntries(body.indicators.map((i) => [i.code, i.actual]));

  it('computes every actual for the period: verified apart from claimed, women’s share, knowledge gain and six-month use', async () => {
    const res = await apiCall(t, 'GET', `/reports/logframe?${PERIOD}`, { token: managerToken });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(actuals(body)).toEqual({
      officials_trained: 3,
      trainers_certified: 1,
      sessions_held: 2,
      sessions_verified: 1,
      smes_reached: 3,
      smes_verified: 2,
      women_share: 60, // 王芳, 李娜 and A of five people trained by name
      knowledge_gain: 40,
      use_reported_6m: 50,
    });
    const officials = body.indicators.find((i) => i.code === 'officials_trained')!;
    expect(officials).toMatchObject({
      baseline: 0,
      target: 100,
      label: { en: 'Officials trained', zh: '受训官员人数' },
    });
    expect(officials.source.zh).toContain('签到记录');
    // Without a period the later training counts too.
    const all = (await (
      await apiCall(t, 'GET', '/reports/logframe?programme=ipr2-miit', { token: managerToken })
    ).json()) as Json;
    expect(actuals(all).officials_trained).toBe(4);
  });

  it('keeps a coordinator to their scope and refuses others, a bad period and an unknown programme in the caller’s language', async () => {
    const fujian = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const token = await apiToken(t.database, fujian.userId!);
    const body = (await (
      await apiCall(t, 'GET', '/reports/logframe?programme=ipr2-miit', { token })
    ).json()) as Json;
    expect(actuals(body)).toMatchObject({ officials_trained: 1, sessions_held: 0, smes_verified: 0 });
    const official = await t.signIn('official');
    expect(
      (
        await apiCall(t, 'GET', `/reports/logframe?${PERIOD}`, {
          token: await apiToken(t.database, official.userId!),
        })
      ).status,
    ).toBe(403);
    expect((await apiCall(t, 'GET', `/reports/logframe?${PERIOD}`)).status).toBe(401);
    const bad = await apiCall(
      t,
      'GET',
      '/reports/logframe?programme=ipr2-miit&from=2010-12-31&to=2010-01-01',
      {
        token: managerToken,
        headers: { 'accept-language': 'zh-CN' },
      },
    );
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('统计期的结束日期早于开始日期');
    const unknown = await apiCall(t, 'GET', '/reports/logframe?programme=nonesuch', { token: managerToken });
    expect(unknown.status).toBe(404);
    // Only managers set targets: a coordinator's post changes nothing.
    const refused = await fujian.post('/en/reports/logframe/targets?programme=ipr2-miit', {
      'officials_trained.target': '5',
    });
    expect(refused.status).toBe(403);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'logframe_target'));
    expect(audit).toHaveLength(3);
  });

  it('downloads the same table as CSV and XLSX', async () => {
    const csv = await apiCall(t, 'GET', `/reports/logframe?${PERIOD}&format=csv`, {
      token: managerToken,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('代码,指标,基线,目标,实际,数据来源');
    expect(text).toMatch(/officials_trained,受训官员人数,0,100,3,/);
    expect(text).toMatch(/women_share,受训人员中女性比例（%）,,50,60,/);
    const xlsx = await apiCall(t, 'GET', `/reports/logframe?${PERIOD}&format=xlsx`, { token: managerToken });
    const book = readWorkbook(new Uint8Array(await xlsx.arrayBuffer()));
    const cells = book.sheets[0]!.cells;
    expect(cells.B2!.value).toBe('Officials trained');
    expect(cells.E2!).toMatchObject({ type: 'n', value: '3' });
    expect(cells.D7!).toMatchObject({ type: 'n', value: '4' }); // smes_verified target
    expect(cells.E7!.value).toBe('2');
  });

  it('prints the funder’s report as a bilingual PDF with the figures, verified apart from claimed', async () => {
    const res = await apiCall(t, 'GET', `/reports/logframe?${PERIOD}&format=pdf`, { token: managerToken });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(bytes, { raw: true });
    for (const words of [
      '资助方报告',
      'Report to the funder',
      '逻辑框架',
      'Log-frame',
      '数据来源',
      'Sources',
      '回访结果',
      'Follow-up results',
      '签到记录',
      'Attendance records',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/受训官员人数 0 100 3 Officials trained/);
    expect(text).toMatch(/受训人员中女性比例（%） — 50% 60% Share of women/);
    expect(text).toMatch(/知识提升（百分点） — — 40 Knowledge gain/);
    expect(text).toContain('第 1 页，共 4 页 · Page 1 of 4');
    // The chart: the share of each target reached (3 of 100 officials, 60% of a 50% target).
    expect(text).toMatch(/Officials trained 3%/);
    expect(text).toMatch(/Share of women among people trained \(%\) 120%/);
    expect(text).toContain('Period: 1 January 2010 – 31 December 2010');
    expect(text).toContain('统计期：2010年1月1日 – 2010年12月31日');
    // Sessions held / verified; people named / verified; claims beyond names apart (10 − 2 and 5 − 2).
    expect(text).toMatch(/2 \/ 1 举办 \/ 已核实的基层宣讲/);
    expect(text).toMatch(/4 \/ 2 实名人数/);
    expect(text).toMatch(/11 超出实名人数的申报人数/);
    expect(text).toContain('After 6 months: 3 sent, 2 answered (66.7%), 1 used what they learned');
    // The chart is drawn in vectors: the report embeds no image.
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/Image');
  });

  it('shows the log-frame page with its downloads in both languages', async () => {
    const manager = await t.signIn('manager');
    const en = await (await manager.get(`/en/reports/logframe?${PERIOD}`)).text();
    expect(en).toContain('Officials trained');
    expect(en).toContain('format=pdf');
    expect(en).toContain('Set baselines and targets');
    const zh = await manager.get(`/zh/reports/logframe?${PERIOD}&format=csv`);
    expect(await zh.text()).toContain('受训官员人数');
    const page = await (await manager.get('/zh/reports/logframe')).text();
    expect(page).toContain('逻辑框架');
  });
});
