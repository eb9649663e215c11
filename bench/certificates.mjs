import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { ADMIN, call, log, percentile, sleep, startPostgres, startServer } from './support/server.mjs';

const EARLY = 'Benchmark: issued before the event';

const { values: args } = parseArgs({
  options: {
    single: { type: 'string', default: '40' },
    bulk: { type: 'string', default: '100,500' },
    only: { type: 'string' },
  },
});
const SINGLE = Number(args.single);
const BULK = args.bulk.split(',').map(Number).filter(Boolean);

/** A browser session for the staff pages: the CSRF cookie and token, then the session cookie. */
async function browserSession(base) {
  const page = await fetch(`${base}/en/sign-in`);
  const csrfCookie = /csrf=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  const res = await fetch(`${base}/en/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `csrf=${csrfCookie}` },
    body: new URLSearchParams({ _csrf: csrf, email: ADMIN.email, password: ADMIN.password }),
  });
  const sid = /sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!sid) throw new Error(`sign-in failed: ${res.status}`);
  return { cookie: `csrf=${csrfCookie}; sid=${sid}`, csrf };
}

async function pool(n, items, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        await fn(items[i], i);
      }
    }),
  );
}

/** An event with `n` confirmed registrants, each checked in on its first day (Chinese names, as most are). */
async function eventWith(api, token, n, tag) {
  const ev = await call(
    `${api}/events`,
    'POST',
    {
      title: { en: `Certificate benchmark ${tag}`, zh: `证书基准测试 ${tag}` },
      city: 'Qingdao',
      startDate: '2099-06-24',
      endDate: '2099-06-25',
      status: 'published',
      capacity: n + 10,
    },
    token,
  );
  if (ev.status !== 201) throw new Error(`event: ${ev.status} ${JSON.stringify(ev.json)}`);
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞';
  const ids = [];
  await pool(
    8,
    Array.from({ length: n }, (_, i) => i),
    async (i) => {
      const reg = await call(
        `${api}/events/${ev.json.id}/registrations`,
        'POST',
        {
          name: `${surnames[i % 20]}${given[Math.floor(i / 20) % 20]}${i >= 400 ? given[i % 7] : ''}`,
          email: `bench-${tag}-${i}@example.org`,
          organisation: '青岛市知识产权局',
        },
        token,
      );
      if (reg.status !== 201) throw new Error(`registration: ${reg.status} ${JSON.stringify(reg.json)}`);
      const ci = await call(
        `${api}/registrations/${reg.json.id}/check-ins`,
        'POST',
        { day: '2099-06-24' },
        token,
      );
      if (ci.status !== 201) throw new Error(`check-in: ${ci.status}`);
      ids[i] = reg.json.id;
    },
  );
  return { id: ev.json.id, registrations: ids };
}

async function timedPdfs(api, token, ids, clients) {
  const latencies = [];
  let bytes = 0;
  const started = performance.now();
  await pool(clients, ids, async (id) => {
    const t0 = performance.now();
    // The event is still to come: an administrator issues early, with a reason (then it is there).
    const issued = await call(`${api}/registrations/${id}/certificate`, 'POST', { reason: EARLY }, token);
    if (issued.status !== 201 && issued.status !== 200) throw new Error(`issue: ${issued.status}`);
    const res = await fetch(`${api}/registrations/${id}/certificate.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`certificate: ${res.status}`);
    bytes += body.length;
    latencies.push(performance.now() - t0);
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: ids.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    kb: bytes / ids.length / 1024,
  };
}

async function bulk(base, session, eventId, expected, issueAll) {
  const started = performance.now();
  // The zip issues nobody before the end of the event: the certificates are issued first.
  await issueAll();
  const res = await fetch(`${base}/en/events/${eventId}/documents/exports`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
    body: new URLSearchParams({ _csrf: session.csrf, kind: 'certificates' }),
  });
  if (res.status !== 303) throw new Error(`export: ${res.status}`);
  let href;
  for (;;) {
    let html = '';
    try {
      const list = await fetch(`${base}/en/events/${eventId}/documents/exports`, {
        headers: { cookie: session.cookie, 'hx-request': 'true' },
      });
      html = await list.text();
    } catch {
      // A kept-alive connection the server closed as the poll reused it: poll again.
    }
    href = /href="([^"]+\/download)"/.exec(html)?.[1];
    if (href) break;
    if (html.includes('could not be built')) throw new Error('the export failed');
    await sleep(250);
  }
  const seconds = (performance.now() - started) / 1000;
  const zip = new Uint8Array(
    await (await fetch(`${base}${href}`, { headers: { cookie: session.cookie } })).arrayBuffer(),
  );
  const files = Object.keys(unzipSync(zip)).length;
  if (files !== expected) throw new Error(`the zip holds ${files} files, not ${expected}`);
  return { seconds, perSecond: expected / seconds, mb: zip.length / 1024 / 1024 };
}

async function run(kind) {
  const cleanups = [];
  const env = {};
  try {
    if (kind === 'postgres') {
      const server = await startPostgres();
      cleanups.push(() => server.stop());
      env.DATABASE_URL = server.url;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'ipc-bench-cert-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      env.DATA_DIR = dir;
    }
    const server = await startServer({ ...env, SECRET: 'c'.repeat(40), COOKIE_SECURE: 'false' });
    cleanups.push(() => server.stop());
    const api = `${server.url}/api/v1`;
    const auth = await call(`${api}/auth/tokens`, 'POST', { ...ADMIN, name: 'bench' });
    if (auth.status !== 201) throw new Error(`token: ${auth.status}`);
    const token = auth.json.token;
    const session = await browserSession(server.url);
    log(`${kind}: setting up ${SINGLE} + ${BULK.join(' + ')} attendees`);
    const single = await eventWith(api, token, SINGLE, `single-${kind}`);
    const first = await timedPdfs(api, token, single.registrations, 1);
    const again = await timedPdfs(api, token, single.registrations, 1);
    const parallel = await timedPdfs(api, token, single.registrations, 4);
    const bulks = [];
    for (const n of BULK) {
      const ev = await eventWith(api, token, n, `bulk-${n}-${kind}`);
      log(`${kind}: zip of ${n}`);
      const issueAll = async () => {
        const res = await call(`${api}/events/${ev.id}/certificates`, 'POST', { reason: EARLY }, token);
        if (res.status !== 200) throw new Error(`issue all: ${res.status}`);
      };
      bulks.push({ n, ...(await bulk(server.url, session, ev.id, n, issueAll)) });
    }
    return { kind, first, again, parallel, bulks };
  } finally {
    while (cleanups.length) await cleanups.pop()();
  }
}

const f = (n, d = 1) => n.toFixed(d);
for (const kind of args.only ? [args.only] : ['pglite', 'postgres']) {
  const r = await run(kind);
  console.log(`\n${kind}`);
  console.log('| request | certificates/s | p50 | p99 | PDF size |');
  console.log('|---|---|---|---|---|');
  for (const [label, x] of [
    ['first (issue + render), 1 client', r.first],
    ['again (render), 1 client', r.again],
    ['again (render), 4 clients', r.parallel],
  ])
    console.log(
      `| ${label} | ${f(x.perSecond)} | ${f(x.p50, 0)} ms | ${f(x.p99, 0)} ms | ${f(x.kb, 0)} KB |`,
    );
  console.log('\n| bulk zip | wall time | certificates/s | zip size |');
  console.log('|---|---|---|---|');
  for (const b of r.bulks) console.log(`| ${b.n} | ${f(b.seconds)} s | ${f(b.perSecond)} | ${f(b.mb)} MB |`);
}
