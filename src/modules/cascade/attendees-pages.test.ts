import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { signInWorld } from './attendees-test-support.js';
import { sessionAttendees } from './schema.js';

describe.each(DATABASE_KINDS)('the attendees page on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;
  let page: string;
  const rows = () =>
    t.database.db.select().from(sessionAttendees).where(eq(sessionAttendees.eventId, world.session.id));

  beforeAll(async () => {
    t = await testApp(kind);
    world = await signInWorld(t);
    page = `/events/${world.session.id}/attendees`;
  });
  afterAll(() => t.close());

  it('lets the trainer add, correct and remove an attendee, refusing the same person twice', async () => {
    const trainer = world.trainerUser.browser;
    const add = await trainer.post(`/zh${page}`, {
      name: '赵敏',
      organisation: '青岛某公司',
      email: 'Zhao@Example.cn',
      sex: 'female',
    });
    expect(add.status).toBe(303);
    const shown = await (await trainer.get(add.headers.get('location')!)).text();
    expect(shown).toContain('已添加赵敏。');
    expect(shown).toContain('讲师录入');
    const twice = await trainer.post(`/en${page}`, {
      name: 'Zhao Min',
      organisation: 'X',
      email: 'zhao@example.cn',
    });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('already an attendee of this session');
    const [row] = await rows();
    expect(row).toMatchObject({ source: 'trainer', personKey: 'e:zhao@example.cn', sex: 'female' });
    const edit = await trainer.post(`/en${page}/${row!.id}`, {
      name: '赵敏',
      organisation: '青岛新公司',
      email: 'zhao@example.cn',
    });
    expect(edit.status).toBe(303);
    expect((await rows())[0]).toMatchObject({ organisation: '青岛新公司', sex: null });
    const badEdit = await trainer.post(`/en${page}/${row!.id}`, { name: '赵敏', organisation: 'X' });
    expect(badEdit.status).toBe(422);
    expect(await badEdit.text()).toContain('Give a phone number or an e-mail address.');
    expect((await trainer.post(`/en${page}/${row!.id}/delete`, {})).status).toBe(303);
    expect(await rows()).toHaveLength(0);
  });

  it('is not found for a coordinator elsewhere, and changes nothing for them', async () => {
    const outsider = world.outsider.browser;
    expect((await outsider.get(`/en${page}`)).status).toBe(404);
    const post = await outsider.post(`/en${page}`, { name: 'X', organisation: 'Y', email: 'x@example.cn' });
    expect(post.status).toBe(404);
    expect(await rows()).toHaveLength(0);
  });

  it('lets a coordinator of the session’s province manage it', async () => {
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    expect((await coordinator.get(`/en${page}`)).status).toBe(200);
  });
});
