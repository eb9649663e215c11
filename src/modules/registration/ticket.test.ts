import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { offlineList } from '../attendance/index.js';
import { registrationIdFromKey, registrationKey } from './keys.js';
import { apiCall, openEvent, registrationWorld } from './test-support.js';
import {
  ensureTicket,
  groupShortCode,
  normaliseShortCode,
  registrationIdFromTicket,
  SHORT_CODE_ALPHABET,
  ticketCode,
  ticketHash,
} from './ticket.js';
import { tickets } from './ticket-schema.js';

const SECRET = 's'.repeat(40);
const ID = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('ticket signing', () => {
  it('opens only with the secret it was signed with, and refuses any change', () => {
    const code = ticketCode(SECRET, ID);
    expect(registrationIdFromTicket(SECRET, code)).toBe(ID);
    expect(registrationIdFromTicket('t'.repeat(40), code)).toBeNull();
    const sig = code.slice(-32);
    const flipped = `${code.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    expect(registrationIdFromTicket(SECRET, flipped)).toBeNull();
    const otherId = code.replace(ID, '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4f');
    expect(registrationIdFromTicket(SECRET, otherId)).toBeNull();
    expect(registrationIdFromTicket(SECRET, `${code}x`)).toBeNull();
    expect(registrationIdFromTicket(SECRET, '')).toBeNull();
  });

  it('keeps the page key and the ticket apart: neither opens the other', () => {
    const key = registrationKey(SECRET, ID);
    expect(registrationIdFromTicket(SECRET, key)).toBeNull();
    expect(registrationIdFromTicket(SECRET, `T1.${key}`)).toBeNull();
    expect(registrationIdFromKey(SECRET, ticketCode(SECRET, ID))).toBeNull();
    expect(registrationIdFromKey(SECRET, ticketCode(SECRET, ID).slice(3))).toBeNull();
  });

  it('reads a short code however a person types it, and nothing that could be misread', () => {
    expect(normaliseShortCode(' ac4k-q9xm ')).toBe('AC4KQ9XM');
    expect(normaliseShortCode('AC4K Q9XM')).toBe('AC4KQ9XM');
    expect(groupShortCode('AC4KQ9XM')).toBe('AC4K-Q9XM');
    for (const bad of ['AC4K-Q9X', 'AC4K-Q9XMM', 'AC0K-Q9XM', 'ACOK-Q9XM', 'AC1K-Q9XM', "' OR 1=1--"])
      expect(normaliseShortCode(bad)).toBeNull();
    for (const ch of '01OILSZB25 8') expect(SHORT_CODE_ALPHABET).not.toContain(ch);
  });
});

describe.each(DATABASE_KINDS)('short codes (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind);
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  it('gives every confirmed registrant of an event a different code, kept once made', async () => {
    const eventId = await openEvent(t, token, { capacity: 60 });
    for (let i = 0; i < 60; i++) {
      const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name: `Person ${i}`, email: `p${i}@example.org` },
      });
      expect(res.status).toBe(201);
    }
    const list = await offlineList(t.database.db, t.ctx.secret, eventId);
    expect(list).toHaveLength(60);
    expect(new Set(list.map((e) => e.c)).size).toBe(60);
    expect(new Set(list.map((e) => e.h)).size).toBe(60);
    for (const e of list) expect(normaliseShortCode(e.c)).toBe(e.c);
    const again = await offlineList(t.database.db, t.ctx.secret, eventId);
    expect(again.map((e) => e.c).sort()).toEqual(list.map((e) => e.c).sort());
    // The list holds hashes, never a ticket that would check someone in.
    const rows = await t.database.db.select().from(tickets).where(eq(tickets.eventId, eventId));
    const one = rows[0]!;
    expect(list.find((e) => e.c === one.shortCode)!.h).toBe(
      ticketHash(ticketCode(t.ctx.secret, one.registrationId)),
    );
    expect(JSON.stringify(list)).not.toContain('T1.');
  }, 120_000);

  it('draws again when a random code is already taken in the event', async () => {
    const eventId = await openEvent(t, token);
    const ids: string[] = [];
    for (const n of ['a', 'b']) {
      const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name: n, email: `${n}@collide.example.org` },
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
    // The confirmation e-mail made their tickets already; start over to steer the draws.
    expect(await t.database.db.select().from(tickets).where(eq(tickets.eventId, eventId))).toHaveLength(2);
    await t.database.db.delete(tickets).where(eq(tickets.eventId, eventId));
    await ensureTicket(t.database.db, { id: ids[0]!, eventId }, () => 'AAAAAAAA');
    const draws = ['AAAAAAAA', 'AAAAAAAA', 'CCCCCCCC'];
    const second = await ensureTicket(t.database.db, { id: ids[1]!, eventId }, () => draws.shift()!);
    expect(second.shortCode).toBe('CCCCCCCC');
    expect(draws).toHaveLength(0);
    // Another event may use the same code: unique within the event, not everywhere.
    const other = await openEvent(t, token);
    const res = await apiCall(t, 'POST', `/events/${other}/registrations`, {
      token,
      body: { name: 'c', email: 'c@collide.example.org' },
    });
    const cId = ((await res.json()) as { id: string }).id;
    await t.database.db.delete(tickets).where(eq(tickets.eventId, other));
    expect((await ensureTicket(t.database.db, { id: cId, eventId: other }, () => 'AAAAAAAA')).shortCode).toBe(
      'AAAAAAAA',
    );
  });
});
