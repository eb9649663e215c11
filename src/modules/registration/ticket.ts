import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { UUID } from '../../lib/ids.js';
import { tickets } from './ticket-schema.js';

const PURPOSE = 'ticket';
const sign = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`${PURPOSE}:${id}`).digest('base64url').slice(0, 32);

/**
 * The signed ticket a QR code carries: a prefix, the registration id and an HMAC of it under its
 * own purpose. The prefix and the purpose both differ from the registrant's page key, so a page
 * key never checks anyone in and a ticket never opens a registrant's page.
 */
export const ticketCode = (secret: string, registrationId: string) =>
  `T1.${registrationId}.${sign(secret, registrationId)}`;

/** The registration a ticket stands for, or null when it is not one we signed. */
export function registrationIdFromTicket(secret: string, code: string): string | null {
  const m = /^T1\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{32})$/.exec(code.trim());
  if (!m || !UUID.test(m[1]!)) return null;
  const want = Buffer.from(sign(secret, m[1]!));
  const got = Buffer.from(m[2]!);
  return want.length === got.length && timingSafeEqual(want, got) ? m[1]! : null;
}

/** What the check-in page keeps to recognise a ticket offline: a hash, never the ticket itself. */
export const ticketHash = (code: string) => createHash('sha256').update(code).digest('hex');

/** No 0/O, 1/I/L, 5/S, 2/Z or 8/B: characters a person can read out and type without doubt. */
export const SHORT_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
const SHORT_CODE_LENGTH = 8;

export function newShortCode(): string {
  let s = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) s += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return s;
}

/** A short code as people write it: "ab7k-q9xm", "AB7K Q9XM" → "AB7KQ9XM"; null when it cannot be one. */
export function normaliseShortCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s\-_.·]/g, '');
  if (s.length !== SHORT_CODE_LENGTH) return null;
  for (const ch of s) if (!SHORT_CODE_ALPHABET.includes(ch)) return null;
  return s;
}

/** "AB7KQ9XM" → "AB7K-Q9XM", grouped for reading out. */
export const groupShortCode = (s: string) => `${s.slice(0, 4)}-${s.slice(4)}`;

/**
 * The registration's ticket, made on first need (its page, its e-mail, the check-in list). A
 * collision of random codes within the event is caught by the unique index and drawn again.
 */
export async function ensureTicket(
  db: Db,
  reg: { id: string; eventId: string },
  draw: () => string = newShortCode,
): Promise<{ shortCode: string }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const [existing] = await db
      .select({ shortCode: tickets.shortCode })
      .from(tickets)
      .where(eq(tickets.registrationId, reg.id));
    if (existing) return existing;
    await db
      .insert(tickets)
      .values({ registrationId: reg.id, eventId: reg.eventId, shortCode: draw() })
      .onConflictDoNothing();
  }
  throw new Error('no free short code');
}

/** The registration a short code belongs to within the event, or null. */
export async function registrationIdFromShortCode(
  db: Db,
  eventId: string,
  code: string,
): Promise<string | null> {
  const s = normaliseShortCode(code);
  if (!s) return null;
  const [row] = await db
    .select({ id: tickets.registrationId })
    .from(tickets)
    .where(and(eq(tickets.eventId, eventId), eq(tickets.shortCode, s)));
  return row?.id ?? null;
}
