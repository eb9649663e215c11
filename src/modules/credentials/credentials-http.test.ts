import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { credentialOf } from './issue.js';
import { copy, credentialsWorld, type Doc } from './test-support/world.js';

describe.each(DATABASE_KINDS)('verifiable credentials on the web (%s)', (kind) => {
  const w = credentialsWorld(kind);

  it('serves the credential, its file, its page and the verification endpoint, linked from the certificate and the trainer', async () => {
    const row = await w.attendance();
    const trainer = (await credentialOf(w.t.database.db, 'trainer', w.trainerId))!;
    const json = await w.t.app.request(`/api/v1/credentials/${row.id}`);
    expect(json.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await json.json()).toEqual(row.document);
    const file = await w.t.app.request(`/api/v1/credentials/${row.id}/download`);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="credential-${row.id}.json"`);
    // The issuer's profile lists the key that signed, and the key resolves to the Multikey.
    const profile = (await (await w.t.app.request('/api/v1/credentials/issuer')).json()) as Doc;
    const keyId = copy(row.document).proof[0].verificationMethod as string;
    expect(profile.assertionMethod).toContain(keyId);
    const key = (await (await w.t.app.request(keyId.replace(w.services().siteUrl, ''))).json()) as Doc;
    expect(key).toMatchObject({ type: 'Multikey', controller: profile.id });
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);

    const verify = (body: unknown, lang = 'en') =>
      w.t.app.request('/api/v1/credentials/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
      });
    const genuine = await verify(row.document);
    expect(genuine.status).toBe(200);
    const verdict = (await genuine.json()) as Doc;
    expect(verdict).toMatchObject({ verified: true, problems: [] });
    expect(verdict.chain).toEqual([
      expect.objectContaining({ id: trainer.document.id, subject: '李娜', verified: true, problems: [] }),
    ]);
    const tampered = copy(row.document);
    tampered.credentialSubject.name = '王芳';
    const refused = (await (await verify({ verifiableCredential: tampered }, 'zh')).json()) as Doc;
    expect(refused.verified).toBe(false);
    expect(refused.problems).toEqual([
      { code: 'signature', message: '签名与内容不符：内容在签名后被改动，或由其他密钥签名。' },
    ]);

    for (const lang of ['en', 'zh'] as const) {
      const page = await w.t.app.request(`/${lang}/credentials/${row.id}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Wang Fang');
      expect(html).toContain(lang === 'en' ? 'This credential is genuine and in force.' : '该凭证真实有效。');
      expect(html).toContain(row.achievement[lang]);
      expect(html).toContain(`/${lang}/credentials/${trainer.id}`);
      expect(html).toContain(`/api/v1/credentials/${row.id}/download`);
    }
    const certificatePage = await (await w.t.app.request(`/en/certificates/${w.certificateCode}`)).text();
    expect(certificatePage).toContain(`/en/credentials/${row.id}`);
    const mine = await (await w.trainerBrowser.get('/zh/trainers/mine')).text();
    expect(mine).toContain(`/zh/credentials/${trainer.id}`);
  });

  it('checks a file given to its verification page, in both languages: the genuine one with its source, a tampered one refused', async () => {
    const row = await w.attendance();
    const trainer = (await credentialOf(w.t.database.db, 'trainer', w.trainerId))!;
    const visitor = w.t.anonymous();
    const post = (lang: string, parts: { file?: string; credential?: string }) => {
      const form = new FormData();
      form.append('_csrf', visitor.csrf);
      if (parts.file !== undefined)
        form.append('file', new File([parts.file], 'credential.json', { type: 'application/json' }));
      form.append('credential', parts.credential ?? '');
      return w.t.app.request(`/${lang}/credentials/verify`, {
        method: 'POST',
        body: form,
        headers: { cookie: visitor.cookie },
      });
    };
    for (const lang of ['en', 'zh'] as const) {
      const form = await visitor.get(`/${lang}/credentials/verify`);
      expect(form.status).toBe(200);
      expect(await form.text()).toContain(lang === 'en' ? 'Check a credential' : '核验凭证');

      const genuine = await post(lang, { file: JSON.stringify(row.document) });
      expect(genuine.status).toBe(200);
      const html = await genuine.text();
      expect(html).toContain(lang === 'en' ? 'This credential is genuine and in force.' : '该凭证真实有效。');
      expect(html).toContain('Wang Fang');
      expect(html).toContain(row.achievement[lang]);
      expect(html).toContain(`/${lang}/credentials/${trainer.id}`);

      const tampered = copy(row.document);
      tampered.credentialSubject.name = 'Someone Else';
      const refused = await (await post(lang, { credential: JSON.stringify(tampered, null, 2) })).text();
      expect(refused).toContain(lang === 'en' ? 'This credential does not verify.' : '该凭证未通过验证。');
      expect(refused).toContain(
        lang === 'en'
          ? 'The signature does not match the content'
          : '签名与内容不符：内容在签名后被改动，或由其他密钥签名。',
      );
      // Nothing stored is shown for a copy that does not verify, whatever it claims.
      expect(refused).not.toContain(`/${lang}/credentials/${trainer.id}`);

      const notJson = await post(lang, { credential: 'Wang Fang attended' });
      expect(notJson.status).toBe(422);
      const notJsonHtml = await notJson.text();
      // The summary at the top names the problem and leads to the field, whose text is kept.
      expect(notJsonHtml).toContain('<a href="#f-credential">');
      expect(notJsonHtml).toContain('Wang Fang attended</textarea>');
      expect(notJsonHtml).toContain(
        lang === 'en'
          ? 'This is not a credential file: it is not JSON.'
          : '这不是凭证文件：内容不是 JSON 格式。',
      );
      const empty = await post(lang, {});
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain(
        lang === 'en' ? 'Choose a credential file or paste a credential.' : '请选择凭证文件或粘贴凭证内容。',
      );
    }
  });
});
