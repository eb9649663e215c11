import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall, lockOrder, openEvent, registrationsOf, registrationWorld } from './test-support.js';

type Created = { id: string; status: string; position?: number };

/**
 * Fires every registration at once, as 300 requests arriving in the same second. They come with a
 * manager's token, which places each at once: without one, a registration holds no seat until its
 * e-mailed link is followed, and the seats are then handed out in the same way.
 */
async function burst(
  t: TestApp,
  eventId: string,
  token: string,
  people: { name: string; email: string; organisation?: string }[],
) {
  const responses = await Promise.all(
    people.map((p) => apiCall(t, 'POST', `/events/${eventId}/registrations`, { token, body: p })),
  );
  const statuses = responses.map((r) => r.status);
  const bodies = (await Promise.all(responses.map((r) => r.json()))) as Created[];
  return { statuses, bodies };
}

describe.each(DATABASE_KINDS)('seats under simultaneous requests (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind);
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  it('gives 100 seats to the first 100 of 300 simultaneous registrations and queues the rest in arrival order', async () => {
    const eventId = await openEvent(t, token, { capacity: 100 });
    const people = Array.from({ length: 300 }, (_, i) => ({
      name: `Person ${i}`,
      email: `person${i}@example.org`,
    }));
    const { statuses, bodies } = await burst(t, eventId, token, people);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(bodies.filter((b) => b.status === 'confirmed')).toHaveLength(100);
    expect(bodies.filter((b) => b.status === 'waitlisted')).toHaveLength(200);
    expect(
      bodies
        .filter((b) => b.status === 'waitlisted')
        .map((b) => b.position)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));

    // Arrival order is the order in which the transactions took the event's lock: the audit
    // record, written under the lock, has a serial id that shows that order independently.
    const rows = await registrationsOf(t, eventId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const order = await lockOrder(t, eventId);
    expect(order).toHaveLength(300);
    expect(order.map((id) => byId.get(id)!.arrival)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    // The first 100 to take the lock have the seats; the others wait in the order they took it.
    const position = new Map(bodies.map((b) => [b.id, b.position]));
    order.forEach((id, i) => {
      const r = byId.get(id)!;
      expect(r.status).toBe(i < 100 ? 'confirmed' : 'waitlisted');
      expect(position.get(id)).toBe(i < 100 ? undefined : i - 99);
    });

    // Ten cancellations at once promote exactly the next ten in line.
    const cancelled = order.slice(0, 100).filter((_, i) => i % 10 === 3);
    const cancels = await Promise.all(
      cancelled.map((id) => apiCall(t, 'DELETE', `/registrations/${id}`, { token })),
    );
    expect(cancels.map((r) => r.status)).toEqual(Array(10).fill(200));
    const promoted = (await Promise.all(cancels.map((r) => r.json()))).flatMap(
      (b) => (b as { promoted: string[] }).promoted,
    );
    expect(promoted.sort()).toEqual(order.slice(100, 110).sort());
    const after = new Map((await registrationsOf(t, eventId)).map((r) => [r.id, r]));
    expect([...after.values()].filter((r) => r.status === 'confirmed')).toHaveLength(100);
    for (const id of order.slice(100, 110)) expect(after.get(id)!.status).toBe('confirmed');
    for (const id of cancelled) expect(after.get(id)!.status).toBe('cancelled');

    // The waiting list closes up: the 111th to arrive is now first.
    const list = await apiCall(t, 'GET', `/events/${eventId}/registrations?status=waitlisted`, { token });
    expect(list.status).toBe(200);
    const waiting = ((await list.json()) as { registrations: { id: string; position: number }[] })
      .registrations;
    expect(waiting.map((w) => w.id)).toEqual(order.slice(110));
    expect(waiting.map((w) => w.position)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));

    // More seats: the next in line move up at once.
    const patched = await apiCall(t, 'PATCH', `/events/${eventId}`, { token, body: { capacity: 105 } });
    expect(patched.status).toBe(200);
    expect(
      ((await patched.json()) as { registration: { confirmed: number; available: number } }).registration,
    ).toMatchObject({
      confirmed: 105,
      available: 0,
    });
    const now = new Map((await registrationsOf(t, eventId)).map((r) => [r.id, r.status]));
    expect(order.slice(110, 115).map((id) => now.get(id))).toEqual(Array(5).fill('confirmed'));
    expect(now.get(order[115]!)).toBe('waitlisted');
  }, 120_000);

  it('never lets one organisation take more seats than its quota, however many ask at once', async () => {
    const eventId = await openEvent(t, token, { capacity: 100, quotaPerOrganisation: 5 });
    const same = Array.from({ length: 50 }, (_, i) => ({
      name: `Official ${i}`,
      email: `official${i}@qingdao.example.org`,
      // The same agency, however its staff type its name.
      organisation: i % 2 ? 'Qingdao IP Office' : '  qingdao ip  office ',
    }));
    const others = Array.from({ length: 20 }, (_, i) => ({
      name: `Guest ${i}`,
      email: `guest${i}@example.org`,
      organisation: `Agency ${i}`,
    }));
    const { statuses, bodies } = await burst(t, eventId, token, [...same, ...others]);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(bodies.slice(0, 50).filter((b) => b.status === 'confirmed')).toHaveLength(5);
    expect(bodies.slice(0, 50).filter((b) => b.status === 'waitlisted')).toHaveLength(45);
    expect(bodies.slice(50).every((b) => b.status === 'confirmed')).toBe(true);
  }, 60_000);

  it('skips those whose organisation has used its quota when a seat frees, and keeps their place', async () => {
    const eventId = await openEvent(t, token, { capacity: 6, quotaPerOrganisation: 2 });
    const reg = async (name: string, org: string) => {
      const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name, email: `${name}@example.org`, organisation: `Agency ${org}` },
      });
      return (await res.json()) as Created;
    };
    for (const name of ['A0', 'A1', 'B0', 'B1', 'C0', 'C1'])
      expect((await reg(name, name[0]!)).status).toBe('confirmed');
    const b2 = await reg('B2', 'B');
    const a2 = await reg('A2', 'A');
    expect([b2.status, b2.position, a2.status, a2.position]).toEqual(['waitlisted', 1, 'waitlisted', 2]);
    // One of A's seats is given up. B is at its quota, so B2, although first in line, is skipped
    // and keeps its place; A2 gets the seat.
    const a0 = (await registrationsOf(t, eventId)).find((r) => r.name === 'A0')!;
    const res = await apiCall(t, 'DELETE', `/registrations/${a0.id}`, { token });
    expect(((await res.json()) as { promoted: string[] }).promoted).toEqual([a2.id]);
    const rows = new Map((await registrationsOf(t, eventId)).map((r) => [r.name, r.status]));
    expect([rows.get('A2'), rows.get('B2')]).toEqual(['confirmed', 'waitlisted']);
    // A freed seat of B's goes to B2.
    const b0 = (await registrationsOf(t, eventId)).find((r) => r.name === 'B0')!;
    const again = await apiCall(t, 'DELETE', `/registrations/${b0.id}`, { token });
    expect(((await again.json()) as { promoted: string[] }).promoted).toEqual([b2.id]);
  }, 60_000);
});
