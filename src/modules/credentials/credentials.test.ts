import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import { backupToFile } from '../../cli/backup.js';
import { restoreFromFile } from '../../cli/restore.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import { servicesOf } from '../../web/services.js';
import {
  addCertifiedTrainer,
  addLocalSession,
  addParticipant,
  seedCascade,
} from '../cascade/test-fixtures.js';
import { revokeTrainer } from '../cascade/trainers-grant.js';
import { issueCertificate } from '../documents/issue.js';
import { revokeCertificate } from '../documents/revoke.js';
import { getRegistration } from '../registration/index.js';
import { courseCredential } from './attest-course.js';
import { CONTEXTS, VC_V2 } from './contexts.js';
import { credentialOf, issueCredential } from './issue.js';
import { credentialKeys, credentials } from './schema.js';
import { signDocument } from './sign.js';
import { verifyCredential } from './verify.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../tests/fixtures/credentials/${name}`, import.meta.url), 'utf8'));

/** The published Open Badges 3.0 schema of an AchievementCredential (JSON Schema 2019-09). */
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const obSchema = ajv.compile(fixture('ob_v3p0_achievementcredential_schema.json'));
/** The W3C's JSON Schema of a Verifiable Credential 2.0 (JSON Schema 2020-12). */
const vcSchema = new Ajv2020({ allErrors: true, strict: false }).compile(
  fixture('verifiable-credential-schema.json'),
);

// biome-ignore lint/suspicious/noExplicitAny: the tests walk and change credentials of many shapes
type Doc = Record<string, any>;
const copy = (d: unknown): Doc => structuredClone(d) as Doc;

describe.each(DATABASE_KINDS)('verifiable credentials (%s)', (kind) => {
  let t: TestApp;
  let manager: Actor;
  let services: () => Services;
  let trainerId: string;
  let certificateId: string;
  let certificateCode: string;
  let trainerBrowser: Browser;
  let sessionId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const m = await t.signIn('manager');
    manager = (await import('../events/test-fixtures.js').then((f) => f.userOf(t.database, m.userId!)))!;
    services = () => servicesOf(t.ctx);
    const db = t.database.db;
    const w = await seedCascade(db, manager);
    trainerBrowser = await t.signIn('trainer');
    // National training → certified trainer → the local session she runs → an SME attendee.
    const trainer = await addCertifiedTrainer(db, w, {
      eventId: w.training.id,
      name: '李娜',
      email: 'li.na@example.cn',
      cityId: w.qingdao.id,
      province: w.qingdao.province,
      userId: trainerBrowser.userId!,
    });
    trainerId = trainer.id;
    const session = await addLocalSession(db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId,
      cityId: w.qingdao.id,
      province: w.qingdao.province,
      date: '2010-07-10',
    });
    sessionId = session.id;
    const reg = await addParticipant(db, session.id, {
      name: 'Wang Fang',
      email: 'wang.fang@example.cn',
      lang: 'en',
      days: ['2010-07-10'],
    });
    const listed = await getRegistration(db, reg.id);
    const { certificate } = await issueCertificate(db, listed!, manager, new Date());
    certificateId = certificate.id;
    certificateCode = certificate.code;
    // The certificate's event reaches the credentials module through the job queue.
    await t.runJobs();
  }, 120_000);
  afterAll(() => t.close());

  const attendance = async () => (await credentialOf(t.database.db, 'attendance', certificateId))!;
  const check = (doc: unknown) => verifyCredential(t.database.db, services(), doc);

  it('issues a signed Open Badges 3.0 credential for the certificate, valid against the published schema', async () => {
    const row = await attendance();
    expect(row).toBeTruthy();
    const doc = copy(row.document);
    expect(obSchema(doc), JSON.stringify(obSchema.errors)).toBe(true);
    expect(vcSchema(doc), JSON.stringify(vcSchema.errors)).toBe(true);
    // Both schemas do hold a credential to something: without an issuer neither takes it.
    const { issuer: _issuer, ...issuerless } = doc;
    expect(vcSchema(issuerless)).toBe(false);
    expect(obSchema(issuerless)).toBe(false);
    expect(doc['@context'][0]).toBe(VC_V2);
    // The VC 2.0 context the loader serves is the one the W3C publishes.
    expect(CONTEXTS.get(VC_V2)).toEqual(fixture('credentials-v2.jsonld'));
    expect(doc.type).toEqual(['VerifiableCredential', 'AchievementCredential']);
    expect(doc.proof).toMatchObject([{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }]);
    expect(doc.credentialSubject.name).toBe('Wang Fang');
    expect(doc.credentialSubject.achievement.name).toBe(
      'Attendance: IP briefing for SMEs / 出席：中小企业知识产权宣讲',
    );
    expect(doc.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
    });
    expect(doc.evidence[0].id).toContain(`/certificates/${certificateCode}`);
    expect(await check(doc)).toEqual({ verified: true, problems: [] });
  });

  it('names the trainer’s own credential as its source, and that one verifies too', async () => {
    const row = await attendance();
    const trainer = (await credentialOf(t.database.db, 'trainer', trainerId))!;
    expect(row.sourceId).toBe(trainer.id);
    const doc = copy(row.document);
    expect(doc.credentialSubject.source).toEqual({
      id: `urn:uuid:${trainerId}`,
      type: ['Profile'],
      name: '李娜',
    });
    expect(copy(trainer.document).credentialSubject.id).toBe(`urn:uuid:${trainerId}`);
    expect(obSchema(copy(trainer.document))).toBe(true);
    expect(vcSchema(copy(trainer.document))).toBe(true);
    expect(await check(trainer.document)).toEqual({ verified: true, problems: [] });
  });

  it('refuses a tampered copy with the problem that fits', async () => {
    const doc = copy((await attendance()).document);
    const renamed = copy(doc);
    renamed.credentialSubject.name = 'Someone Else';
    expect(await check(renamed)).toEqual({ verified: false, problems: ['signature'] });
    const redated = copy(doc);
    redated.validFrom = '2001-01-01T00:00:00Z';
    expect(await check(redated)).toEqual({ verified: false, problems: ['signature'] });
    const future = copy(doc);
    future.validFrom = '2999-01-01T00:00:00Z';
    expect(await check(future)).toEqual({ verified: false, problems: ['signature', 'not_yet_valid'] });
    // Signed by another key that claims to be the platform's.
    const [keyRow] = await t.database.db.select().from(credentialKeys).limit(1);
    const other = await Ed25519Multikey.generate({ controller: doc.issuer.id });
    other.id = `${services().siteUrl}/api/v1/credentials/issuer/keys/${keyRow!.id}`;
    const { proof: _p, ...unsigned } = doc;
    const forged = await signDocument(
      unsigned,
      { row: keyRow!, id: other.id, signer: other.signer() },
      services().siteUrl,
      t.database.db,
      new Date(),
    );
    expect(await check(forged)).toEqual({ verified: false, problems: ['signature'] });
    const elsewhere = copy(doc);
    elsewhere.proof[0].verificationMethod = 'https://issuer.example.com/keys/1';
    expect(await check(elsewhere)).toEqual({ verified: false, problems: ['unknown_issuer'] });
    expect(await check('not a credential')).toEqual({ verified: false, problems: ['malformed'] });
  });

  it('serves the credential, its file, its page and the verification endpoint, linked from the certificate and the trainer', async () => {
    const row = await attendance();
    const trainer = (await credentialOf(t.database.db, 'trainer', trainerId))!;
    const json = await t.app.request(`/api/v1/credentials/${row.id}`);
    expect(json.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await json.json()).toEqual(row.document);
    const file = await t.app.request(`/api/v1/credentials/${row.id}/download`);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="credential-${row.id}.json"`);
    // The issuer's profile lists the key that signed, and the key resolves to the Multikey.
    const profile = (await (await t.app.request('/api/v1/credentials/issuer')).json()) as Doc;
    const keyId = copy(row.document).proof[0].verificationMethod as string;
    expect(profile.assertionMethod).toContain(keyId);
    const key = (await (await t.app.request(keyId.replace(services().siteUrl, ''))).json()) as Doc;
    expect(key).toMatchObject({ type: 'Multikey', controller: profile.id });
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);

    const verify = (body: unknown, lang = 'en') =>
      t.app.request('/api/v1/credentials/verify', {
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
      const page = await t.app.request(`/${lang}/credentials/${row.id}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Wang Fang');
      expect(html).toContain(lang === 'en' ? 'This credential is genuine and in force.' : '该凭证真实有效。');
      expect(html).toContain(row.achievement[lang]);
      expect(html).toContain(`/${lang}/credentials/${trainer.id}`);
      expect(html).toContain(`/api/v1/credentials/${row.id}/download`);
    }
    const certificatePage = await (await t.app.request(`/en/certificates/${certificateCode}`)).text();
    expect(certificatePage).toContain(`/en/credentials/${row.id}`);
    const mine = await (await trainerBrowser.get('/zh/trainers/mine')).text();
    expect(mine).toContain(`/zh/credentials/${trainer.id}`);
  });

  it('checks a file given to its verification page, in both languages: the genuine one with its source, a tampered one refused', async () => {
    const row = await attendance();
    const trainer = (await credentialOf(t.database.db, 'trainer', trainerId))!;
    const visitor = t.anonymous();
    const post = (lang: string, parts: { file?: string; credential?: string }) => {
      const form = new FormData();
      form.append('_csrf', visitor.csrf);
      if (parts.file !== undefined)
        form.append('file', new File([parts.file], 'credential.json', { type: 'application/json' }));
      form.append('credential', parts.credential ?? '');
      return t.app.request(`/${lang}/credentials/verify`, {
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

  it('issues a course completion once per enrolment, naming the trainer of the local session it was taken for', async () => {
    const db = t.database.db;
    const trainer = (await credentialOf(db, 'trainer', trainerId))!;
    const done = {
      enrolmentId: randomUUID(),
      learner: { userId: randomUUID(), name: '陈静' },
      course: {
        id: randomUUID(),
        title: { en: 'Trade marks for SMEs', zh: '中小企业商标实务' },
        summary: { en: 'Registering and keeping a trade mark.', zh: '商标的注册与维护。' },
      },
      eventId: sessionId,
    };
    const row = (await courseCredential(db, services(), done))!;
    const doc = copy(row.document);
    expect(obSchema(doc), JSON.stringify(obSchema.errors)).toBe(true);
    expect(vcSchema(doc), JSON.stringify(vcSchema.errors)).toBe(true);
    expect(doc.credentialSubject.achievement).toMatchObject({
      achievementType: 'Course',
      name: 'Course completed: Trade marks for SMEs / 完成课程：中小企业商标实务',
    });
    expect(doc.credentialSubject.source.id).toBe(copy(trainer.document).credentialSubject.id);
    expect(row.sourceId).toBe(trainer.id);
    expect(await check(doc)).toEqual({ verified: true, problems: [] });
    expect((await courseCredential(db, services(), done))!.id).toBe(row.id);
    // Taken alone, online: no session, so no source.
    const alone = (await courseCredential(db, services(), {
      ...done,
      enrolmentId: randomUUID(),
      eventId: undefined,
    }))!;
    expect(copy(alone.document).credentialSubject.source).toBeUndefined();
  });

  it('flips the bit of a withdrawn certificate and of a revoked trainer', async () => {
    const db = t.database.db;
    await revokeCertificate(db, manager, certificateId, 'Issued to the wrong person', new Date());
    await revokeTrainer(db, manager, trainerId, 'Left the programme', new Date());
    await t.runJobs();
    const row = await attendance();
    expect(row.revokedAt).not.toBeNull();
    expect(await check(row.document)).toEqual({ verified: false, problems: ['revoked'] });
    const trainer = (await credentialOf(db, 'trainer', trainerId))!;
    expect(await check(trainer.document)).toEqual({ verified: false, problems: ['revoked'] });
    // The list is a signed credential whose compressed bitstring has exactly these bits set.
    const res = await t.app.request(
      String(
        row.document.credentialStatus && (row.document.credentialStatus as Doc).statusListCredential,
      ).replace(services().siteUrl, ''),
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const listDoc = (await res.json()) as Doc;
    expect(listDoc.type).toContain('BitstringStatusListCredential');
    expect(vcSchema(listDoc), JSON.stringify(vcSchema.errors)).toBe(true);
    const bits = await statusList.decodeList({ encodedList: listDoc.credentialSubject.encodedList });
    expect(bits.getStatus(row.statusIndex)).toBe(true);
    expect(bits.getStatus(trainer.statusIndex)).toBe(true);
    expect(await check(listDoc)).toEqual({ verified: true, problems: [] });
  });

  it('keeps verifying after a backup is restored elsewhere, and signs on with the same key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-credentials-'));
    const restored = async (env: Record<string, string>) => {
      const target = await freshDatabase(kind);
      await restoreFromFile(target, join(dir, 'backup.sql'));
      return testApp(kind, env, target);
    };
    const another = (b: TestApp) =>
      issueCredential(b.database.db, servicesOf(b.ctx), {
        kind: 'attendance',
        ref: randomUUID(),
        subject: { name: '赵敏' },
        achievement: {
          key: 'test',
          name: { en: 'A', zh: '甲' },
          description: { en: 'B', zh: '乙' },
          criteria: { en: 'C', zh: '丙' },
        },
      });
    try {
      await backupToFile(t.database, join(dir, 'backup.sql'));
      const [original] = await t.database.db.select().from(credentialKeys);
      // The same SECRET: the sealed key opens, and the next credential is signed with it.
      const b = await restored({});
      try {
        const [row] = await b.database.db.select().from(credentials).where(eq(credentials.kind, 'trainer'));
        const services = servicesOf(b.ctx);
        expect(await verifyCredential(b.database.db, services, row!.document)).toEqual({
          verified: false,
          problems: ['revoked'],
        });
        const tampered = copy(row!.document);
        tampered.credentialSubject.name = 'x';
        expect((await verifyCredential(b.database.db, services, tampered)).problems).toEqual(['signature']);
        const next = await another(b);
        expect(next.keyId).toBe(original!.id);
        expect(await verifyCredential(b.database.db, services, next.document)).toEqual({
          verified: true,
          problems: [],
        });
      } finally {
        await b.close();
      }
      // Another SECRET cannot open the sealed key: a new key signs from then on, the old one still verifies.
      const c = await restored({ SECRET: 'y'.repeat(40) });
      try {
        const next = await another(c);
        expect(next.keyId).not.toBe(original!.id);
        expect(await verifyCredential(c.database.db, servicesOf(c.ctx), next.document)).toEqual({
          verified: true,
          problems: [],
        });
        const [old] = await c.database.db.select().from(credentials).where(eq(credentials.kind, 'trainer'));
        expect((await verifyCredential(c.database.db, servicesOf(c.ctx), old!.document)).problems).toEqual([
          'revoked',
        ]);
      } finally {
        await c.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
