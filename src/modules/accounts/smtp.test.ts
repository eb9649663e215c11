import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { eventually } from '../../../tests/helpers/wait.js';
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

    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.from).toBe('no-reply@ip-cascade.local');
    expect(mail.subject).toBe('Reset your IP Cascade password');
    const link = mail.text.match(/https:\/\/ipc\.example\.org\/en\/password\/reset\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeTruthy();
    const stored = await eventually(async () => {
      const [m] = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
      return m?.status === 'sent' ? m : undefined;
    });
    expect(stored.attempts).toBe(1);

    const page = await new CookieClient(t).get(new URL(link!).pathname);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Choose a new password');
  });
});
