import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../../tests/helpers/app.js';
import type { DatabaseKind } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import type { Services } from '../../../lib/services.js';
import { servicesOf } from '../../../web/services.js';
import {
  addCertifiedTrainer,
  addLocalSession,
  addParticipant,
  seedCascade,
} from '../../cascade/test-fixtures.js';
import { issueCertificate } from '../../documents/issue.js';
import { userOf } from '../../events/test-fixtures.js';
import { getRegistration } from '../../registration/index.js';
import { credentialOf } from '../issue.js';
import { verifyCredential } from '../verify.js';

export const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../tests/fixtures/credentials/${name}`, import.meta.url), 'utf8'),
  );

/** The published Open Badges 3.0 schema of an AchievementCredential (JSON Schema 2019-09). */
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
export const obSchema = ajv.compile(fixture('ob_v3p0_achievementcredential_schema.json'));
/** The W3C's JSON Schema of a Verifiable Credential 2.0 (JSON Schema 2020-12). */
export const vcSchema = new Ajv2020({ allErrors: true, strict: false }).compile(
  fixture('verifiable-credential-schema.json'),
);

// biome-ignore lint/suspicious/noExplicitAny: the tests walk and change credentials of many shapes
export type Doc = Record<string, any>;
export const copy = (d: unknown): Doc => structuredClone(d) as Doc;

export interface CredentialsWorld {
  t: TestApp;
  manager: Actor;
  services: () => Services;
  trainerId: string;
  certificateId: string;
  certificateCode: string;
  trainerBrowser: Browser;
  sessionId: string;
  /** The attendance credential of the world's certificate. */
  attendance(): Promise<NonNullable<Awaited<ReturnType<typeof credentialOf>>>>;
  /** What verifying a presented document finds. */
  check(doc: unknown): ReturnType<typeof verifyCredential>;
}

/**
 * A national training, its certified trainer, the local session she runs and an SME attendee with
 * an attendance certificate whose credential the job queue has issued; set up before the file's
 * tests and closed after them. The fields are filled in once the set-up has run.
 */
export function credentialsWorld(kind: DatabaseKind): CredentialsWorld {
  const w = {} as CredentialsWorld;
  beforeAll(async () => {
    const t = await testApp(kind);
    w.t = t;
    const m = await t.signIn('manager');
    w.manager = (await userOf(t.database, m.userId!))!;
    w.services = () => servicesOf(t.ctx);
    const db = t.database.db;
    const c = await seedCascade(db, w.manager);
    w.trainerBrowser = await t.signIn('trainer');
    // National training → certified trainer → the local session she runs → an SME attendee.
    const trainer = await addCertifiedTrainer(db, c, {
      eventId: c.training.id,
      name: '李娜',
      email: 'li.na@example.cn',
      cityId: c.qingdao.id,
      province: c.qingdao.province,
      userId: w.trainerBrowser.userId!,
    });
    w.trainerId = trainer.id;
    const session = await addLocalSession(db, {
      programmeId: c.programme.id,
      parentEventId: c.training.id,
      trainerId: trainer.id,
      cityId: c.qingdao.id,
      province: c.qingdao.province,
      date: '2010-07-10',
    });
    w.sessionId = session.id;
    const reg = await addParticipant(db, session.id, {
      name: 'Wang Fang',
      email: 'wang.fang@example.cn',
      lang: 'en',
      days: ['2010-07-10'],
    });
    const listed = await getRegistration(db, reg.id);
    const { certificate } = await issueCertificate(db, listed!, w.manager, new Date());
    w.certificateId = certificate.id;
    w.certificateCode = certificate.code;
    // The certificate's event reaches the credentials module through the job queue.
    await t.runJobs();
  }, 120_000);
  afterAll(() => w.t.close());
  w.attendance = async () => (await credentialOf(w.t.database.db, 'attendance', w.certificateId))!;
  w.check = (doc: unknown) => verifyCredential(w.t.database.db, w.services(), doc);
  return w;
}
