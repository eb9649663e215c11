import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { newSecretToken, sha256 } from '../accounts/index.js';
import { apiTokens } from '../accounts/schema.js';
import { ipRights, ipShares } from './schema.js';
import { addOrganisation, member, noonOn } from './test-fixtures.js';

async function tokenFor(t: TestApp, userId: string) {
  const token = `ipc_${newSecretToken()}`;
  await t.database.db
    .insert(apiTokens)
    .values({ userId, name: 'test', tokenHash: sha256(token), prefix: token.slice(0, 12) });
  return { authorization: `Bearer ${token}` };
}

describe.each(DATABASE_KINDS)('IP register API (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let smeAuth: Record<string, string>;
  const call = (method: string, path: string, o: { headers?: Record<string, string>; body?: unknown } = {}) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...o.headers },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    const sme = await member(t, 'sme', org.id);
    smeAuth = await tokenFor(t, sme.user.id);
  });
  afterAll(() => t.close());

  it('computes deadlines without a token and without storing anything (CN-01 of the rules)', async () => {
    const res = await call('POST', '/ip/deadlines', {
      body: {
        jurisdiction: 'CN',
        right: 'invention',
        dates: { filing: '2020-06-15', grant: '2023-03-10' },
        options: { grantYear: 3 },
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      expiry: { lastDayInForce: string; raw: string };
      deadlines: Record<string, unknown>[];
    };
    expect(body.expiry).toMatchObject({ lastDayInForce: '2040-06-14', raw: '2040-06-15' });
    const year5 = body.deadlines.find((d) => d.kind === 'cn-annual-fee' && d.year === 5)!;
    expect(year5).toMatchObject({
      dueRaw: '2024-06-15',
      due: '2024-06-17',
      graceEndsRaw: '2024-12-15',
      graceEnds: '2024-12-16',
      basis: {
        en: 'CN Patent Law Art. 43; Impl. Regs. Rules 5, 115',
        zh: '《中华人民共和国专利法》第43条；《专利法实施细则》第5条、第115条',
      },
      label: { en: 'Annual fee for year 5', zh: '第5年度年费' },
    });
    expect(year5.uncertain).toBeDefined();
    expect(await t.database.db.select().from(ipRights)).toHaveLength(0);
  });

  it('answers a wrong body with a translated validation error, and an inconsistent one with the engine’s reason', async () => {
    const bad = await call('POST', '/ip/deadlines', {
      headers: { 'accept-language': 'zh-CN' },
      body: { jurisdiction: 'CN', right: 'invention', dates: { filing: '2020-02-30' } },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('validation');
    const order = await call('POST', '/ip/deadlines', {
      headers: { 'accept-language': 'zh-CN' },
      body: { jurisdiction: 'US', right: 'patent', dates: { filing: '2020-05-01', grant: '2019-01-01' } },
    });
    expect(order.status).toBe(422);
    const body = (await order.json()) as { error: { message: string; details: Record<string, string> } };
    expect(body.error.message).toBe('无法计算期限：授权日不得早于申请日。');
    expect(body.error.details).toMatchObject({ engine: 'date-order', field: 'dates.grant' });
    const unsupported = await call('POST', '/ip/deadlines', {
      body: { jurisdiction: 'EU', right: 'software', dates: {} },
    });
    expect(unsupported.status).toBe(422);
    const junk = await t.app.request('/api/v1/ip/deadlines', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"jurisdiction":',
    });
    expect(junk.status).toBe(400);
  });

  it('answers "until when can I file abroad?" from a priority date alone, and marks the rest as waiting', async () => {
    const res = await call('POST', '/ip/deadlines', {
      body: { jurisdiction: 'CN', right: 'invention', dates: { priority: '2024-10-01' } },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      expiry: unknown;
      deadlines: Record<string, unknown>[];
      awaiting: { fields: string[]; reason: { en: string; zh: string }; items: { kind: string }[] };
    };
    expect(body.expiry).toBeNull();
    expect(body.deadlines).toEqual([
      expect.objectContaining({
        kind: 'priority-deadline',
        office: 'CNIPA',
        dueRaw: '2025-10-01',
        due: '2025-10-09',
      }),
    ]);
    expect(body.awaiting.fields).toEqual(['dates.filing']);
    expect(body.awaiting.items.map((i) => i.kind)).toEqual(['term', 'cn-annual-fee']);
    // With the filing date as well, the same last day.
    const filed = await call('POST', '/ip/deadlines', {
      body: {
        jurisdiction: 'CN',
        right: 'invention',
        dates: { priority: '2024-10-01', filing: '2025-09-30' },
      },
    });
    const full = (await filed.json()) as { deadlines: Record<string, unknown>[]; awaiting?: unknown };
    expect(full.deadlines.find((d) => d.kind === 'priority-deadline')).toEqual(body.deadlines[0]);
    expect(full.awaiting).toBeUndefined();
  });

  it('tells a date that does not exist from a badly written one, in the caller’s language', async () => {
    for (const [lang, exists, written] of [
      ['en', 'This date does not exist', 'Enter a date as YYYY-MM-DD.'],
      ['zh-CN', '该日期不存在', '请按 YYYY-MM-DD 格式输入日期。'],
    ] as const) {
      const res = await call('POST', '/ip/deadlines', {
        headers: { 'accept-language': lang },
        body: { jurisdiction: 'CN', right: 'invention', dates: { filing: '2019-02-30', grant: '2019/3/1' } },
      });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as { error: { details: { fields: Record<string, string> } } };
      expect(error.details.fields['dates.filing']).toContain(exists);
      expect(error.details.fields['dates.grant']).toBe(written);
      const right = await call('POST', '/ip/rights', {
        headers: { ...smeAuth, 'accept-language': lang },
        body: {
          jurisdiction: 'EU',
          right: 'trademark',
          title: { en: 'Rose' },
          dates: { filing: '2019-02-30' },
        },
      });
      expect(right.status).toBe(422);
      const refused = (await right.json()) as { error: { details: { fields: Record<string, string> } } };
      expect(refused.error.details.fields['dates.filing']).toContain(exists);
    }
  });

  it('refuses a right registered before it was filed, or filed in the future, at each field', async () => {
    for (const [lang, future, order] of [
      ['en', 'This date is after today', 'The registration cannot precede the filing date.'],
      ['zh-CN', '该日期晚于今天', '注册日不得早于申请日。'],
    ] as const) {
      const res = await call('POST', '/ip/rights', {
        headers: { ...smeAuth, 'accept-language': lang },
        body: {
          jurisdiction: 'EU',
          right: 'trademark',
          title: { en: 'Rose' },
          status: 'in-force',
          dates: { filing: '2030-01-10', registration: '2020-05-01' },
        },
      });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as { error: { details: { fields: Record<string, string> } } };
      expect(error.details.fields['dates.filing']).toContain(future);
      expect(error.details.fields['dates.registration']).toBe(order);
    }
    expect(
      await t.database.db.select().from(ipRights).where(eq(ipRights.organisationId, org.id)),
    ).toHaveLength(0);
  });

  it('keeps the register behind a token', async () => {
    expect((await call('GET', `/ip/rights?organisationId=${org.id}`)).status).toBe(401);
    expect((await call('POST', '/ip/rights', { body: { nonsense: true } })).status).toBe(401);
  });

  let rightId: string;
  it('adds, reads, changes and removes a right; a retried create with the same key adds it once', async () => {
    const body = {
      jurisdiction: 'EU',
      right: 'trademark',
      title: { en: 'Lotus', zh: '莲花' },
      status: 'in-force',
      dates: { filing: '2015-07-14' },
    };
    const headers = { ...smeAuth, 'idempotency-key': 'create-lotus-eutm-0001' };
    const first = await call('POST', '/ip/rights', { headers, body });
    expect(first.status).toBe(201);
    const again = await call('POST', '/ip/rights', { headers, body });
    const created = (await first.json()) as {
      id: string;
      organisationId: string;
      expiry: { lastDayInForce: string };
      deadlines: { due: string; graceEnds: string }[];
    };
    expect(((await again.json()) as { id: string }).id).toBe(created.id);
    rightId = created.id;
    expect(created.organisationId).toBe(org.id);
    // EU-01: expiry 2025-07-14, grace to 2026-01-14.
    expect(created.expiry.lastDayInForce).toBe('2025-07-14');
    expect(created.deadlines[0]).toMatchObject({ due: '2025-07-14', graceEnds: '2026-01-14' });

    const list = (await (await call('GET', '/ip/rights', { headers: smeAuth })).json()) as {
      total: number;
      items: { id: string }[];
    };
    expect(list.total).toBe(1);
    const patched = await call('PATCH', `/ip/rights/${rightId}`, {
      headers: smeAuth,
      body: { dates: { filing: '2013-08-31' } },
    });
    expect(patched.status).toBe(200);
    const p = (await patched.json()) as { title: { en: string }; deadlines: { graceEnds: string }[] };
    expect(p.title.en).toBe('Lotus');
    // EU-02: filed 2013-08-31, grace ends 2024-02-29 … as of November 2024 the next cycle is scheduled.
    expect(p.deadlines.at(-1)!.graceEnds).toBe('2034-02-28');
    const wrong = await call('PATCH', `/ip/rights/${rightId}`, {
      headers: smeAuth,
      body: { status: 'sleeping' },
    });
    expect(wrong.status).toBe(422);
  });

  it('applies the same access rules as the pages', async () => {
    const stranger = await member(t, 'sme', (await addOrganisation(t.database.db)).id);
    const strangerAuth = await tokenFor(t, stranger.user.id);
    expect((await call('GET', `/ip/rights/${rightId}`, { headers: strangerAuth })).status).toBe(404);
    expect((await call('GET', `/ip/rights?organisationId=${org.id}`, { headers: strangerAuth })).status).toBe(
      404,
    );
    expect((await call('DELETE', `/ip/rights/${rightId}`, { headers: strangerAuth })).status).toBe(404);
    const official = await member(t, 'official', null);
    const officialAuth = await tokenFor(t, official.user.id);
    expect((await call('GET', `/ip/rights/${rightId}`, { headers: officialAuth })).status).toBe(404);
    await t.database.db
      .insert(ipShares)
      .values({ organisationId: org.id, granteeUserId: official.user.id, granteeEmail: official.user.email });
    expect((await call('GET', `/ip/rights/${rightId}`, { headers: officialAuth })).status).toBe(200);
    expect(
      (await call('PATCH', `/ip/rights/${rightId}`, { headers: officialAuth, body: { notes: 'x' } })).status,
    ).toBe(403);
    expect(
      (
        await call('POST', '/ip/rights', {
          headers: officialAuth,
          body: {
            organisationId: org.id,
            jurisdiction: 'CN',
            right: 'trade-secret',
            title: { en: 'Recipe' },
          },
        })
      ).status,
    ).toBe(403);
    expect((await call('DELETE', `/ip/rights/${rightId}`, { headers: smeAuth })).status).toBe(204);
    expect(await t.database.db.select().from(ipRights).where(eq(ipRights.id, rightId))).toHaveLength(0);
  });

  it('describes the endpoints in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/ip/deadlines', '/ip/rights', '/ip/rights/{id}']),
    );
  });
});
