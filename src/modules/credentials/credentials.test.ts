import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import { backupToFile } from '../../cli/backup.js';
import { restoreFromFile } from '../../cli/restore.js';
import { servicesOf } from '../../web/services.js';
import { revokeTrainer } from '../cascade/trainers-grant.js';
import { revokeCertificate } from '../documents/revoke.js';
import { courseCredential } from './attest-course.js';
import { CONTEXTS, VC_V2 } from './contexts.js';
import { credentialOf, issueCredential } from './issue.js';
import { credentialKeys, credentials } from './schema.js';
import { signDocument } from './sign.js';
import { copy, credentialsWorld, type Doc, fixture, obSchema, vcSchema } from './test-support/world.js';
import { verifyCredential } from './verify.js';

describe.each(DATABASE_KINDS)('verifiable credentials (%s)', (kind) => {
  const w = credentialsWorld(kind);

  it('issues a signed Open Badges 3.0 credential for the certificate, valid against the published schema', async () => {
    const row = await w.attendance();
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
    expect(doc.evidence[0].id).toContain(`/certificates/${w.certificateCode}`);
    expect(await w.check(doc)).toEqual({ verified: true, problems: [] });
  });

  it('names the trainer’s own credential as its source, and that one verifies too', async () => {
    const row = await w.attendance();
    const trainer = (await credentialOf(w.t.database.db, 'trainer', w.trainerId))!;
    expect(row.sourceId).toBe(trainer.id);
    const doc = copy(row.document);
    expect(doc.credentialSubject.source).toEqual({
      id: `urn:uuid:${w.trainerId}`,
      type: ['Profile'],
      name: '李娜',
    });
    expect(copy(trainer.document).credentialSubject.id).toBe(`urn:uuid:${w.trainerId}`);
    expect(obSchema(copy(trainer.document))).toBe(true);
    expect(vcSchema(copy(trainer.document))).toBe(true);
    expect(await w.check(trainer.document)).toEqual({ verified: true, problems: [] });
  });

  it('refuses a tampered copy with the problem that fits', async () => {
    const doc = copy((await w.attendance()).document);
    const renamed = copy(doc);
    renamed.credentialSubject.name = 'Someone Else';
    expect(await w.check(renamed)).toEqual({ verified: false, problems: ['signature'] });
    const redated = copy(doc);
    redated.validFrom = '2001-01-01T00:00:00Z';
    expect(await w.check(redated)).toEqual({ verified: false, problems: ['signature'] });
    const future = copy(doc);
    future.validFrom = '2999-01-01T00:00:00Z';
    expect(await w.check(future)).toEqual({ verified: false, problems: ['signature', 'not_yet_valid'] });
    // Signed by another key that claims to be the platform's.
    const [keyRow] = await w.t.database.db.select().from(credentialKeys).limit(1);
    const other = await Ed25519Multikey.generate({ controller: doc.issuer.id });
    other.id = `${w.services().siteUrl}/api/v1/credentials/issuer/keys/${keyRow!.id}`;
    const { proof: _p, ...unsigned } = doc;
    const forged = await signDocument(
      unsigned,
      { row: keyRow!, id: other.id, signer: other.signer() },
      w.services().siteUrl,
      w.t.database.db,
      new Date(),
    );
    expect(await w.check(forged)).toEqual({ verified: false, problems: ['signature'] });
    const elsewhere = copy(doc);
    elsewhere.proof[0].verificationMethod = 'https://issuer.example.com/keys/1';
    expect(await w.check(elsewhere)).toEqual({ verified: false, problems: ['unknown_issuer'] });
    expect(await w.check('not a credential')).toEqual({ verified: false, problems: ['malformed'] });
  });

  it('issues a course completion once per enrolment, naming the trainer of the local session it was taken for', async () => {
    const db = w.t.database.db;
    const trainer = (await credentialOf(db, 'trainer', w.trainerId))!;
    const done = {
      enrolmentId: randomUUID(),
      learner: { userId: randomUUID(), name: '陈静' },
      course: {
        id: randomUUID(),
        title: { en: 'Trade marks for SMEs', zh: '中小企业商标实务' },
        summary: { en: 'Registering and keeping a trade mark.', zh: '商标的注册与维护。' },
      },
      eventId: w.sessionId,
    };
    const row = (await courseCredential(db, w.services(), done))!;
    const doc = copy(row.document);
    expect(obSchema(doc), JSON.stringify(obSchema.errors)).toBe(true);
    expect(vcSchema(doc), JSON.stringify(vcSchema.errors)).toBe(true);
    expect(doc.credentialSubject.achievement).toMatchObject({
      achievementType: 'Course',
      name: 'Course completed: Trade marks for SMEs / 完成课程：中小企业商标实务',
    });
    expect(doc.credentialSubject.source.id).toBe(copy(trainer.document).credentialSubject.id);
    expect(row.sourceId).toBe(trainer.id);
    expect(await w.check(doc)).toEqual({ verified: true, problems: [] });
    expect((await courseCredential(db, w.services(), done))!.id).toBe(row.id);
    // Taken alone, online: no session, so no source.
    const alone = (await courseCredential(db, w.services(), {
      ...done,
      enrolmentId: randomUUID(),
      eventId: undefined,
    }))!;
    expect(copy(alone.document).credentialSubject.source).toBeUndefined();
  });

  it('flips the bit of a withdrawn certificate and of a revoked trainer', async () => {
    const db = w.t.database.db;
    await revokeCertificate(db, w.manager, w.certificateId, 'Issued to the wrong person', new Date());
    await revokeTrainer(db, w.manager, w.trainerId, 'Left the programme', new Date());
    await w.t.runJobs();
    const row = await w.attendance();
    expect(row.revokedAt).not.toBeNull();
    expect(await w.check(row.document)).toEqual({ verified: false, problems: ['revoked'] });
    const trainer = (await credentialOf(db, 'trainer', w.trainerId))!;
    expect(await w.check(trainer.document)).toEqual({ verified: false, problems: ['revoked'] });
    // The list is a signed credential whose compressed bitstring has exactly these bits set.
    const res = await w.t.app.request(
      String(
        row.document.credentialStatus && (row.document.credentialStatus as Doc).statusListCredential,
      ).replace(w.services().siteUrl, ''),
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const listDoc = (await res.json()) as Doc;
    expect(listDoc.type).toContain('BitstringStatusListCredential');
    expect(vcSchema(listDoc), JSON.stringify(vcSchema.errors)).toBe(true);
    const bits = await statusList.decodeList({ encodedList: listDoc.credentialSubject.encodedList });
    expect(bits.getStatus(row.statusIndex)).toBe(true);
    expect(bits.getStatus(trainer.statusIndex)).toBe(true);
    expect(await w.check(listDoc)).toEqual({ verified: true, problems: [] });
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
      await backupToFile(w.t.database, join(dir, 'backup.sql'));
      const [original] = await w.t.database.db.select().from(credentialKeys);
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
