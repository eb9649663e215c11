import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { freePort } from '../../../tests/helpers/postgres-server.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { outbox } from '../mail/schema.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

describe.each(DATABASE_KINDS)('reset e-mail over real SMTP (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers the reset link to the mail server, and the link works', async () => {
    const email = `smtp-${kind}@example.org`;
    await t.database.db.insert(users).values({
      email,
      name: 'Zhang Min',
      preferredLang: 'en',
      passwordHash: await hashPassword('old password 123'),
    });
    const res = await new CookieClient(t).post('/zh/password/forgot', { email });
    expect(res.status).toBe(200);
    // The request only queued it; the job worker delivers it.
    const [queued] = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
    expect(queued!.status).toBe('queued');
    expect(await t.runJobs()).toBe(1);

    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.from).toBe('no-reply@ip-cascade.local');
    expect(mail.subject).toBe('Reset your IP Cascade password');
    const link = mail.text.match(/https:\/\/ipc\.example\.org\/en\/password\/reset\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeTruthy();
    const [stored] = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
    expect(stored).toMatchObject({ status: 'sent', attempts: 1 });

    const page = await new CookieClient(t).get(new URL(link!).pathname);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Choose a new password');
  });
});

describe.each(DATABASE_KINDS)('mail when the server is down (%s)', (kind) => {
  let t: TestApp;
  let clock: Date;
  beforeAll(async () => {
    // Nothing listens on this port: every delivery is refused.
    t = await testApp(kind, { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    clock = new Date();
    t.ctx.now = () => clock;
  });
  afterAll(() => t.close());

  it('keeps the message, retries it later, and marks it failed once the attempts run out', async () => {
    const id = await t.ctx.mailer.queue(t.database.db, { to: 'down@example.org', subject: 'S', text: 'T' });
    const status = async () => (await t.database.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
    for (let attempt = 1; attempt <= 6; attempt++) {
      expect(await t.runJobs()).toBe(1);
      const m = await status();
      expect(m.attempts).toBe(attempt);
      expect(m.error).toMatch(/ECONNREFUSED|connect/i);
      expect(m.status).toBe(attempt < 6 ? 'queued' : 'failed');
      // Nothing more is tried until the back-off has passed.
      expect(await t.runJobs()).toBe(0);
      clock = new Date(clock.getTime() + 7 * 3_600_000);
    }
    expect(await t.runJobs()).toBe(0);
    expect((await status()).status).toBe('failed');
  });
});
